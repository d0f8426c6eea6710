package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.LayerPlacement;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.HeadTraining;
import org.strata.engine.Ingestion;
import org.strata.engine.Judgments;
import org.strata.engine.Knowledge;
import org.strata.engine.NearDuplicates;
import org.strata.engine.PackExport;
import org.strata.engine.RecipeFile;
import org.strata.engine.Scoring;
import org.strata.ingest.Extractor;
import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.CorpusFactory;
import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.store.Passage;

/**
 * The recipe a corpus exports, run by Spark over the same files, gives the passages, scores and layers the CLI
 * gave; its pack holds what the CLI's pack holds; a corrupt recipe or head stops the job before it starts.
 */
class SparkRunTest extends LocalSparkTest {
    @TempDir Path tmp;

    /** The CLI's path: ingest, find near duplicates, score, train a head on choices when asked, place in layers, export. */
    private Path cliPack(Path in, boolean head, Map<String, Passage> passages) throws Exception {
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "running");
                Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET, 2);
                Encoder encoder = DefaultEncoder.open()) {
            c.corpus().setDomain("running biomechanics");
            Concept k = CorpusFactory.eINSTANCE.createConcept();
            k.setName("tendon stiffness");
            k.setDefinition("how much a tendon resists stretch, which sets the elastic energy it stores and returns");
            k.getAliases().add("Achilles stiffness");
            c.corpus().getConcepts().add(k);
            org.strata.model.corpus.VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
            v.setLayer(c.corpus().getLayers().get(0));
            v.setKind(org.strata.model.corpus.VerificationKind.CHECK_QUESTION);
            v.setPrompt("What does tendon stiffness set during the stance phase?");
            v.setExpectedAnswer("How much elastic energy the Achilles tendon stores and returns at toe-off.");
            c.corpus().getVerificationItems().add(v);
            c.save();
            ingestion.run(c, List.of(in), r -> { });
            NearDuplicates.run(c, NearDuplicateFinder.Settings.DEFAULT);
            new Scoring(encoder).run(c, false, org.strata.engine.Progress.NONE);
            if (head) {
                List<Passage> all = new ArrayList<>();
                c.store().forEach(false, all::add);
                all.sort(java.util.Comparator.comparing(Passage::id));
                for (int i = 0; i + 1 < all.size(); i += 2) {
                    // the expert prefers the passages that name the tendon or the muscle
                    Passage a = all.get(i), b = all.get(i + 1);
                    boolean aBetter = a.text().contains("tendon") || a.text().contains("muscle");
                    Judgments.choice(c, List.of(a.id(), b.id()), aBetter ? a.id() : b.id(), null, "test");
                }
                new org.strata.engine.Heads(c).use(HeadTraining.train(c, encoder, HeadTraining.collect(c)).version());
                assertEquals("head 1", Knowledge.describe(c));
                new Scoring(encoder).run(c, true, org.strata.engine.Progress.NONE);
            }
            // the expert places the passages that name the tendon in the first layer and those about training load in the
            // third: the placement learns from them, and the recipe carries both them and what was learned
            List<Passage> placed = new ArrayList<>();
            c.store().forEach(false, p -> {
                if (p.text().contains("tendon")) placed.add(p.attributesOnly().withLayer("concepts"));
                else if (p.text().contains("training")) placed.add(p.attributesOnly().withLayer("strategies"));
            });
            c.store().updateAttributes(placed);
            c.store().commit();
            LayerPlacement.Result r = new LayerPlacement(encoder).run(c);
            assertEquals(placed.size(), r.examples());
            assertTrue(r.examples() > 0 && r.suggested() > 0, "some placed by the expert, some suggested: " + r);
            c.store().forEach(false, p -> passages.put(p.id(), p));
            Path pack = tmp.resolve("cli-pack");
            PackExport.run(c, null, PackExport.defaults(c), pack, false, "test");
            return pack.resolve("recipe.json");
        }
    }

    private Path assertSameAsCli(boolean head) throws Exception {
        Path in = TestFiles.make(tmp);
        Map<String, Passage> cli = new HashMap<>();
        Path recipe = cliPack(in, head, cli);
        assertEquals(head, Files.exists(recipe.resolveSibling("head.onnx")));
        Path out = tmp.resolve("out");
        SparkRun.Summary s = SparkRun.run(spark, RecipeFile.read(recipe), recipe.toString(), List.of(in), out, SparkRun.Options.DEFAULT);

        List<Row> rows = spark.read().parquet(out.resolve("passages").toString()).collectAsList();
        assertEquals(cli.size(), rows.size(), s.line());
        int layersSeen = 0;
        java.util.Set<String> layers = new java.util.HashSet<>();
        for (Row r : rows) {
            Passage p = cli.get(r.<String>getAs("id"));
            assertTrue(p != null, "the CLI has the passage " + r.getAs("id"));
            assertEquals(p.text(), r.getAs("text"));
            assertEquals(p.status().label(), r.getAs("status"));
            assertEquals(p.layer(), r.getAs("layer"), "the layer of " + p.text());
            if (p.suggested()) assertEquals(p.confidence(), r.<Float>getAs("confidence"), 0.0015f, "how sure the placement of " + p.text());
            else assertTrue(r.<Float>getAs("confidence").isNaN(), "the expert's placement, kept: " + p.text());
            layers.add(p.layer());
            layersSeen++;
            assertEquals(p.density(), r.<Float>getAs("density"), 1e-4, "the density of " + p.text());
            for (int i = 0; i < Components.COUNT; i++) {
                assertEquals(p.components()[i], r.<Float>getAs(SparkRun.column(i)), 1e-4, Components.NAMES.get(i) + " of " + p.text());
            }
        }
        assertTrue(layers.size() >= 2, "the passages fall in several layers: " + layers);
        assertTrue(rows.stream().anyMatch(r -> r.<Float>getAs("redundancy") > 0), "near duplicates are redundant");
        assertEquals(cli.size(), layersSeen);

        // the pack: the CLI's stages with the same passages in them, and the recipe again, to go on round
        JsonObject cliManifest = JsonParser.parseString(Files.readString(recipe.resolveSibling("manifest.json"))).getAsJsonObject();
        JsonObject sparkManifest = JsonParser.parseString(Files.readString(out.resolve("pack/manifest.json"))).getAsJsonObject();
        assertEquals(stageCounts(cliManifest), stageCounts(sparkManifest));
        assertEquals(fileRecords(cliManifest), fileRecords(sparkManifest), "every file of the pack, eval sets included, holds as many records");
        assertTrue(s.packed() > 0, s.line());
        assertEquals(Files.readString(recipe), Files.readString(out.resolve("pack/recipe.json")));
        assertEquals(head, Files.exists(out.resolve("pack/head.onnx")));
        RecipeFile.read(out.resolve("pack/recipe.json")); // the job's recipe is one a job reads

        // Dolma-style attributes: a document per row, a span per passage
        List<Row> docs = spark.read().parquet(out.resolve("attributes").toString()).collectAsList();
        long spans = 0;
        for (Row d : docs) spans += d.<Row>getAs("attributes").<scala.collection.Seq<?>>getAs("strata__density").size();
        assertEquals(cli.size(), spans);
        assertFalse(Files.exists(out.resolve("_work")), "the intermediate results are gone");
        List<String> problems = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            problems.add(r.getAs("kind") + " " + Path.of(r.<String>getAs("source")).getFileName());
        }
        problems.sort(null);
        assertEquals(List.of("failed broken.pdf", "skipped empty.txt"), problems, "the bad files are rows of problems/, the job went on");
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("scored " + cli.size() + " passages"));
        return out;
    }

    private static Map<String, Long> fileRecords(JsonObject manifest) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var e : manifest.getAsJsonArray("stages")) {
            for (var f : e.getAsJsonObject().getAsJsonArray("files")) {
                JsonObject file = f.getAsJsonObject();
                out.put(file.get("path").getAsString(), file.get("records").getAsLong());
            }
        }
        assertTrue(out.keySet().stream().anyMatch(k -> k.contains("eval")) && out.entrySet().stream()
                .anyMatch(e -> e.getKey().contains("eval") && e.getValue() > 0), "an eval set holds the verification item: " + out);
        return out;
    }

    private static Map<String, Long> stageCounts(JsonObject manifest) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var e : manifest.getAsJsonArray("stages")) {
            JsonObject st = e.getAsJsonObject();
            out.put(st.get("layer").getAsString(), st.get("passages").getAsLong());
        }
        return out;
    }

    @Test
    void theRecipeGivesTheCliScoresAndLayersWithThePrior() throws Exception {
        assertSameAsCli(false);
    }

    @Test
    void theRecipeGivesTheCliScoresAndLayersWithATrainedHead() throws Exception {
        Path out = assertSameAsCli(true);

        // the way back: a sample of the job's output is a corpus with the recipe's layers, concept and head, where the
        // head scores as it did in the job; the recipe that corpus exports is one the job takes
        Path sample = tmp.resolve("sample");
        assertEquals(12, SparkSample.toCorpus(spark, out, sample, "sample", 12));
        Map<String, Row> job = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("passages").toString()).collectAsList()) job.put(r.getAs("id"), r);
        try (CorpusFolder c = CorpusFolder.open(sample)) {
            assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), c.layerNames());
            assertEquals("tendon stiffness", c.corpus().getConcepts().get(0).getName());
            assertEquals("running biomechanics", c.corpus().getDomain());
            assertEquals("head 1", Knowledge.describe(c), "the recipe's head, adopted and in use");
            assertEquals("What does tendon stiffness set during the stance phase?", c.corpus().getVerificationItems().get(0).getPrompt());
            assertEquals(0, c.store().count(org.strata.store.PassageFilter.NONE.withScored(false)), "the sample comes scored");
            c.store().forEach(false, p -> {
                Row r = job.get(p.id());
                assertEquals(r.<String>getAs("layer"), p.layer(), "the job's layer");
                assertEquals(r.<Float>getAs("knowledge"), p.components()[Components.KNOWLEDGE], 1e-4, "the head scores as in the job");
            });
            Path again = tmp.resolve("again-pack");
            PackExport.run(c, null, PackExport.defaults(c), again, false, "test");
            RecipeFile back = RecipeFile.read(again.resolve("recipe.json"));
            assertEquals(4, back.layers().size());
            assertTrue(back.head() != null, "the head goes round with the recipe");
        }
    }

    @Test
    void aRunReadsFromAndWritesToHdfs() throws Exception {
        Path in = TestFiles.make(tmp);
        Map<String, Passage> cli = new HashMap<>();
        Path recipe = cliPack(in, false, cli);
        try (org.apache.hadoop.hdfs.MiniDFSCluster dfs = TestHdfs.start(tmp)) {
            String hdfs = dfs.getURI().toString();
            org.apache.hadoop.fs.FileSystem fs = dfs.getFileSystem();
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path(hdfs + "/in"));
            SparkRun.Summary s = SparkRun.run(spark, RecipeFile.read(recipe), recipe.toString(), List.of(hdfs + "/in"), hdfs + "/out",
                    SparkRun.Options.DEFAULT);
            assertEquals(cli.size(), spark.read().parquet(hdfs + "/out/passages").count(), s.line());
            assertTrue(s.packed() > 0, s.line());
            for (String f : new String[] {"/out/pack/manifest.json", "/out/pack/recipe.json", "/out/summary.txt", "/out/problems", "/out/attributes"}) {
                assertTrue(fs.exists(new org.apache.hadoop.fs.Path(hdfs + f)), f);
            }
            assertFalse(fs.exists(new org.apache.hadoop.fs.Path(hdfs + "/out/_work")), "the intermediate results are gone");
            // the pack in HDFS is the pack a local run writes
            Path back = tmp.resolve("pack-back");
            fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(hdfs + "/out/pack"), new org.apache.hadoop.fs.Path(back.toUri()), true);
            assertEquals(Files.readString(recipe), Files.readString(back.resolve("recipe.json")));
        } finally {
            org.apache.hadoop.fs.FileSystem.closeAll();
        }
    }

    @Test
    void aStoreThatCannotBeReachedIsSaidInOneLine() throws Exception {
        Path in = TestFiles.make(tmp);
        String[] r = fail("ingest", "--in", "hdfs://localhost:1/crawl", "--out", tmp.resolve("o").toString(), "--master", "local[1]");
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("strata spark: cannot reach hdfs://localhost:1/crawl: ") && r[1].strip().lines().count() == 1, r[1]);
        r = fail("ingest", "--in", in.toString(), "--out", "hdfs://localhost:1/out", "--master", "local[1]");
        assertTrue(r[1].startsWith("strata spark: cannot reach hdfs://localhost:1/out: "), r[1]);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    private static String recipe(Path pack, String json) throws java.io.IOException {
        return Files.writeString(pack.resolve("recipe.json"), json).toString();
    }

    private static String[] fail(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cmd = new picocli.CommandLine(new StrataSpark());
        cmd.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("strata spark: " + e.getMessage());
            return 1;
        });
        int rc = cmd.execute(args);
        return new String[] {Integer.toString(rc), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aCorruptRecipeOrHeadFailsBeforeAnyWork() throws Exception {
        Path in = TestFiles.make(tmp);
        Path out = tmp.resolve("out");
        Path garbage = Files.writeString(tmp.resolve("recipe.json"), "{\"format\": \"strata-recipe/2\", \"weights\": ");
        String[] r = fail("run", "--recipe", garbage.toString(), "--out", out.toString());
        assertTrue(r[1].contains("no files or folders to read: give them with --in PATH"), r[1]);
        r = fail("run", "--recipe", garbage.toString(), "--in", in.toString(), "--out", out.toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("is not a recipe: not valid JSON"), r[1]);

        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Map<String, Passage> ignored = new HashMap<>();
        String good = Files.readString(cliPack(in, false, ignored));
        Files.writeString(pack.resolve("recipe.json"), good.replace("\"knowledge\": 0.5", "\"knowledge\": \"high\""));
        r = fail("run", "--recipe", pack.resolve("recipe.json").toString(), "--in", in.toString(), "--out", out.toString());
        assertTrue(r[1].contains("\"knowledge\" is \"high\", not a number"), r[1]);

        Files.writeString(pack.resolve("recipe.json"), good.replace("strata-recipe/2", "strata-recipe/1"));
        r = fail("run", "--recipe", pack.resolve("recipe.json").toString(), "--in", in.toString(), "--out", out.toString());
        assertTrue(r[1].contains("export the pack again with this Strata"), r[1]);

        JsonObject withHead = JsonParser.parseString(good).getAsJsonObject();
        JsonObject head = new JsonObject();
        head.addProperty("file", "head.onnx");
        head.addProperty("version", 3);
        withHead.add("head", head);
        Files.writeString(pack.resolve("recipe.json"), withHead.toString());
        r = fail("run", "--recipe", pack.resolve("recipe.json").toString(), "--in", in.toString(), "--out", out.toString());
        assertTrue(r[1].contains("names the head head.onnx, which is not beside it"), r[1]);
        Files.write(pack.resolve("head.onnx"), "not a model at all".getBytes(StandardCharsets.UTF_8));
        r = fail("run", "--recipe", pack.resolve("recipe.json").toString(), "--in", in.toString(), "--out", out.toString());
        assertTrue(r[1].contains("is not a model ONNX Runtime can load"), r[1]);
        assertFalse(Files.exists(out), "nothing was started, nothing written");

        // a run killed half way leaves its work folder: the next run says so instead of mixing into it
        Files.createDirectories(out.resolve("_work/passages"));
        r = fail("run", "--recipe", recipe(pack, good), "--in", in.toString(), "--out", out.toString());
        assertTrue(r[1].contains("holds a run that did not finish"), r[1]);
    }
}
