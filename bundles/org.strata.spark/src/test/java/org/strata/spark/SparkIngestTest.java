package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.Ingestion;
import org.strata.ingest.Extractor;

/** The Spark path and the CLI path give the same passages from the same files; bad files are rows, not failures. */
class SparkIngestTest extends LocalSparkTest {
    @TempDir Path tmp;

    private Path files() throws Exception {
        return TestFiles.make(tmp);
    }

    private static String key(String source, int seq, String text, int tokens, String language, long cluster, String status) {
        return source + "#" + seq + "|" + tokens + "|" + language + "|" + cluster + "|" + status + "|" + text;
    }

    @Test
    void theSparkPathGivesThePassagesOfTheCliPath() throws Exception {
        Path in = files();
        Path out = tmp.resolve("out");
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), out, 3);
        assertEquals(20, s.documents()); // files: the zip is one, its two members are sources of their own
        assertTrue(s.nearDuplicates() >= 2 && s.clusters() >= 1, s.line()); // the three near-*.txt at least; which, the CLI says below
        assertEquals(1, s.failed());
        assertEquals(1, s.skipped());
        assertEquals(1, s.duplicates(), "the passage in two files is kept once");

        Map<String, String> bySpark = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("passages").toString()).collectAsList()) {
            bySpark.put(r.getAs("id"), key(r.getAs("source"), r.<Integer>getAs("seq"), r.getAs("text"), r.<Integer>getAs("tokens"), r.getAs("language"),
                    r.<Long>getAs("cluster"), r.getAs("status")));
        }
        Map<String, String> byCli = new TreeMap<>();
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "cli");
                Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET, 2)) {
            ingestion.run(c, List.of(in), r -> { });
            org.strata.engine.NearDuplicates.run(c, org.strata.ingest.dedup.NearDuplicateFinder.Settings.DEFAULT); // as strata ingest does
            c.store().forEach(false, p -> byCli.put(p.id(), key(p.source(), p.seq(), p.text(), p.tokens(), p.language(), p.cluster(),
                    p.status().label())));
        }
        assertEquals(s.passages(), bySpark.size());
        assertTrue(bySpark.size() >= 12, bySpark.size() + " passages");
        assertEquals(byCli, bySpark, "the same ids, sources, places, texts, tokens, languages, clusters and statuses");

        // past the broadcast limit, each partition is sent its own sources' ranks: the same clusters
        SourceRanks.broadcastSources = 0;
        try {
            SparkIngest.run(spark, List.of(in), tmp.resolve("out-ranks-sent"), 3);
        } finally {
            SourceRanks.broadcastSources = SourceRanks.BROADCAST_SOURCES;
        }
        Map<String, String> sent = new TreeMap<>();
        for (Row r : spark.read().parquet(tmp.resolve("out-ranks-sent").resolve("passages").toString()).collectAsList()) {
            sent.put(r.getAs("id"), key(r.getAs("source"), r.<Integer>getAs("seq"), r.getAs("text"), r.<Integer>getAs("tokens"), r.getAs("language"),
                    r.<Long>getAs("cluster"), r.getAs("status")));
        }
        assertEquals(bySpark, sent);

        List<String> problems = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            problems.add(r.getAs("kind") + " " + Path.of(r.<String>getAs("source")).getFileName() + ": " + r.getAs("reason"));
        }
        problems.sort(null);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("failed broken.pdf: cannot parse application/pdf"), problems.toString());
        assertEquals("skipped empty.txt: empty file", problems.get(1));
        assertTrue(Files.readString(out.resolve("summary.txt")).startsWith("20 documents: "));
    }

    @Test
    void aSampleOfTheOutputOpensAsACorpusToCurate() throws Exception {
        Path out = tmp.resolve("out");
        SparkIngest.run(spark, List.of(files()), out, 2);
        java.util.Set<String> written = new java.util.HashSet<>();
        java.util.Set<String> duplicates = new java.util.HashSet<>();
        for (Row r : spark.read().parquet(out.resolve("passages").toString()).collectAsList()) {
            written.add(r.getAs("id"));
            if ("duplicate".equals(r.getAs("status"))) duplicates.add(r.getAs("id"));
        }
        Path corpus = tmp.resolve("sample corpus");
        assertEquals(10, SparkSample.toCorpus(spark, out, corpus, "sample", 10));
        try (CorpusFolder c = CorpusFolder.open(corpus)) {
            assertEquals(10, c.store().count());
            List<String> ids = new ArrayList<>();
            c.store().forEach(false, p -> ids.add(p.id()));
            assertTrue(written.containsAll(ids) && ids.stream().noneMatch(duplicates::contains), "passages of the output, no near duplicate");
            int counted = c.corpus().getSources().stream().mapToInt(org.strata.model.corpus.Source::getPassageCount).sum();
            assertEquals(10, counted, "every passage's source is in the model");
            assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), c.layerNames());
            SparkSample.toCorpus(spark, out, tmp.resolve("again"), "again", 10);
            List<String> again = new ArrayList<>();
            try (CorpusFolder d = CorpusFolder.open(tmp.resolve("again"))) {
                d.store().forEach(false, p -> again.add(p.id()));
            }
            assertEquals(new java.util.TreeSet<>(ids), new java.util.TreeSet<>(again), "the same sample each time");
        }
        var e = assertThrows(java.io.IOException.class, () -> SparkSample.toCorpus(spark, tmp, tmp.resolve("x"), "x", 5));
        assertTrue(e.getMessage().contains("not the output of strata spark ingest"), e.getMessage());
        assertThrows(java.io.IOException.class, () -> SparkSample.toCorpus(spark, out, corpus, "again", 5), "a folder holding a corpus is refused");
    }

    @Test
    void collectionsOfExtractedDocumentsAreCutAsTheEngineCutsText() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("collection"));
        String a = TestFiles.TEXTS[0] + "\n\n" + TestFiles.TEXTS[1], c = TestFiles.TEXTS[2] + "\n\n" + TestFiles.TEXTS[3] + "\n\n" + TestFiles.TEXTS[4];
        Files.writeString(in.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"" + a.replace("\n", "\\n") + "\"}",
                "{\"id\": \"b\", \"text\": \"\"}",
                "this line is not JSON",
                "{\"id\": \"c\", \"text\": \"" + c.replace("\n", "\\n") + "\"}",
                "{\"id\": \"a\", \"text\": \"" + TestFiles.TEXTS[3] + " (the id a again)\"}") + "\n");
        Path out = tmp.resolve("jsonl out");
        SparkIngest.Summary s = SparkIngest.runCollection(spark, List.of(in), "json", "text", "id", out);
        assertEquals(5, s.documents(), s.line());
        var documents = new org.strata.engine.DocumentPassages(new Extractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET);
        String file = in.resolve("docs.jsonl").toString();
        List<String> expected = new ArrayList<>();
        for (var p : documents.ofText(a, file + "#a")) expected.add(p.id() + " " + p.source() + " " + p.seq() + " " + p.tokens());
        for (var p : documents.ofText(c, file + "#c")) expected.add(p.id() + " " + p.source() + " " + p.seq() + " " + p.tokens());
        int ofAAndC = expected.size();
        // a second record with the id a: a name of its own, so that its passages have places of their own
        for (var p : documents.ofText(TestFiles.TEXTS[3] + " (the id a again)", file + "#a~2")) {
            expected.add(p.id() + " " + p.source() + " " + p.seq() + " " + p.tokens());
        }
        List<String> got = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("passages").toString()).collectAsList()) {
            got.add(r.getAs("id") + " " + r.getAs("source") + " " + r.getAs("seq") + " " + r.getAs("tokens"));
        }
        expected.sort(null);
        got.sort(null);
        assertEquals(expected, got);
        List<String> problems = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            problems.add(r.getAs("kind") + " " + r.getAs("source") + ": " + r.getAs("reason"));
        }
        problems.sort(null);
        assertEquals(List.of("failed " + file + ": not a JSON record: this line is not JSON", "skipped " + file + "#b: no text"), problems);

        // the same documents as Parquet, named by a hash of their text
        Path pq = tmp.resolve("parquet in");
        spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(a), org.apache.spark.sql.RowFactory.create(c)),
                new org.apache.spark.sql.types.StructType().add("body", org.apache.spark.sql.types.DataTypes.StringType))
                .coalesce(1).write().parquet(pq.toString());
        SparkIngest.Summary p = SparkIngest.runCollection(spark, List.of(pq), "parquet", "body", null, tmp.resolve("parquet out"));
        assertEquals(ofAAndC, p.passages(), p.line());
        var e = assertThrows(IllegalArgumentException.class, () -> SparkIngest.runCollection(spark, List.of(pq), "parquet", "text", null,
                tmp.resolve("o3")));
        assertTrue(e.getMessage().contains("no column 'text'") && e.getMessage().contains("body"), e.getMessage());

        // plain text, a document per line
        Path txt = Files.createDirectories(tmp.resolve("text in"));
        String la = a.replace("\n\n", " "), lc = c.replace("\n\n", " ");
        Files.writeString(txt.resolve("lines.txt"), la + "\n\n" + lc + "\n");
        SparkIngest.Summary t = SparkIngest.runCollection(spark, List.of(txt), "text", "text", null, tmp.resolve("text out"));
        assertEquals(3, t.documents(), t.line());
        assertEquals(1, t.skipped(), "the empty line is a document without text");
        List<String> lines = new ArrayList<>();
        for (var q : documents.ofText(la, "x")) lines.add(q.id());
        for (var q : documents.ofText(lc, "x")) lines.add(q.id());
        List<String> gotLines = new ArrayList<>();
        for (Row r : spark.read().parquet(tmp.resolve("text out/passages").toString()).collectAsList()) gotLines.add(r.getAs("id"));
        lines.sort(null);
        gotLines.sort(null);
        assertEquals(lines, gotLines);
    }

    @Test
    void aMissingInputOrAnUsedOutputIsRefusedBeforeAnyWork() throws Exception {
        var e = assertThrows(java.io.IOException.class, () -> SparkIngest.run(spark, List.of(tmp.resolve("nowhere")), tmp.resolve("o1"), 1));
        assertTrue(e.getMessage().contains("nowhere: no such file or folder"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("o1")), "a refused run leaves no output folder to block the next");
        Files.createDirectories(tmp.resolve("empty folder"));
        e = assertThrows(java.io.IOException.class, () -> SparkIngest.run(spark, List.of(tmp.resolve("empty folder")), tmp.resolve("o2"), 1));
        assertTrue(e.getMessage().contains("empty folder"), e.getMessage());
        Path in = files();
        Path out = Files.createDirectories(tmp.resolve("used"));
        SparkIngest.run(spark, List.of(in), out, 1);
        assertThrows(Exception.class, () -> SparkIngest.run(spark, List.of(in), out, 1), "an output written before is never overwritten");
    }
}
