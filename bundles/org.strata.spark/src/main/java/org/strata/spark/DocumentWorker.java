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
 * runs, made once per executor JVM and reused by every partition it gets. A file that cannot be read or parsed
 * gives one row that says why (its kind "failed" or "skipped"), never an exception that would fail the job.
 */
final class DocumentWorker {
    private static DocumentPassages documents;

    private DocumentWorker() {}

    private static synchronized DocumentPassages documents() throws Exception {
        if (documents == null) {
            // in-process Tika: the executor is the isolation (a crashed task is retried by Spark)
            documents = new DocumentPassages(Ingestion.inProcessExtractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET);
        }
        return documents;
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

    /** The rows of one file, in {@link Rows#SCHEMA}: its passages, or one row saying why it has none. */
    static List<Row> rows(String path) {
        Path file = Path.of(path);
        String uri = file.toAbsolutePath().normalize().toString();
        List<Row> out = new ArrayList<>();
        try {
            if (!Files.exists(file)) return List.of(Rows.problem("failed", uri, "disappeared during the run"));
            if (!Files.isReadable(file)) return List.of(Rows.problem("failed", uri, "permission denied"));
            if (Files.size(file) == 0) return List.of(Rows.problem("skipped", uri, "empty file"));
            DocumentPassages.Result r = documents().read(file, uri);
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
