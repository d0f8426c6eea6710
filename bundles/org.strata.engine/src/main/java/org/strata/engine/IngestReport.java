package org.strata.engine;

import java.util.List;

/** Every file of one ingestion run with its outcome, and the totals. */
public record IngestReport(List<FileResult> files) {
    public long count(Outcome o) {
        return files.stream().filter(f -> f.outcome() == o).count();
    }

    public int passages() {
        return files.stream().mapToInt(FileResult::passages).sum();
    }

    public int duplicates() {
        return files.stream().mapToInt(FileResult::duplicates).sum();
    }

    /** "3 files: 2 ok, 0 skipped, 1 failed; 41 passages added, 2 exact duplicates". */
    public String totalLine() {
        return files.size() + " files: " + count(Outcome.OK) + " ok, " + count(Outcome.SKIPPED) + " skipped, "
                + count(Outcome.FAILED) + " failed; " + passages() + " passages added, " + duplicates() + " exact duplicates";
    }
}
