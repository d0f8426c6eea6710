package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.score.WordOrderModel;
import org.strata.store.Passage;

/**
 * A Ukrainian corpus (real pages of GNOME's help, eval/word-order), a language Strata ships no word-order model for:
 * under 300 passages the capitals cue judges and explain says so; past it, scoring learns a model from the corpus's
 * own passages, measures every passage with it (a shuffled paragraph falls under its original) and then keeps it in
 * the corpus (a cancelled run keeps none), explain names it; a damaged model file is learned again; a corpus that has
 * not changed learns nothing.
 */
class LearnedWordOrderScoringTest {
    /** Pages of the Ukrainian help, each a file of its paragraphs; the paragraph left out of all of them. */
    private static String pages(Path docs, int count) throws Exception {
        Map<String, List<String>> byPage = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../../eval/word-order/uk.tsv"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            byPage.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
        }
        List<List<String>> all = new ArrayList<>(byPage.values());
        String kept = null;
        int last = all.size();
        while (kept == null) for (String p : all.get(--last)) if (kept == null && p.split(" ").length >= 40) kept = p;
        for (int i = 0; i < Math.min(count, last); i++) {
            Files.writeString(docs.resolve("page-" + i + ".txt"), String.join("\n\n", all.get(i)) + "\n");
        }
        return kept;
    }

    @Test
    void aCorpusInALanguageWithoutAModelLearnsOneFromItsPassages(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String original = pages(docs, 12);
        List<String> words = new ArrayList<>(Arrays.asList(original.split(" ")));
        Collections.shuffle(words, new Random(8));
        Files.writeString(docs.resolve("original.txt"), original + "\n");
        Files.writeString(docs.resolve("shuffled.txt"), String.join(" ", words) + "\n");
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("c"), "c"); Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 512);
                Encoder encoder = DefaultEncoder.open()) {
            ingestion.run(c, List.of(docs), f -> { });
            int[] uk = {0};
            c.store().forEachAttributes(p -> uk[0] += "uk".equals(p.language()) ? 1 : 0);
            assertTrue(uk[0] > 10 && uk[0] < WordOrders.MIN_PASSAGES, uk[0] + " Ukrainian passages");
            Scoring.Result few = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals(List.of(), few.learned(), "too few passages to learn from");
            assertTrue(WordOrders.load(c).isEmpty());
            String why = String.join("\n", Explanation.of(c, encoder, passage(c, "shuffled.txt").id()));
            assertTrue(why.contains("word order from capitals and full stops (a model is learned from the corpus's passages once it has 300"), why);

            // more pages: past 300 passages, scoring learns a model and measures every passage with it; a run cancelled
            // before every passage was measured keeps no model, so that the next run learns it and measures them all
            pages(docs, 10_000);
            ingestion.run(c, List.of(docs), f -> { });
            Progress cancelAtOnce = new Progress() {
                public void worked(long done, long total) { }

                public boolean cancelled() {
                    return true;
                }
            };
            new Scoring(encoder).run(c, false, cancelAtOnce);
            assertTrue(WordOrders.load(c).isEmpty(), "a cancelled run keeps no model");
            Scoring.Result r = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals(1, r.learned().size(), r.learned().toString());
            assertTrue(r.learned().get(0).startsWith("word order of 'uk' learned from "), r.learned().get(0));
            assertTrue(r.rescored() > 0, "the passages scored before are measured again with the model");
            WordOrderModel m = WordOrders.load(c).get("uk");
            assertTrue(m.paragraphs() >= WordOrders.MIN_PASSAGES, m.paragraphs() + " passages");
            Passage o = passage(c, "original.txt"), s = passage(c, "shuffled.txt");
            assertTrue(o.components()[Components.WORD_ORDER] > 0.9f && s.components()[Components.WORD_ORDER] < 0.1f,
                    o.components()[Components.WORD_ORDER] + " vs " + s.components()[Components.WORD_ORDER] + " (" + s.language() + ", model says " + m.score(s.text()) + " and " + m.score(o.text()) + "): " + s.text());
            assertTrue(s.density() < 0.5f * o.density(), s.density() + " vs " + o.density());
            why = String.join("\n", Explanation.of(c, encoder, s.id()));
            assertTrue(why.contains("word order from a model learned from " + String.format(java.util.Locale.ROOT, "%,d", m.paragraphs())
                    + " of this corpus's passages in it"), why);

            // a pack's recipe carries the model: a job (and the corpus a recipe seeds) measures word order as the corpus does
            String json = Recipe.json(c, org.strata.export.PackRequest.Selection.defaults("prior"), null, 0, List.of(), List.of());
            RecipeFile recipe = RecipeFile.of("recipe.json", json, null);
            assertEquals(m.paragraphs(), recipe.wordOrders().get("uk").paragraphs());
            assertEquals(s.components()[Components.WORD_ORDER], recipe.intrinsic().measure(s.text(), s.tokens(), 0f, "uk")[Components.WORD_ORDER], 1e-6f);
            try (CorpusFolder seeded = CorpusFolder.create(tmp.resolve("seeded"), "seeded")) {
                recipe.seed(seeded);
                assertEquals(m.paragraphs(), WordOrders.learnedFrom(seeded, "uk"));
            }
            String damaged = json.replaceFirst("\"model\": \"H4sI", "\"model\": \"AAAA");
            IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> RecipeFile.of("recipe.json", damaged, null));
            assertTrue(bad.getMessage().contains("word-order model of 'uk' is damaged"), bad.getMessage());

            // nothing changed: nothing learned, nothing measured again
            Scoring.Result again = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals(List.of(), again.learned());
            assertEquals(0, again.rescored());

            // a damaged model file is learned again by the next scoring, not fatal
            Path file = c.dir().resolve("wordorder/uk.txt.gz");
            Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 100));
            assertTrue(WordOrders.load(c).isEmpty(), "a damaged file is left out");
            assertEquals(null, WordOrders.learnedFrom(c, "uk"));
            Scoring.Result repaired = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals(1, repaired.learned().size());
            assertTrue(repaired.learned().get(0).contains("the model kept before was unreadable"), repaired.learned().get(0));
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(m.paragraphs(), WordOrderModel.read(in).paragraphs());
            }
        }
    }

    private static Passage passage(CorpusFolder c, String file) throws Exception {
        Passage[] found = {null};
        c.store().forEach(false, p -> {
            if (p.source().endsWith("/" + file)) found[0] = p;
        });
        return found[0];
    }
}
