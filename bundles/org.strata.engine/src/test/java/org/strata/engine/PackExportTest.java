package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackException;
import org.strata.export.PackManifest;
import org.strata.export.PackRequest;
import org.strata.export.PackVerifier;
import org.strata.export.Schemas;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;
import org.strata.score.Components;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * A pack from a corpus with layers, concepts, verification items, choices and licences, in a real Lucene store:
 * every record of every file against its schema, the selection rules and what they count, the split by source,
 * decontamination, byte-identical output, verification that finds tampering, and no half pack after a failure.
 */
class PackExportTest {
    @TempDir Path tmp;
    Path dir;
    WordPieceTokenizer tok;

    @BeforeEach
    void corpus() throws Exception {
        tok = DefaultEncoder.tokenizer();
        dir = PackFixture.corpus(tmp.resolve("corpus"), tok);
    }

    private PackManifest export(Path out, PackRequest.Selection sel) throws Exception {
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            return PackExport.run(c, null, sel == null ? PackExport.defaults(c) : sel, out, false, "strata test");
        }
    }

    private static List<JsonObject> lines(Path f) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(JsonParser.parseString(l).getAsJsonObject());
        return out;
    }

    @Test
    void everyFileOfEveryStageHoldsRecordsOfItsSchemaAndTheManifestChecksOut() throws Exception {
        Path pack = tmp.resolve("pack");
        PackManifest m = export(pack, null);
        assertEquals(List.of(), PackVerifier.verify(pack, tok::count), "the fresh pack verifies");
        assertEquals(List.of("stage_01_concepts", "stage_02_logic", "stage_03_strategies", "stage_04_paradoxes"),
                m.stages().stream().map(PackManifest.StageEntry::folder).toList());
        Set<String> schemas = new HashSet<>();
        for (PackManifest.StageEntry s : m.stages()) {
            assertEquals(List.of("pretrain.jsonl", "validation.jsonl", "sft.jsonl", "dpo.jsonl", "dpo_openai.jsonl", "eval.jsonl", "attributes.jsonl"),
                    s.files().stream().map(f -> f.path().substring(f.path().indexOf('/') + 1)).toList());
            for (PackManifest.FileEntry f : s.files()) {
                schemas.add(f.schema());
                for (JsonObject o : lines(pack.resolve(f.path()))) assertEquals(null, Schemas.check(f.schema(), o), f.path() + ": " + o);
            }
        }
        Set<String> plain = new HashSet<>(Schemas.names());
        plain.remove("memory"); // on request only: PackMemoryTest
        assertEquals(plain, schemas, "every schema is written");

        Path concepts = pack.resolve("stage_01_concepts");
        List<JsonObject> sft = lines(concepts.resolve("sft.jsonl"));
        JsonArray first = sft.get(0).getAsJsonArray("messages");
        assertEquals("What is tendon?", first.get(0).getAsJsonObject().get("content").getAsString());
        assertEquals("A band of dense connective tissue that joins muscle to bone. It is also called sinew.",
                first.get(1).getAsJsonObject().get("content").getAsString());
        List<JsonObject> eval = lines(concepts.resolve("eval.jsonl"));
        assertEquals(1, eval.size(), "a fifth of 6 items is held out");
        assertEquals(1 + 5, sft.size(), "one definition and the 5 items that teach");
        for (JsonObject s : sft) {
            String q = s.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString();
            assertFalse(q.equals(eval.get(0).get("prompt").getAsString()), "a held-out item never teaches");
        }

        // the best of 3 gives two pairs, in the stage of the chosen passage, with the shared concept as prompt
        List<JsonObject> dpo = new ArrayList<>();
        String chosenLayer = null;
        for (PackManifest.StageEntry s : m.stages()) {
            List<JsonObject> d = lines(pack.resolve(s.folder()).resolve("dpo.jsonl"));
            if (!d.isEmpty()) chosenLayer = s.layer();
            dpo.addAll(d);
        }
        assertEquals(2, dpo.size(), dpo.toString());
        assertEquals("Write a dense, accurate passage about tendon.", dpo.get(0).get("prompt").getAsString());
        assertTrue(dpo.get(0).get("chosen").getAsString().startsWith("Passage 2 of plyo.txt"), dpo.get(0).toString());
        assertEquals(Set.of("Passage 0 of tendon.html", "Passage 2 of forum.html"),
                Set.of(dpo.get(0).get("rejected").getAsString().split(":")[0], dpo.get(1).get("rejected").getAsString().split(":")[0]));
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals(c.store().get("p0402").layer(), chosenLayer);
        }

        // attributes: one line per passage written, with every component by name
        long passages = m.stages().stream().mapToLong(PackManifest.StageEntry::passages).sum();
        long attributes = 0;
        for (PackManifest.StageEntry s : m.stages()) {
            List<JsonObject> a = lines(pack.resolve(s.folder()).resolve("attributes.jsonl"));
            attributes += a.size();
            for (JsonObject o : a) assertEquals(Components.COUNT, o.getAsJsonObject("components").size());
        }
        assertEquals(passages, attributes);

        // provenance: the sources that gave passages, with their licences, "unknown" where none is recorded
        assertEquals(Map.of("CC-BY-4.0", 4L, "unknown", 4L), m.provenance().licenses());
        assertEquals("strata test", m.tool());
        assertEquals(48, m.corpus().passages());
    }

    @Test
    void selectionLeavesOutDuplicatesRejectedAndFilteredPassagesAndCountsThem() throws Exception {
        PackManifest m = export(tmp.resolve("all"), null);
        long dup = 0, status = 0, written = 0;
        for (PackManifest.StageEntry s : m.stages()) {
            dup += s.excluded().get("duplicates");
            status += s.excluded().get("status");
            written += s.passages();
        }
        assertEquals(8, dup, "one near duplicate per document");
        assertEquals(1, status, "the rejected passage");
        long decontaminated = m.stages().stream().mapToLong(s -> s.excluded().get("decontaminated")).sum();
        assertEquals(48 - 8 - 1 - decontaminated, written);

        // density, language and budget; the budget keeps the densest
        PackRequest.Selection strict = new PackRequest.Selection("prior", 0.45, Map.of(), Set.of(PassageStatus.CANDIDATE, PassageStatus.ACCEPTED),
                Set.of("en"), Set.of(), true, 60, 0, 8);
        PackManifest s = export(tmp.resolve("strict"), strict);
        for (PackManifest.StageEntry st : s.stages()) {
            assertTrue(st.tokens() <= 60, st.folder() + " holds " + st.tokens() + " tokens");
            for (JsonObject o : lines(tmp.resolve("strict").resolve(st.folder()).resolve("pretrain.jsonl"))) {
                assertTrue(o.get("density").getAsDouble() >= 0.45, o.toString());
                assertFalse(o.get("source").getAsString().contains("lactate"), "German passages are left out");
            }
            assertTrue(st.excluded().get("language") > 0 && st.excluded().get("density") > 0, st.excluded().toString());
        }
        PackManifest.StageEntry budgeted = s.stages().stream().filter(st -> st.excluded().get("budget") > 0).findFirst().orElseThrow();
        List<JsonObject> kept = lines(tmp.resolve("strict").resolve(budgeted.folder()).resolve("pretrain.jsonl"));
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            String[] densest = {null};
            float[] best = {-1};
            c.store().forEachAttributes(p -> {
                if (p.layer().equals(budgeted.layer()) && p.status() == PassageStatus.CANDIDATE && "en".equals(p.language())
                        && p.density() >= 0.45 && p.density() > best[0]) {
                    best[0] = p.density();
                    densest[0] = p.id();
                }
            });
            assertTrue(kept.stream().anyMatch(o -> o.get("id").getAsString().equals(densest[0])), "the densest passage is kept first");
        }
    }

    @Test
    void theSplitIsBySourceAndEvaluationTextNeverTrains() throws Exception {
        PackRequest.Selection half = new PackRequest.Selection("prior", 0, Map.of(), Set.of(PassageStatus.CANDIDATE, PassageStatus.ACCEPTED),
                Set.of(), Set.of(), true, 0, 40, 8);
        Path pack = tmp.resolve("split");
        PackManifest m = export(pack, half);
        Set<String> train = new HashSet<>(), validation = new HashSet<>();
        for (PackManifest.StageEntry s : m.stages()) {
            for (JsonObject o : lines(pack.resolve(s.folder()).resolve("pretrain.jsonl"))) train.add(o.get("source").getAsString());
            for (JsonObject o : lines(pack.resolve(s.folder()).resolve("validation.jsonl"))) validation.add(o.get("source").getAsString());
        }
        assertFalse(validation.isEmpty(), "40% of 8 sources hold some out");
        assertFalse(train.isEmpty());
        Set<String> both = new HashSet<>(train);
        both.retainAll(validation);
        assertEquals(Set.of(), both, "no document straddles the split");
        assertEquals(validation, Set.copyOf(m.selection().split().validationSources()));

        // a training passage that quotes a held-out item word for word is left out and counted
        String heldOut = lines(pack.resolve("stage_01_concepts/eval.jsonl")).get(0).get("prompt").getAsString();
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            Passage p = c.store().get("p0701");
            String text = "As the quiz puts it, " + heldOut.toLowerCase() + " Read on.";
            c.store().update(List.of(new Passage("quote", p.source(), 99, 0, text.length(), text, tok.count(text), "en", 0.9f,
                    p.components(), p.layer(), PassageStatus.CANDIDATE, 0, List.of(), null, null)));
            c.store().commit();
        }
        PackManifest again = export(tmp.resolve("decon"), PackRequest.Selection.defaults("prior"));
        long left = again.stages().stream().mapToLong(s -> s.excluded().get("decontaminated")).sum();
        assertEquals(1, left, "the quoting passage");
        assertEquals(1, again.selection().decontamination().leftOut());
        try (Stream<Path> files = Files.walk(tmp.resolve("decon"))) {
            for (Path f : files.filter(f -> f.toString().endsWith("pretrain.jsonl")).toList()) {
                assertFalse(Files.readString(f).contains("As the quiz puts it"), f.toString());
            }
        }
    }

    @Test
    void theSameCorpusGivesTheSameBytesAndVerifyFindsEveryChange() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        export(a, null);
        export(b, null);
        try (Stream<Path> files = Files.walk(a)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), a.relativize(f).toString());
            }
        }
        // tampering: an edited record, a removed file, a file the manifest does not know
        Path pre = a.resolve("stage_02_logic/pretrain.jsonl");
        List<String> rows = new ArrayList<>(Files.readAllLines(pre));
        rows.set(0, rows.get(0).replace("\"text\"", "\"txt\""));
        Files.write(pre, rows);
        Files.delete(a.resolve("stage_03_strategies/attributes.jsonl"));
        Files.writeString(a.resolve("stage_01_concepts/notes.txt"), "mine");
        List<String> diffs = PackVerifier.verify(a, tok::count);
        assertTrue(diffs.stream().anyMatch(d -> d.startsWith("stage_02_logic/pretrain.jsonl line 1: fields")), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.startsWith("stage_02_logic/pretrain.jsonl: sha256")), diffs.toString());
        assertTrue(diffs.contains("stage_03_strategies/attributes.jsonl: missing"), diffs.toString());
        assertTrue(diffs.contains("stage_01_concepts/notes.txt: not in the manifest"), diffs.toString());
        assertEquals(List.of(tmp.resolve("nothing") + " has no manifest.json: not a Strata pack"),
                PackVerifier.verify(Files.createDirectories(tmp.resolve("nothing")), null));
    }

    @Test
    void aFullFolderIsRefusedAndAFailedExportLeavesNoHalfPack() throws Exception {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        PackException e = assertThrows(PackException.class, () -> export(full, null));
        assertTrue(e.getMessage().contains("--replace"), e.getMessage());
        assertEquals("mine", Files.readString(full.resolve("keep.txt")));

        // a layer that does not exist: refused before anything is written
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> PackExport.run(c, List.of("nonsense"), PackExport.defaults(c), tmp.resolve("x"), false, "t"));
            assertTrue(bad.getMessage().contains("no layer 'nonsense'"), bad.getMessage());
        }
        // an export that fails half way (here the tokenizer, on the 3rd text it counts): no pack, no partial folder
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            int[] calls = {0};
            PackRequest r = new PackRequest("c", "t", List.of(new PackRequest.Stage("concepts", "concepts", "")), PackRequest.Selection.defaults("prior"),
                    List.of(), List.of(new PackRequest.ConceptDef("a", "one", List.of()), new PackRequest.ConceptDef("b", "two", List.of())),
                    List.of(), List.of(), Map.of(), null, Components.NAMES, "t", text -> {
                        if (++calls[0] == 3) throw new IllegalStateException("disk gone");
                        return 1;
                    }, PackRequest.Training.DEFAULT, null, false, null);
            assertThrows(IllegalStateException.class, () -> new org.strata.export.PackWriter().write(c.store(), r, tmp.resolve("half"), false));
            assertFalse(Files.exists(tmp.resolve("half")), "no half pack");
        }
        // a pack folder that cannot be made (a file in the way): a clear error, nothing left beside it
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "x");
        assertThrows(java.io.IOException.class, () -> export(blocker.resolve("pack"), null));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no partial folder left");
        }
    }

    @Test
    void onRequestEveryFileIsAlsoParquetWithTheSameRecords() throws Exception {
        Path pack = tmp.resolve("parquet");
        PackManifest m;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            m = PackExport.run(c, null, PackExport.defaults(c), PackRequest.Training.DEFAULT, true, pack, false, "strata test");
        }
        assertEquals(List.of(), PackVerifier.verify(pack, tok::count));
        int checked = 0;
        Set<String> schemasChecked = new HashSet<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement q = db.createStatement()) {
            for (PackManifest.StageEntry s : m.stages()) {
                for (PackManifest.FileEntry f : s.files()) {
                    if (!f.path().endsWith(".parquet")) continue;
                    List<JsonObject> rows = lines(pack.resolve(f.path().replace(".parquet", ".jsonl")));
                    assertEquals(rows.size(), f.records(), f.path());
                    java.sql.ResultSet r = q.executeQuery("SELECT count(*) FROM read_parquet('" + pack.resolve(f.path()) + "')");
                    r.next();
                    assertEquals(rows.size(), r.getLong(1), f.path());
                    if (rows.isEmpty()) continue;
                    // the first record, field by field, as DuckDB reads it back
                    String extra = switch (f.schema()) {
                        case "sft" -> ", messages[2].content AS answer_content";
                        case "attributes" -> ", components.knowledge AS knowledge";
                        default -> "";
                    };
                    java.sql.ResultSet first = q.executeQuery("SELECT *" + extra + " FROM read_parquet('" + pack.resolve(f.path()) + "') LIMIT 1");
                    first.next();
                    JsonObject o = rows.get(0);
                    switch (f.schema()) {
                        case "pretrain" -> {
                            assertEquals(o.get("text").getAsString(), first.getString("text"));
                            assertEquals(o.get("density").getAsFloat(), first.getFloat("density"), 0f);
                        }
                        case "sft" -> assertEquals(o.getAsJsonArray("messages").get(1).getAsJsonObject().get("content").getAsString(),
                                first.getString("answer_content"));
                        case "dpo" -> assertEquals(o.get("rejected").getAsString(), first.getString("rejected"));
                        case "eval" -> assertEquals(o.get("answer").getAsString(), first.getString("answer"));
                        case "attributes" -> {
                            assertEquals(o.get("tokens").getAsLong(), first.getLong("tokens"));
                            assertEquals(o.getAsJsonObject("components").get("knowledge").getAsFloat(), first.getFloat("knowledge"), 0f);
                        }
                        default -> throw new AssertionError(f.schema());
                    }
                    checked++;
                    schemasChecked.add(f.schema());
                }
            }
        }
        Set<String> copied = new HashSet<>(Schemas.names());
        copied.remove("dpo_openai"); // for OpenAI's API, which takes JSON Lines only
        copied.remove("memory"); // on request only: PackMemoryTest reads its Parquet in DuckDB
        assertEquals(copied, schemasChecked, checked + " Parquet files compared, of every schema");
    }
}
