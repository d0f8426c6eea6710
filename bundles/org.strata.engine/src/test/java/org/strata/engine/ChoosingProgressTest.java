package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.score.Encoder;
import org.strata.store.Passage;

/**
 * When to stop choosing, on real text written by others (the density evaluation set's tuning split): an expert who
 * always prefers the expository passage to chatter, spam, boilerplate or fiction. After a few choices the head is
 * not measured yet; after sixty its accuracy over the last three rounds lies within its interval (more choices no
 * longer move it), and the layer never judged is the one the next choices would teach most.
 */
class ChoosingProgressTest {
    @TempDir Path tmp;

    @Test
    void theHeadIsSaidToStopMovingAndTheUnjudgedLayerToNeedChoices() throws Exception {
        List<String> dense = new ArrayList<>(), thin = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../../eval/density/en.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 4 || !f[0].equals("tune")) continue;
            if (f[1].equals("expository") && dense.size() < 60) dense.add(f[3]);
            else if (!f[1].equals("expository") && thin.size() < 60) thin.add(f[3]);
        }
        assertEquals(60, dense.size());
        Path dir = tmp.resolve("corpus");
        List<String> denseIds = new ArrayList<>(), thinIds = new ArrayList<>();
        try (CorpusFolder c = CorpusFolder.create(dir, "choosing"); Encoder encoder = DefaultEncoder.open()) {
            List<String> all = new ArrayList<>(dense);
            all.addAll(thin);
            float[][] e = encoder.embed(all);
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                String id = String.format(Locale.ROOT, "p%03d", i);
                (i < 60 ? denseIds : thinIds).add(id);
                ps.add(Passage.ingested(id, "/docs/d" + (i % 20) + ".txt", i, 0, all.get(i).length(), all.get(i), 40, "en")
                        .withScore(0.5f, null, e[i]).withLayer(i < 60 ? "concepts" : "logic"));
            }
            c.store().addAll(ps);
            c.store().commit();
            for (int i = 0; i < 6; i++) Judgments.choice(c, List.of(thinIds.get(i), denseIds.get(i)), denseIds.get(i), null, "coach");
        }
        try (CorpusService s = CorpusService.open(dir)) {
            var six = s.choosingProgress();
            assertTrue(six.value().rounds().isEmpty(), "6 judgments are too few to measure");
            assertTrue(six.value().needs().stream().allMatch(n -> Double.isNaN(n.accuracy())), "nor any group: " + six.value().needs());
            assertTrue(six.message().startsWith("6 judgments: too few to measure the head (10 at least)"), six.message());
            for (int i = 6; i < 12; i++) Judgments.choice(s.folder(), List.of(thinIds.get(i), denseIds.get(i)), denseIds.get(i), null, "coach");
            var few = s.choosingProgress();
            assertTrue(few.ok(), few.message());
            assertEquals(1, few.value().rounds().size(), "only the round of all 12 judgments is measured");
            assertFalse(few.value().flat());
            for (int i = 12; i < 60; i++) Judgments.choice(s.folder(), List.of(thinIds.get(i), denseIds.get(i)), denseIds.get(i), null, "coach");
            var many = s.choosingProgress();
            assertTrue(many.ok(), many.message());
            ChoosingProgress.Result r = many.value();
            System.out.println("[choosing] " + many.message());
            assertEquals(List.of(36, 48, 60), r.rounds().stream().map(ChoosingProgress.Round::judgments).toList());
            ChoosingProgress.Round last = r.rounds().get(2);
            assertTrue(last.accuracy() > 0.8 && last.low() < last.accuracy() && last.high() >= last.accuracy(), last.toString());
            assertTrue(r.flat(), "an expert this consistent stops moving the head: " + r.rounds());
            assertTrue(many.message().contains(": flat within its interval, more choices no longer move the head"), many.message());
            ChoosingProgress.Need next = r.needs().stream().filter(n -> n.kind().equals("layer")).findFirst().orElseThrow();
            assertEquals("logic", next.name(), "the layer with passages and no judgments: " + r.needs());
            assertEquals(0, next.judgments());
            assertTrue(many.message().contains("the next choices would teach most in layer 'logic' (no judgments yet, 60 passages)"), many.message());
            String ru = Phrases.say(many.message(), Locale.forLanguageTag("ru"));
            assertTrue(ru.startsWith("голова ") && ru.contains("новые выборы голову больше не сдвигают") && ru.contains("в слое «logic»"), ru);
        }
    }

    @Test
    void aSteadyHeadWithAWideIntervalIsNotCalledFlat() {
        ChoosingProgress.Result early = new ChoosingProgress.Result(20, List.of(ChoosingProgress.round(10, 0.8), ChoosingProgress.round(15, 0.8),
                ChoosingProgress.round(20, 0.8)), false, true, List.of());
        assertEquals("head 80% (58-92%) on 20 judgments; 80% at 10, 80% at 15: no change beyond its interval, which is still wide: "
                + "more choices would narrow it", ChoosingProgress.line(early));
        ChoosingProgress.Round late = ChoosingProgress.round(300, 0.8);
        assertTrue((late.high() - late.low()) / 2 <= ChoosingProgress.NARROW, "300 judgments at 80%: a narrow interval " + late);
    }
}
