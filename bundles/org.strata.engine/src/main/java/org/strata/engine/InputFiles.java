package org.strata.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The files an ingestion run is given: folders walked in a stable order, sizes, and the run's work folder. */
final class InputFiles {
    private InputFiles() {}

    /** The files to ingest, in order; a missing path or an empty folder is reported at once. */
    static List<Path> expand(List<Path> paths, List<FileResult> results, Consumer<FileResult> listener) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            FileResult r = null;
            if (!Files.exists(p)) {
                r = new FileResult(p.toString(), Outcome.FAILED, "no such file or folder", 0, 0);
            } else if (Files.isDirectory(p)) {
                List<Path> inside = listFiles(p);
                if (inside.isEmpty()) r = new FileResult(p.toString(), Outcome.SKIPPED, "empty folder", 0, 0);
                files.addAll(inside);
            } else {
                files.add(p);
            }
            if (r != null) {
                results.add(r);
                listener.accept(r);
            }
        }
        return files;
    }

    static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
