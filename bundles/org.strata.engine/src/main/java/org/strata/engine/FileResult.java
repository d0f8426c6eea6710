package org.strata.engine;

/**
 * The end of one file's ingestion: its outcome, the reason when skipped or failed (or a note on an ok file, such as
 * a text cut at the size limit), the passages it added and
 * the exact duplicates it held (passages already stored, from this file or another).
 */
public record FileResult(String path, Outcome outcome, String reason, int passages, int duplicates) {
    /** The report line: "ok      path  (12 passages, 1 duplicate)" or "failed  path: reason". */
    public String line() {
        String head = String.format("%-8s%s", outcome.label(), path);
        return switch (outcome) {
            case OK -> head + "  (" + passages + " passages" + (duplicates > 0 ? ", " + duplicates + " duplicates" : "")
                    + (reason != null ? "; " + reason : "") + ")";
            default -> head + ": " + reason;
        };
    }
}
