package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackWriter;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;
import org.strata.score.Encoder;
import org.strata.store.Passage;

/**
 * Verification items drafted from a real corpus (passages encoded by the shipped encoder, in a real store): check
 * questions from definitions and the passages that define a concept (English and Russian), a critical-reasoning item
 * from two passages on one concept that point opposite ways, analogy chains from the concept graph; each naming the
 * passages it came from; drafts in no pack until the expert accepts them; a second run drafts nothing twice.
 */
class VerificationDraftsTest {
    @TempDir Path tmp;

    private static final String[][] TEXTS = {
            {"Tendon stiffness is the ratio of the force on a tendon to its elongation, measured in newtons per millimetre.", "tendon stiffness", "en"},
            {"Plyometric training increases tendon stiffness and improves sprint acceleration in trained athletes.", "tendon stiffness", "en"},
            {"Plyometric training reduces tendon stiffness and impairs sprint acceleration in trained athletes.", "tendon stiffness", "en"},
            {"A sprinter's coach films every session so that the athletes can compare their starts week by week.", "tendon stiffness", "en"},
            {"Лактатный порог — это интенсивность, выше которой лактат в крови начинает быстро накапливаться.", "лактатный порог", "ru"},
            {"Темповые тренировки на уровне порога повышают лактатный порог у бегунов на средние дистанции.", "лактатный порог", "ru"},
    };

    @Test
    void draftsComeFromTheCorpusNameTheirPassagesAndWaitForTheExpert() throws Exception {
        Path dir = tmp.resolve("corpus");
        try (CorpusFolder c = CorpusFolder.create(dir, "drafts"); Encoder encoder = DefaultEncoder.open()) {
            List<Passage> ps = new ArrayList<>();
            float[][] e = encoder.embed(java.util.Arrays.stream(TEXTS).map(t -> t[0]).toList());
            for (int i = 0; i < TEXTS.length; i++) {
                String t = TEXTS[i][0];
                ps.add(Passage.ingested("p" + i, "/docs/d" + i + ".txt", 0, 0, t.length(), t, 20, TEXTS[i][2]).withScore(0.5f + 0.05f * i, null, e[i])
                        .withConcepts(List.of(TEXTS[i][1])));
            }
            c.store().addAll(ps);
            c.store().commit();
            Taxonomy.add(c.corpus(), "tendon stiffness", null);
            Taxonomy.add(c.corpus(), "лактатный порог", null);
            Taxonomy.add(c.corpus(), "sprint", "Running at top speed over a short distance.");
            Taxonomy.add(c.corpus(), "leg stiffness", null);
            Taxonomy.add(c.corpus(), "endurance", null);
            Taxonomy.add(c.corpus(), "threshold pace", null);
            Taxonomy.link(c.corpus(), "leg stiffness", Taxonomy.Relation.BROADER, "sprint");
            Taxonomy.link(c.corpus(), "threshold pace", Taxonomy.Relation.BROADER, "endurance");
            c.save();
        }
        try (CorpusService s = CorpusService.open(dir)) {
            Response<List<VerificationItem>> r = s.draftVerification();
            assertTrue(r.ok(), r.message());
            List<VerificationItem> d = r.value();
            VerificationItem tendon = find(d, "What is tendon stiffness?");
            assertEquals(VerificationKind.CHECK_QUESTION, tendon.getKind());
            assertEquals("concepts", tendon.getLayer().getName());
            assertEquals("Tendon stiffness is the ratio of the force on a tendon to its elongation, measured in newtons per millimetre.",
                    tendon.getExpectedAnswer(), "answered by the sentence that defines it");
            assertEquals(List.of("p0"), tendon.getPassages(), "the passage that defines it, not those that only mention it");
            VerificationItem ru = find(d, "Что такое лактатный порог?");
            assertEquals(List.of("p4"), ru.getPassages());
            assertTrue(ru.getExpectedAnswer().startsWith("Лактатный порог — это интенсивность"), ru.getExpectedAnswer());
            assertEquals("Running at top speed over a short distance.", find(d, "What is sprint?").getExpectedAnswer(), "a definition given wins");

            List<VerificationItem> critical = d.stream().filter(v -> v.getKind() == VerificationKind.CRITICAL_REASONING).toList();
            assertEquals(1, critical.size(), "the two plyometric passages point opposite ways; the coach's passage says no direction");
            assertEquals(java.util.Set.of("p1", "p2"), java.util.Set.copyOf(critical.get(0).getPassages()), "the denser first");
            assertEquals("paradoxes", critical.get(0).getLayer().getName());
            assertTrue(critical.get(0).getPrompt().contains("Where do they disagree"), critical.get(0).getPrompt());

            VerificationItem analogy = find(d, "Complete the analogy: threshold pace is to endurance as leg stiffness is to what?");
            assertEquals(VerificationKind.ANALOGY_CHAIN, analogy.getKind());
            assertTrue(analogy.getExpectedAnswer().startsWith("sprint: leg stiffness is a kind of sprint"), analogy.getExpectedAnswer());
            assertTrue(d.stream().allMatch(VerificationItem::isDraft));

            // drafts train and evaluate nothing until accepted
            PackManifest before = PackExport.run(s.folder(), ExportRequest.defaults(), tmp.resolve("pack1"), false, "t", PackWriter.Watch.NONE);
            assertTrue(!mentions(tmp.resolve("pack1"), before, "What is tendon stiffness?"), "a draft is in no pack");
            int n = s.folder().corpus().getVerificationItems().indexOf(tendon) + 1;
            assertTrue(s.reviewVerification(List.of(n), "edit", null, "The ratio of force to elongation of a tendon.").ok());
            assertTrue(s.reviewVerification(List.of(n), "accept", null, null).ok());
            assertTrue(!tendon.isDraft());
            assertEquals("The ratio of force to elongation of a tendon.", tendon.getExpectedAnswer());
            PackManifest after = PackExport.run(s.folder(), ExportRequest.defaults(), tmp.resolve("pack2"), false, "t", PackWriter.Watch.NONE);
            assertTrue(mentions(tmp.resolve("pack2"), after, "The ratio of force to elongation of a tendon."), "the accepted item, as edited, is in the pack");

            // nothing is drafted twice; a number outside the list is refused
            assertEquals(0, s.draftVerification().value().size());
            Response<Integer> bad = s.reviewVerification(List.of(999), "drop", null, null);
            assertTrue(!bad.ok() && bad.message().startsWith("no verification item 999"), bad.message());
        }
    }

    private static boolean mentions(Path pack, PackManifest m, String text) throws Exception {
        for (PackManifest.StageEntry st : m.stages()) {
            for (String f : List.of("sft.jsonl", "eval.jsonl")) if (Files.readString(pack.resolve(st.folder()).resolve(f)).contains(text)) return true;
        }
        return false;
    }

    private static VerificationItem find(List<VerificationItem> d, String prompt) {
        return d.stream().filter(v -> v.getPrompt().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft '" + prompt + "' in " + d.stream().map(VerificationItem::getPrompt).toList()));
    }
}
