package org.strata.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.DocumentPassages;
import org.strata.engine.Ingestion;
import org.strata.store.Passage;

/**
 * What a Spark task does with one file: the engine's {@link DocumentPassages}, the same code the CLI's ingestion
 * runs, made once per executor JVM and reused by every partition it gets. Files are parsed by forked parse workers,
 * as the CLI and the workbench parse them, each file under the run's time limit and each worker under its heap
 * limit: a parser that hangs, runs out of memory or crashes costs its file, never the task or the executor. A file
 * that cannot be read or parsed gives one row that says why (its kind "failed" or "skipped"), never an exception
 * that would fail the job.
 */
final class DocumentWorker {
    /** The limits of one file's parse, sent to the tasks. */
    record ParseLimits(long timeoutMillis, int heapMb) implements java.io.Serializable {
        static final ParseLimits DEFAULT = new ParseLimits(120_000, 768);
    }

    private static DocumentPassages documents;
    /** The executor's parse workers for each set of limits (one, unless jobs with other limits share the executor). */
    private static final java.util.Map<ParseLimits, DocumentPassages> PARSING = new java.util.HashMap<>();

    private DocumentWorker() {}

    /** For records whose text is already extracted: nothing to parse. */
    private static synchronized DocumentPassages documents() throws Exception {
        if (documents == null) {
            documents = new DocumentPassages(Ingestion.inProcessExtractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET);
        }
        return documents;
    }

    /**
     * For files: the executor's parse workers, at most one per core it runs tasks on, each started when a task first
     * needs it (a worker just freed is used again first, so only as many start as files are parsed at once).
     */
    private static synchronized DocumentPassages parsing(ParseLimits limits) throws Exception {
        DocumentPassages d = PARSING.get(limits);
        if (d == null) {
            int cores = org.apache.spark.SparkEnv.get() == null ? Runtime.getRuntime().availableProcessors()
                    : org.apache.spark.SparkEnv.get().conf().getInt("spark.executor.cores", Runtime.getRuntime().availableProcessors());
            org.strata.ingest.FileExtractor workers = Ingestion.isolatedExtractor(workerClasspath(), Math.max(1, cores),
                    java.time.Duration.ofMillis(limits.timeoutMillis()), limits.heapMb());
            d = new DocumentPassages(workers, DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET);
            PARSING.put(limits, d);
            Runtime.getRuntime().addShutdownHook(new Thread(workers::close, "strata-parse-workers-stop"));
        }
        return d;
    }

    /**
     * The parse workers' class path: the jar that holds the parsing code (the job jar, under spark-submit, where it is
     * loaded by Spark's own class loader and not on the JVM's class path), then the executor's class path (Spark's
     * jars, which the job jar leaves out).
     */
    static String workerClasspath() {
        String cp = System.getProperty("java.class.path", "");
        try {
            java.security.CodeSource code = Ingestion.parserCode().getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null) {
                String own = Path.of(code.getLocation().toURI()).toString();
                if (!java.util.Arrays.asList(cp.split(java.io.File.pathSeparator)).contains(own)) cp = own + java.io.File.pathSeparator + cp;
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            // the JVM's class path alone: enough where the parsing code is on it (local runs)
        }
        return cp;
    }

    /**
     * The rows of one record of a collection (text already extracted): its passages, whose source is
     * {@code file#id} ({@code id} null: the start of the text's hash), or one row saying why it has none.
     */
    static List<Row> recordRows(String file, String text, String id, String corrupt) throws Exception {
        String name = file == null ? "" : file.startsWith("file:") ? Path.of(java.net.URI.create(file)).toString() : file;
        if (corrupt != null) {
            String shown = corrupt.length() > 80 ? corrupt.substring(0, 80) + "..." : corrupt;
            return List.of(Rows.problem("failed", name, "not a JSON record: " + shown.strip()));
        }
        if (text == null || text.isBlank()) return List.of(Rows.problem("skipped", name + "#" + (id == null ? "?" : id), "no text"));
        String uri = name + "#" + (id != null ? id : DocumentPassages.id(text).substring(0, 16));
        List<Row> out = new ArrayList<>();
        for (Passage p : documents().ofText(text, uri)) out.add(Rows.passage(p, "text/plain"));
        if (out.isEmpty()) return List.of(Rows.problem("skipped", uri, "no passage of 8 tokens or more"));
        return out;
    }

    /**
     * The rows of one file of a store reached through Hadoop (hdfs://, s3a://, ...): it is copied to a local file
     * named as it is, for the parse workers, then parsed as a local file is, its source being its URI.
     */
    static List<Row> remoteRows(String location, ParseLimits limits, org.apache.hadoop.conf.Configuration conf) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        Path staged = null;
        try {
            org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
            if (fs.getFileStatus(path).getLen() == 0) return List.of(Rows.problem("skipped", location, "empty file"));
            staged = Files.createTempFile("strata-", "-" + path.getName().replaceAll("[^\\p{L}\\p{N}._-]", "_"));
            try (java.io.InputStream in = fs.open(path)) {
                Files.copy(in, staged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return parsed(staged, location, limits);
        } catch (java.io.FileNotFoundException e) {
            return List.of(Rows.problem("failed", location, "disappeared during the run"));
        } catch (org.apache.hadoop.security.AccessControlException e) {
            return List.of(Rows.problem("failed", location, "permission denied"));
        } catch (java.io.IOException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
            return List.of(Rows.problem("failed", location, "cannot be read from the store: " + why));
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (java.io.IOException ignored) {
                    // the temporary folder is the executor's: it goes with it
                }
            }
        }
    }

    /** The rows of an archive's members, and a row for the archive when something cut it short or refused it. */
    private static List<Row> members(Path archive, String uri, ParseLimits limits) throws java.io.IOException {
        Path into = Files.createTempDirectory("strata-archive-");
        try {
            org.strata.engine.Archives.Expanded x = org.strata.engine.Archives.expand(archive, uri, into);
            List<Row> out = new ArrayList<>();
            for (org.strata.engine.Archives.Member m : x.members()) {
                if (m.failure() != null) out.add(Rows.problem("failed", m.uri(), m.failure()));
                else if (Files.size(m.file()) == 0) out.add(Rows.problem("skipped", m.uri(), "empty file"));
                else out.addAll(parsed(m.file(), m.uri(), limits));
            }
            if (x.problem() != null) out.add(Rows.problem("failed", uri, x.problem()));
            return out;
        } finally {
            Locations.delete(into.toString(), null);
        }
    }

    /** The rows of one file, in {@link Rows#SCHEMA}: its passages, or one row saying why it has none. */
    static List<Row> rows(String path, ParseLimits limits) {
        Path file = Path.of(path);
        String uri = file.toAbsolutePath().normalize().toString();
        try {
            if (!Files.exists(file)) return List.of(Rows.problem("failed", uri, "disappeared during the run"));
            if (!Files.isReadable(file)) return List.of(Rows.problem("failed", uri, "permission denied"));
            if (Files.size(file) == 0) return List.of(Rows.problem("skipped", uri, "empty file"));
            return parsed(file, uri, limits);
        } catch (java.io.IOException e) {
            return List.of(Rows.problem("failed", uri, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The rows of a local file, its source being {@code uri}: an archive's members, each its own source (as the
     * CLI's ingestion opens archives, with its limits against bombs), or the file's passages.
     */
    private static List<Row> parsed(Path file, String uri, ParseLimits limits) {
        try {
            if (org.strata.engine.Archives.is(file)) return members(file, uri, limits);
        } catch (java.io.IOException e) {
            return List.of(Rows.problem("failed", uri, "cannot expand the archive: " + e.getMessage()));
        }
        List<Row> out = new ArrayList<>();
        try {
            DocumentPassages.Result r = parsing(limits).read(file, uri);
            if (r.passages().isEmpty()) return List.of(Rows.problem("skipped", uri, "no text found (" + r.mediaType() + ")"));
            for (Passage p : r.passages()) out.add(Rows.passage(p, r.mediaType()));
            return out;
        } catch (DocumentPassages.Unreadable e) {
            return List.of(Rows.problem("failed", uri, e.getMessage()));
        } catch (Exception | LinkageError e) {
            return List.of(Rows.problem("failed", uri, "parser crashed: " + e));
        }
    }

}
