package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackVerifier;
import org.strata.score.Components;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;
import org.yaml.snakeyaml.Yaml;

/**
 * What the expert teaches becomes training data: his explained choices and verdicts as critique examples in the
 * stage's instructions (in the passages' language, English and Russian), his rationale beside every preference pair
 * and the pairs in OpenAI's format; and a stage's repetition (reads as epochs in every trainer config, a token target
 * as further rounds of its densest passages) in the manifest, the card and the configs.
 */
class PackReasonsTest {
    @TempDir Path tmp;

    private static List<JsonObject> lines(Path f) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(JsonParser.parseString(l).getAsJsonObject());
        return out;
    }

    private static List<String[]> turns(List<JsonObject> sft) {
        List<String[]> out = new ArrayList<>();
        for (JsonObject o : sft) {
            JsonArray m = o.getAsJsonArray("messages");
            out.add(new String[] {m.get(0).getAsJsonObject().get("content").getAsString(), m.get(1).getAsJsonObject().get("content").getAsString()});
        }
        return out;
    }

    private static PackManifest.StageEntry stage(PackManifest m, String layer) {
        return m.stages().stream().filter(s -> s.layer().equals(layer)).findFirst().orElseThrow();
    }

    @Test
    void explainedChoicesAndVerdictsTeachInTheirStageInTheirLanguage() throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), tok);
        String ru1 = "Жёсткость сухожилия определяет, сколько упругой энергии спортсмен возвращает при отталкивании.";
        String ru2 = "Мы продаём кроссовки со скидкой, заходите в магазин.";
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            c.store().addAll(List.of(
                    Passage.ingested("r1", "/docs/ru.txt", 0, 0, ru1.length(), ru1, tok.count(ru1), "ru").withScore(0.8f, new float[Components.COUNT], null).withLayer("logic"),
                    Passage.ingested("r2", "/docs/ru.txt", 1, 0, ru2.length(), ru2, tok.count(ru2), "ru").withScore(0.1f, new float[Components.COUNT], null).withLayer("logic")));
            c.store().commit();
            Judgments.choice(c, List.of("r2", "r1"), "r1", "второй объясняет механизм, первый — реклама", "coach");
            // none good enough, explained: a critique whose answer is "none", in the layer most candidates are in
            Judgments.choice(c, List.of("p0100", "p0703"), null, "both only repeat the measurement number", "coach");
            Judgments.verdict(c, "p0001", true, "it names what sets the returned energy", "coach");
            Judgments.verdict(c, "p0702", false, "a shop page", "coach");
            Judgments.verdict(c, "p0601", false, null, "coach"); // no reason: nothing to teach from
            c.save();
        }
        Path pack = tmp.resolve("pack");
        PackManifest m;
        String layer0100, layer0001, layer0702;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            m = PackExport.run(c, null, PackExport.defaults(c), pack, false, "strata test");
            layer0100 = c.store().get("p0100").layer();
            layer0001 = c.store().get("p0001").layer();
            layer0702 = c.store().get("p0702").layer();
        }
        assertEquals(List.of(), PackVerifier.verify(pack, tok::count), "the pack verifies, its new files and fields included");

        // the fixture's best of 3 (p0402 over p0100 and p0602, "names the mechanism") is a critique in p0402's stage
        List<String[]> strategies = turns(lines(pack.resolve(stage(m, "strategies").folder()).resolve("sft.jsonl")));
        String[] critique = strategies.stream().filter(t -> t[0].startsWith("Task: ")).findFirst().orElseThrow();
        assertTrue(critique[0].startsWith("Task: Write a dense, accurate passage about tendon.\nWhich of the passages below does this best, and why?"), critique[0]);
        assertTrue(critique[0].contains("\n\nPassage 1:\nPassage 0 of tendon.html") && critique[0].contains("\n\nPassage 2:\nPassage 2 of plyo.txt")
                && critique[0].contains("\n\nPassage 3:\nPassage 2 of forum.html"), "the candidates in the order he saw them: " + critique[0]);
        assertEquals("Passage 2 is the best. names the mechanism", critique[1]);

        // the Russian choice: worded in Russian, in the stage of the passage chosen
        List<String[]> logic = turns(lines(pack.resolve(stage(m, "logic").folder()).resolve("sft.jsonl")));
        String[] ru = logic.stream().filter(t -> t[0].startsWith("Задача: ")).findFirst().orElseThrow();
        assertTrue(ru[0].contains("Какой из фрагментов ниже справляется с ней лучше всего и почему?"), ru[0]);
        assertTrue(ru[0].contains("Фрагмент 1:\n" + ru2) && ru[0].contains("Фрагмент 2:\n" + ru1), ru[0]);
        assertEquals("Лучший — фрагмент 2. второй объясняет механизм, первый — реклама", ru[1]);

        // the choice with none chosen, and the explained verdicts, each in their passage's stage; the unexplained one nowhere
        List<String[]> all = new ArrayList<>();
        for (PackManifest.StageEntry s : m.stages()) all.addAll(turns(lines(pack.resolve(s.folder()).resolve("sft.jsonl"))));
        List<String[]> none = turns(lines(pack.resolve(stage(m, layer0100).folder()).resolve("sft.jsonl")));
        assertTrue(none.stream().anyMatch(t -> t[1].equals("None of them is good enough. both only repeat the measurement number")), "none chosen");
        List<String[]> accepted = turns(lines(pack.resolve(stage(m, layer0001).folder()).resolve("sft.jsonl")));
        assertTrue(accepted.stream().anyMatch(t -> t[0].startsWith("Is the passage below worth learning from? Say why.\n\nPassage 1 of sprint.pdf")
                && t[1].equals("Yes. it names what sets the returned energy")), "the accept verdict");
        List<String[]> rejected = turns(lines(pack.resolve(stage(m, layer0702).folder()).resolve("sft.jsonl")));
        assertTrue(rejected.stream().anyMatch(t -> t[1].equals("No. a shop page")), "the reject verdict");
        assertEquals(0, all.stream().filter(t -> t[0].contains("Passage 1 of forum.html")).count(), "a verdict with no reason teaches nothing");

        // the rationale beside each pair; the same pairs in OpenAI's preference format
        List<JsonObject> dpo = new ArrayList<>(), openai = new ArrayList<>();
        for (PackManifest.StageEntry s : m.stages()) {
            dpo.addAll(lines(pack.resolve(s.folder()).resolve("dpo.jsonl")));
            openai.addAll(lines(pack.resolve(s.folder()).resolve("dpo_openai.jsonl")));
        }
        assertEquals(3, dpo.size(), "two pairs from the best of 3, one from the Russian choice");
        assertEquals("names the mechanism", dpo.get(1).get("rationale").getAsString());
        assertEquals("второй объясняет механизм, первый — реклама", dpo.stream().filter(o -> o.get("chosen").getAsString().equals(ru1))
                .findFirst().orElseThrow().get("rationale").getAsString());
        assertEquals(dpo.size(), openai.size());
        JsonObject o = openai.stream().filter(x -> x.toString().contains("реклама") || x.getAsJsonArray("preferred_output").get(0).getAsJsonObject()
                .get("content").getAsString().equals(ru1)).findFirst().orElseThrow();
        assertEquals("user", o.getAsJsonObject("input").getAsJsonArray("messages").get(0).getAsJsonObject().get("role").getAsString());
        assertEquals(ru2, o.getAsJsonArray("non_preferred_output").get(0).getAsJsonObject().get("content").getAsString());
        assertTrue(Files.readString(pack.resolve("README.md")).contains("## The expert's reasons"));
    }

    @Test
    void aStageIsReadAsOftenAsItsLayerSaysInTheManifestTheCardAndEveryConfig() throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), tok);
        long conceptTokens;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            c.corpus().getLayers().get(1).setReads(3); // logic: three epochs
            PackManifest once = PackExport.run(c, List.of("concepts"), PackExport.defaults(c), tmp.resolve("once"), false, "t");
            conceptTokens = once.stages().get(0).files().get(0).tokens();
            c.corpus().getLayers().get(0).setReadTokens(conceptTokens * 5 / 2); // concepts: two and a half times its tokens
            c.save();
        }
        Path pack = tmp.resolve("pack");
        PackManifest m;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            m = PackExport.run(c, null, PackExport.defaults(c), pack, false, "strata test");
        }
        assertEquals(List.of(), PackVerifier.verify(pack, tok::count));
        PackManifest.StageEntry concepts = stage(m, "concepts"), logic = stage(m, "logic");
        assertEquals(new PackManifest.Reading(3, 0, 3 * logic.files().get(0).tokens()), logic.reading());
        assertEquals(1, concepts.reading().epochs());
        assertEquals(conceptTokens * 5 / 2, concepts.reading().targetTokens());
        long written = concepts.files().get(0).tokens();
        assertTrue(written >= conceptTokens * 5 / 2 && written < conceptTokens * 5 / 2 + 100, "the target met, with less than one passage over: " + written);

        // the rounds after the first: the densest passages first, every passage read at least once, the densest three times
        List<JsonObject> pretrain = lines(pack.resolve(concepts.folder()).resolve("pretrain.jsonl"));
        Map<String, Long> reads = new java.util.TreeMap<>();
        Map<String, Double> density = new java.util.HashMap<>();
        for (JsonObject p : pretrain) {
            reads.merge(p.get("id").getAsString(), 1L, Long::sum);
            density.put(p.get("id").getAsString(), p.get("density").getAsDouble());
        }
        assertEquals(concepts.passages() - concepts.validationPassages(), reads.size());
        String densest = density.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String thinnest = density.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(3L, reads.get(densest), reads.toString());
        assertEquals(2L, reads.get(thinnest), "2.5 reads on average: every passage twice, the densest half three times " + reads);
        for (String a : reads.keySet()) {
            for (String b : reads.keySet()) {
                if (density.get(a) > density.get(b)) assertTrue(reads.get(a) >= reads.get(b), a + " is denser than " + b + " yet read less");
            }
        }

        // every trainer config reads logic three times (its preferences once), concepts once
        Yaml yaml = new Yaml();
        Map<String, Object> lf = yaml.load(Files.readString(pack.resolve("trainers/llamafactory/" + logic.folder() + "_pt.yaml")));
        assertEquals(3.0, ((Number) lf.get("num_train_epochs")).doubleValue());
        Map<String, Object> lfc = yaml.load(Files.readString(pack.resolve("trainers/llamafactory/" + concepts.folder() + "_pt.yaml")));
        assertEquals(1.0, ((Number) lfc.get("num_train_epochs")).doubleValue());
        Map<String, Object> ax = yaml.load(Files.readString(pack.resolve("trainers/axolotl/" + logic.folder() + ".yaml")));
        assertEquals(3, ax.get("num_epochs"));
        Map<String, Object> trl = yaml.load(Files.readString(pack.resolve("trainers/trl/" + logic.folder() + "_pt.yaml")));
        assertEquals(3, trl.get("num_train_epochs"));
        String card = Files.readString(pack.resolve("README.md"));
        assertTrue(card.contains("| " + logic.folder() + " | logic |") && card.contains("| ×3 |"), card);
        assertTrue(card.contains(String.format(java.util.Locale.ROOT, "to %,d tokens", conceptTokens * 5 / 2)), card);
        // the manifest says it too, as JSON
        JsonObject manifest = JsonParser.parseString(Files.readString(pack.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(3, manifest.getAsJsonArray("stages").get(1).getAsJsonObject().getAsJsonObject("reading").get("epochs").getAsInt());
    }
}
