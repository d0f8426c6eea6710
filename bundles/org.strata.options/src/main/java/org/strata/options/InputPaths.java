package org.strata.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The files and folders a command reads, {@code --in PATH} (repeatable), the same for {@code strata ingest} (which
 * also takes them after the corpus folder) and the Spark job's {@code run} and {@code ingest}. Each command decides
 * what a missing path means: the Spark job refuses to start, {@code strata ingest} reports it as a failed file and
 * goes on with the rest.
 */
public final class InputPaths {
    @Option(names = "--in", paramLabel = "PATH", description = "a file or folder to read (repeatable)")
    List<Path> in;

    /** The paths given with {@code --in} after {@code others} (a command's own positional paths), in order. */
    public List<Path> paths(List<Path> others) {
        List<Path> all = new ArrayList<>();
        if (others != null) all.addAll(others);
        if (in != null) all.addAll(in);
        return all;
    }

    public List<Path> paths() {
        return paths(null);
    }

    /** The paths, refused with a clear message when there are none or one does not exist. */
    public List<Path> existing(List<Path> others) {
        List<Path> all = paths(others);
        if (all.isEmpty()) throw new IllegalArgumentException("no files or folders to read: give them with --in PATH");
        for (Path p : all) if (!Files.exists(p)) throw new IllegalArgumentException("no such input: " + p);
        return all;
    }
}
