package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** new, ingest (real PDF, DOCX and HTML), score (the real model), layer and export, through the command line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {
    Path tmp;
    Path corpus;
    Path pdf, docx, html;

    @BeforeAll
    void makeFiles(@TempDir Path dir) throws Exception {
        tmp = dir;
        corpus = tmp.resolve("sprint corpus");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        pdf = Fixtures.pdf(docs.resolve("sprint mechanics.pdf"), Fixtures.SPRINT);
        docx = Fixtures.docx(docs.resolve("training.docx"), Fixtures.TRAINING);
        html = Fixtures.html(docs.resolve("paradoxes.html"), "Paradoxes of training", Fixtures.PARADOX);
    }

    @Test
    @Order(1)
    void newCreatesTheCorpusWithTheDefaultLayers() throws Exception {
        Cli r = Cli.run("new", corpus.toString(), "--name", "sprint");
        assertEquals(0, r.code(), r.toString());
        String xmi = Files.readString(corpus.resolve("corpus.strata"));
        int c = xmi.indexOf("name=\"concepts\""), l = xmi.indexOf("name=\"logic\""), s = xmi.indexOf("name=\"strategies\""),
                p = xmi.indexOf("name=\"paradoxes\"");
        assertTrue(c > 0 && c < l && l < s && s < p, xmi);
        assertNotEquals(0, Cli.run("new", corpus.toString()).code(), "an existing corpus is not overwritten");
    }

    @Test
    @Order(2)
    void ingestTakesTheGoodFilesAndNamesTheBadOnes() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path corrupt = tmp.resolve("corrupt.pdf");
        byte[] real = Files.readAllBytes(pdf);
        Files.write(corrupt, java.util.Arrays.copyOf(real, real.length / 3));
        Path missing = tmp.resolve("missing.docx");
        Cli r = Cli.run("ingest", corpus.toString(), pdf.toString(), docx.toString(), html.toString(), empty.toString(),
                corrupt.toString(), missing.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("ok      " + pdf), r.out());
        assertTrue(r.out().contains("ok      " + docx), r.out());
        assertTrue(r.out().contains("ok      " + html), r.out());
        assertTrue(r.out().contains("skipped " + empty + ": empty file"), r.out());
        assertTrue(r.out().contains("failed  " + corrupt + ": "), r.out());
        assertTrue(r.out().contains("failed  " + missing + ": no such file"), r.out());
        assertTrue(r.out().contains("6 files: 3 ok, 1 skipped, 2 failed"), r.out());
        try (var logs = Files.list(corpus.resolve("log"))) {
            assertEquals(List.of(".log", ".tsv"), logs.map(f -> f.toString().substring(f.toString().lastIndexOf('.'))).sorted().toList(),
                    "the report is written under log/, for people and for the workbench");
        }

        JsonObject before = stats();
        Cli bad = Cli.run("ingest", corpus.toString(), corrupt.toString(), missing.toString());
        assertEquals(1, bad.code(), "nothing could be ingested: " + bad);
        assertEquals(before.get("passages"), stats().get("passages"), "nothing stored is lost");

        Cli again = Cli.run("ingest", corpus.toString(), pdf.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("skipped " + pdf + ": unchanged"), again.out());
    }

    @Test
    @Order(3)
    void scoreStoresADensityForEveryPassage() throws Exception {
        Cli r = Cli.run("score", corpus.toString());
        assertEquals(0, r.code(), r.toString());
        JsonObject s = stats();
        JsonObject density = s.getAsJsonObject("density");
        assertEquals(0, density.get("unscored").getAsLong());
        long binned = 0;
        for (JsonElement n : density.getAsJsonArray("counts")) binned += n.getAsLong();
        assertEquals(s.get("passages").getAsLong(), binned);
        assertTrue(s.get("passages").getAsLong() >= 3, s.toString());
        assertEquals(3, s.get("sources").getAsLong());
        Cli again = Cli.run("score", corpus.toString());
        assertTrue(again.out().contains("scored 0 passages"), "nothing is encoded twice: " + again.out());
    }

    @Test
    @Order(4)
    void layerAutoPlacesEveryPassage() throws Exception {
        Cli r = Cli.run("layer", corpus.toString(), "--auto");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("no passage placed by the expert yet: the layers' descriptions alone placed them."), r.out());
        assertTrue(r.out().contains("layer         expert   suggested   accuracy (held out)"), r.out());

        // the expert places the PDF's passages in "logic" and the web page's in "strategies": they teach, and stay
        assertEquals(0, Cli.run("passages", corpus.toString(), "--filter", "source=" + pdf, "--set-layer", "logic").code());
        assertEquals(0, Cli.run("passages", corpus.toString(), "--filter", "source=" + html, "--set-layer", "strategies").code());
        Cli learned = Cli.run("layer", corpus.toString(), "--auto");
        assertEquals(0, learned.code(), learned.toString());
        assertTrue(learned.out().matches("(?s)learned from \\d+ passages the expert placed.*"), learned.out());
        Cli expert = Cli.run("search", corpus.toString(), "*:*", "--filter", "placed=expert", "-k", "100", "--json");
        for (String line : expert.out().strip().split("\n")) {
            JsonObject o = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
            assertEquals("expert", o.get("placed").getAsString(), line);
            assertTrue(o.get("source").getAsString().equals(pdf.toString()) && o.get("layer").getAsString().equals("logic")
                    || o.get("source").getAsString().equals(html.toString()) && o.get("layer").getAsString().equals("strategies"), line);
        }
        Cli suggested = Cli.run("search", corpus.toString(), "*:*", "--filter", "placed=suggested", "-k", "100", "--json");
        for (String line : suggested.out().strip().split("\n")) {
            JsonObject o = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
            assertEquals(docx.toString(), o.get("source").getAsString(), "only the passages the expert left are suggested: " + line);
            assertTrue(o.get("confidence").getAsFloat() > 0, line);
        }
        JsonObject s = stats();
        assertEquals(0, s.get("unassigned").getAsLong(), s.toString());
        List<String> names = new ArrayList<>();
        long sum = 0;
        for (JsonElement l : s.getAsJsonArray("layers")) {
            names.add(l.getAsJsonObject().get("name").getAsString());
            sum += l.getAsJsonObject().get("passages").getAsLong();
        }
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), names);
        assertEquals(s.get("passages").getAsLong(), sum);
    }

    @Test
    @Order(5)
    void exportWritesTheStagesInOrderWithAManifestThatChecksOut() throws Exception {
        Path pack = tmp.resolve("pack");
        Cli preview = Cli.run("export", corpus.toString(), "--dry-run");
        assertEquals(0, preview.code(), preview.toString());
        assertTrue(preview.out().contains("nothing written") && preview.out().lines().anyMatch(l -> l.startsWith("concepts")), preview.out());
        assertFalse(Files.exists(pack), "a dry run writes nothing");
        Cli above = Cli.run("export", corpus.toString(), "--out", pack.toString(), "--min-density", "2");
        assertEquals(1, above.code(), "a density above 1 would leave every stage empty: " + above);
        assertTrue(above.err().contains("the minimum density takes 0 to 1, not 2.0"), above.err());
        assertFalse(Files.exists(pack));
        Cli r = Cli.run("export", corpus.toString(), "--out", pack.toString());
        assertEquals(0, r.code(), r.toString());
        JsonObject m = JsonParser.parseString(Files.readString(pack.resolve("manifest.json"))).getAsJsonObject();
        JsonArray stages = m.getAsJsonArray("stages");
        List<String> folders = new ArrayList<>();
        long records = 0;
        Set<String> sources = new HashSet<>();
        for (JsonElement st : stages) {
            folders.add(st.getAsJsonObject().get("folder").getAsString());
            for (JsonElement fe : st.getAsJsonObject().getAsJsonArray("files")) {
                JsonObject f = fe.getAsJsonObject();
                Path file = pack.resolve(f.get("path").getAsString());
                byte[] bytes = Files.readAllBytes(file);
                assertEquals(f.get("sha256").getAsString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                assertEquals(f.get("records").getAsLong(), lines.size());
                if (!f.get("schema").getAsString().equals("pretrain")) continue;
                for (String line : lines) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    assertEquals(Set.of("id", "text", "source", "layer", "density"), o.keySet());
                    assertEquals(32, o.get("id").getAsString().length());
                    sources.add(o.get("source").getAsString());
                }
                records += lines.size();
            }
        }
        assertEquals(List.of("stage_01_concepts", "stage_02_logic", "stage_03_strategies", "stage_04_paradoxes"), folders);
        assertEquals(stats().get("passages").getAsLong(), records);
        assertEquals(Set.of(pdf.toAbsolutePath().toString(), docx.toAbsolutePath().toString(), html.toAbsolutePath().toString()), sources);
        String all = "";
        for (String f : folders) all += Files.readString(pack.resolve(f).resolve("pretrain.jsonl")) + Files.readString(pack.resolve(f).resolve("validation.jsonl"));
        Cli verify = Cli.run("pack", "verify", pack.toString());
        assertEquals(0, verify.code(), verify.toString());
        assertTrue(verify.out().contains("intact"), verify.out());
        assertTrue(all.contains("Leg stiffness describes how much the leg compresses under load."), "PDF text arrives whole");
        assertTrue(all.contains("To plan a taper"), "DOCX text arrives");
        assertTrue(all.contains("The lactate paradox"), "HTML text arrives");

        Cli refused = Cli.run("export", corpus.toString(), "--out", pack.toString());
        assertEquals(1, refused.code(), "a non-empty pack folder is not overwritten: " + refused);
        assertTrue(refused.err().contains("--replace"), refused.err());
        Files.writeString(pack.resolve("stage_01_concepts/pretrain.jsonl"), "{\"id\":\"x\"}\n", java.nio.file.StandardOpenOption.APPEND);
        Cli tampered = Cli.run("pack", "verify", pack.toString());
        assertEquals(1, tampered.code(), tampered.toString());
        assertTrue(tampered.out().contains("stage_01_concepts/pretrain.jsonl line ") && tampered.out().contains("sha256"), tampered.out());
        byte[] manifest = Files.readAllBytes(pack.resolve("manifest.json"));
        assertEquals(0, Cli.run("export", corpus.toString(), "--out", pack.toString(), "--replace").code());
        assertEquals(new String(manifest, StandardCharsets.UTF_8), Files.readString(pack.resolve("manifest.json")),
                "the same corpus gives the same pack");
    }

    @Test
    @Order(6)
    void badFoldersAndEmptyCorporaAreExplained() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Cli r = Cli.run("stats", plain.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(plain + " is not a Strata corpus"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());

        Path empty = tmp.resolve("empty corpus");
        assertEquals(0, Cli.run("new", empty.toString()).code());
        Cli score = Cli.run("score", empty.toString());
        assertEquals(1, score.code());
        assertTrue(score.err().contains("has no passages yet"), score.err());

        Path emptyDir = Files.createDirectories(tmp.resolve("nothing here"));
        Cli ingest = Cli.run("ingest", empty.toString(), emptyDir.toString());
        assertEquals(1, ingest.code(), ingest.toString());
        assertTrue(ingest.out().contains("empty folder"), ingest.out());

        Cli none = Cli.run("ingest", empty.toString());
        assertEquals(1, none.code(), none.toString());
        assertTrue(none.err().contains("no files or folders to ingest"), none.err());
        // the input files as the Spark job takes them, --in PATH, beside the positional ones
        Cli in = Cli.run("ingest", empty.toString(), emptyDir.toString(), "--in", html.toString());
        assertEquals(0, in.code(), in.toString());
        assertTrue(in.out().contains("empty folder") && in.out().contains(html.getFileName().toString()), in.out());
    }

    @Test
    @Order(7)
    void everyCommandAnswersHelp() {
        for (String c : new String[] {"new", "ingest", "score", "layer", "export", "stats"}) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: strata " + c), r.out());
        }
        assertEquals(0, Cli.run("--help").code());
        assertNotEquals(0, Cli.run("frobnicate").code());
    }

    private JsonObject stats() {
        Cli r = Cli.run("stats", corpus.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }
}
