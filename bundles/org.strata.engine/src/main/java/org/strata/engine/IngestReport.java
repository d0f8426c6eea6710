package org.strata.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * Writes the report to a corpus's log folder: {@code ingest-STAMP.log} for people (the lines the console shows)
     * and {@code ingest-STAMP.tsv} for the workbench (outcome, passages, duplicates, path, reason).
     */
    public void write(Path logDir) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        StringBuilder log = new StringBuilder(), tsv = new StringBuilder();
        for (FileResult r : files) {
            log.append(r.line()).append('\n');
            tsv.append(r.outcome().label()).append('\t').append(r.passages()).append('\t').append(r.duplicates()).append('\t')
                    .append(field(r.path())).append('\t').append(r.reason() == null ? "" : field(r.reason())).append('\n');
        }
        log.append(totalLine()).append('\n');
        Files.writeString(logDir.resolve("ingest-" + stamp + ".log"), log, StandardCharsets.UTF_8);
        Files.writeString(logDir.resolve("ingest-" + stamp + ".tsv"), tsv, StandardCharsets.UTF_8);
    }

    private static String field(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The report of the latest ingestion run written to this log folder, if any. */
    public static Optional<IngestReport> latest(Path logDir) throws IOException {
        if (!Files.isDirectory(logDir)) return Optional.empty();
        Optional<Path> newest;
        try (Stream<Path> s = Files.list(logDir)) {
            newest = s.filter(p -> p.getFileName().toString().matches("ingest-.*\\.tsv")).max(Path::compareTo);
        }
        if (newest.isEmpty()) return Optional.empty();
        List<FileResult> files = new ArrayList<>();
        for (String line : Files.readAllLines(newest.get(), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 5) continue;
            files.add(new FileResult(f[3], Outcome.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)), f[4].isEmpty() ? null : f[4],
                    Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return Optional.of(new IngestReport(files));
    }
}
