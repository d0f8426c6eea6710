package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.store.Passage;

/**
 * A Russian corpus scored end to end: each passage measured in its detected language, a passage said twice or with
 * its words shuffled below the original, explain naming the language's resources and the defects; and a corpus
 * scored by an earlier Strata (17 components) explained as such and measured again in full by the next score.
 */
class LanguageScoringTest {
    static final String RU = "Сухожилие передаёт усилие мышцы на кость и запасает упругую энергию при приземлении. Чем жёстче "
            + "сухожилие, тем быстрее эта энергия возвращается в следующем шаге, поэтому спринтеры тренируют жёсткость ног "
            + "прыжковыми упражнениями. Однако слишком резкое повышение нагрузки вызывает воспаление, и восстановление "
            + "занимает несколько недель.";

    @Test
    void russianPassagesAreMeasuredInRussianAndOlderScoresAreMeasuredAgain(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("original.txt"), RU + "\n");
        String[] s = RU.split("(?<=\\.) ");
        StringBuilder twice = new StringBuilder();
        for (String x : s) twice.append(x).append(' ').append(x).append(' ');
        Files.writeString(docs.resolve("doubled.txt"), twice.toString().strip() + "\n");
        List<String> words = new ArrayList<>(Arrays.asList(RU.split(" ")));
        java.util.Collections.shuffle(words, new java.util.Random(4));
        Files.writeString(docs.resolve("shuffled.txt"), String.join(" ", words) + "\n");
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("c"), "c"); Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 1024);
                Encoder encoder = DefaultEncoder.open()) {
            // a budget that keeps each file one passage (MiniLM counts a Russian word as three or four tokens)
            ingestion.run(c, List.of(docs), f -> { });
            assertEquals(3, c.store().count());
            new Scoring(encoder).run(c, false, Progress.NONE);
            Map<String, Passage> bySource = new HashMap<>();
            c.store().forEach(false, p -> bySource.merge(p.source().replaceAll(".*/", ""), p, (a, b) -> a.density() >= b.density() ? a : b));
            Passage original = bySource.get("original.txt"), doubled = bySource.get("doubled.txt"), shuffled = bySource.get("shuffled.txt");
            assertEquals("ru", original.language());
            assertEquals(Components.COUNT, original.components().length);
            assertTrue(doubled.density() < 0.7f * original.density(), doubled.density() + " vs " + original.density());
            assertTrue(shuffled.density() < 0.5f * original.density(), shuffled.density() + " vs " + original.density());
            assertTrue(doubled.components()[Components.SELF_REPETITION] > 0.3f);
            String why = String.join("\n", Explanation.of(c, encoder, shuffled.id()));
            assertTrue(why.contains("language ru: ") && why.contains("Snowball stemmer") && why.contains("word-order model"), why);
            assertTrue(why.contains("times 0.") && why.contains("for word order"), why);
            // the same explanation in Russian, for a Russian user (the workbench's Passage in Context, strata explain)
            List<String> inRussian = Explanation.of(c, encoder, shuffled.id(), java.util.Locale.forLanguageTag("ru-RU"));
            String ru = String.join("\n", inRussian);
            assertTrue(ru.contains("язык ru: ") && ru.contains("стеммер Snowball") && ru.contains("модель порядка слов"), ru);
            assertTrue(ru.contains("за порядок слов") && ru.contains("сигналы информации, от слабейшего:") && ru.contains("  порядок слов "), ru);
            String ours = String.join("\n", inRussian.stream().filter(l -> !l.contains("прототип") && !l.startsWith("  \"")).toList());
            assertFalse(ours.matches("(?s).*\\b(density|weakest|signals|times|weight|nearest|language|function|words)\\b.*"),
                    "no English left but the prior's prototypes and the passage itself: " + ours);

            // a score of 17 components, as an earlier Strata stored it
            List<Passage> older = new ArrayList<>();
            c.store().forEach(false, p -> older.add(p.attributesOnly().withScore(0.5f, Arrays.copyOf(p.components(), Components.COUNT_V1), null)));
            c.store().updateAttributes(older);
            c.store().commit();
            String old = String.join("\n", Explanation.of(c, encoder, original.id()));
            assertTrue(old.contains("scored by an earlier Strata"), old);
            Scoring.Result r = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals(0, r.encoded(), "nothing is encoded again");
            c.store().forEach(false, p -> assertEquals(Components.COUNT, p.components().length, p.source()));
            assertEquals(original.density(), c.store().get(original.id()).density(), 1e-5);
        }
    }

    @Test
    void everyWordOfTheExplanationHasItsRussian() throws Exception {
        java.util.Properties en = new java.util.Properties(), ru = new java.util.Properties();
        byte[] bytes;
        try (var in = Explanation.class.getResourceAsStream("explanation_ru.properties")) {
            bytes = in.readAllBytes();
        }
        for (byte b : bytes) assertTrue(b >= 0, "explanation_ru.properties is ASCII: every other letter written \\uXXXX");
        ru.load(new java.io.ByteArrayInputStream(bytes));
        try (var in = Explanation.class.getResourceAsStream("explanation.properties")) {
            en.load(in);
        }
        for (String k : en.stringPropertyNames()) {
            assertTrue(ru.containsKey(k), "no Russian for " + k);
            assertFalse(ru.getProperty(k).equals(en.getProperty(k)), "still English: " + k);
        }
        for (String name : Components.NAMES) {
            assertTrue(ru.containsKey("name." + name) && ru.containsKey("meaning." + name), "no Russian name and meaning of the signal " + name);
        }
    }
}
