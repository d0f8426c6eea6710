package org.strata.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.strata.engine.DocumentPassages;

/**
 * Where a job's inputs and outputs live: a local path (or a {@code file:} URI), read and written as the CLI does, or
 * any store that Hadoop's FileSystem reaches ({@code hdfs://}, {@code s3a://} with hadoop-aws on the class path,
 * ...), read and written through it. Locations are strings: a {@link Path} would fold the {@code //} of a URI.
 */
final class Locations {
    private Locations() {}

    /** True for a location in a store reached through Hadoop (a URI whose scheme is not {@code file}: hdfs:/x, s3a://b/x). */
    static boolean remote(String location) {
        int colon = location.indexOf(':');
        if (colon <= 1) return false; // no scheme, or a drive letter
        String scheme = location.substring(0, colon);
        return !scheme.equalsIgnoreCase("file") && Character.isLetter(scheme.charAt(0))
                && scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') && location.startsWith("/", colon + 1);
    }

    /** A local location as a path (a {@code file:} URI or a plain path). */
    static Path local(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    }

    /** The location of {@code name} inside the folder {@code dir}. */
    static String resolve(String dir, String name) {
        if (!remote(dir)) return local(dir).resolve(name).toString();
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static FileSystem fs(String location, Configuration conf) throws IOException {
        return new org.apache.hadoop.fs.Path(location).getFileSystem(conf); // Hadoop's own parsing: spaces and all
    }

    /** True when something is at the location. */
    static boolean exists(String location, Configuration conf) throws IOException {
        if (!remote(location)) return Files.exists(local(location));
        return fs(location, conf).exists(new org.apache.hadoop.fs.Path(location));
    }

    /**
     * The files under the inputs, each input in its order: local ones as the CLI lists them, remote ones as their store
     * lists them (folders recursively, sorted by name, hidden names starting with "." or "_" left out, as Hadoop's own
     * inputs leave them). An input that does not exist, or a folder with no file, is refused with its name.
     */
    static List<String> files(List<String> inputs, Configuration conf) throws IOException {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            if (!remote(in)) {
                for (Path p : DocumentPassages.filesIn(List.of(local(in)))) out.add(p.toString());
                continue;
            }
            FileSystem fs = fs(in, conf);
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(in);
            FileStatus status;
            try {
                status = fs.getFileStatus(root);
            } catch (FileNotFoundException e) {
                throw new IOException(in + ": no such file or folder", e);
            }
            if (status.isFile()) {
                out.add(status.getPath().toString());
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!hidden(root, f.getPath())) found.add(f.getPath().toString());
            }
            if (found.isEmpty()) throw new IOException(in + ": the folder holds no files");
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }

    /** True when a name on the way from the root down to the file starts with "." or "_". */
    private static boolean hidden(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
        String rootPath = root.toUri().getPath(), path = file.toUri().getPath();
        String rest = path.startsWith(rootPath) ? path.substring(rootPath.length()) : file.getName();
        for (String name : rest.split("/")) if (name.startsWith(".") || name.startsWith("_")) return true;
        return false;
    }

    /** True for a folder with nothing in it (a run killed before its mark was written leaves one). */
    static boolean emptyFolder(String location, Configuration conf) throws IOException {
        if (!remote(location)) {
            Path p = local(location);
            if (!Files.isDirectory(p)) return false;
            try (var list = Files.list(p)) {
                return list.findAny().isEmpty();
            }
        }
        FileSystem fs = fs(location, conf);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        return fs.getFileStatus(p).isDirectory() && fs.listStatus(p).length == 0;
    }

    /** Writes a small text file (a summary). */
    static void writeString(String location, String text, Configuration conf) throws IOException {
        if (!remote(location)) {
            Files.writeString(local(location), text);
            return;
        }
        try (OutputStream out = fs(location, conf).create(new org.apache.hadoop.fs.Path(location), false)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The mark a run leaves in its output folder before its first write: what makes an unfinished output safe to replace. */
    static final String STARTED = "_strata_run";

    /** Makes the output folder if need be and marks it as a run's. */
    static void markStarted(String out, Configuration conf) throws IOException {
        if (!remote(out)) Files.createDirectories(local(out));
        String mark = resolve(out, STARTED);
        if (!exists(mark, conf)) writeString(mark, "a Strata run writes here; it is finished when summary.txt is here too\n", conf);
    }

    /** Reads a small text file. */
    static String readString(String location, Configuration conf) throws IOException {
        if (!remote(location)) return Files.readString(local(location));
        try (InputStream in = fs(location, conf).open(new org.apache.hadoop.fs.Path(location))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Moves a file or folder to a new name in the same store. */
    static void move(String from, String to, Configuration conf) throws IOException {
        if (!remote(from)) {
            Files.move(local(from), local(to));
            return;
        }
        if (!fs(from, conf).rename(new org.apache.hadoop.fs.Path(from), new org.apache.hadoop.fs.Path(to))) {
            throw new IOException("cannot move " + from + " to " + to);
        }
    }

    /** Copies a local folder into the location (which must not exist yet). */
    static void upload(Path localDir, String to, Configuration conf) throws IOException {
        if (!remote(to)) throw new IllegalArgumentException(to + " is local");
        fs(to, conf).copyFromLocalFile(false, false, new org.apache.hadoop.fs.Path(localDir.toUri()), new org.apache.hadoop.fs.Path(to));
    }

    /** Removes a file or folder and everything under it, if it is there. */
    static void delete(String location, Configuration conf) throws IOException {
        if (!remote(location)) {
            Path dir = local(location);
            if (!Files.exists(dir)) return;
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
            return;
        }
        fs(location, conf).delete(new org.apache.hadoop.fs.Path(location), true);
    }
}
