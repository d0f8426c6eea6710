package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.ScoringProfile;
import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.store.Passage;

/**
 * A user's text classifier named in the scoring profile joins or replaces the knowledge head when a corpus is
 * scored. {@code sport-over-spam.onnx} is the bag-of-words classifier that the score module's
 * {@code TextClassifierTest.sportOverSpam()} writes (inputs ids and mask, outputs prob and mean).
 */
class ClassifierScoringTest {
    @Test
    void theScoringProfilesClassifierScoresKnowledge(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("c");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("sport.txt"), "The tendon stores elastic energy and returns it as force in the push-off.\n");
        Files.writeString(docs.resolve("spam.txt"), "Buy now! Cheap offer, free shipping, buy now while the offer lasts.\n");
        try (var in = ClassifierScoringTest.class.getResourceAsStream("sport-over-spam.onnx")) {
            Files.write(tmp.resolve("edu.onnx"), in.readAllBytes());
        }
        try (CorpusFolder c = CorpusFolder.create(dir, "c"); Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 256);
                Encoder encoder = DefaultEncoder.open()) {
            ingestion.run(c, List.of(docs), f -> { });
            ScoringProfile p = CorpusFactory.eINSTANCE.createScoringProfile();
            p.setClassifier("../edu.onnx");
            p.setClassifierInputIds("ids");
            p.setClassifierAttentionMask("mask");
            p.setClassifierOutput("prob");
            p.setClassifierMode("replace");
            c.corpus().setScoringProfile(p);
            Scoring.Result r = new Scoring(encoder).run(c, false, Progress.NONE);
            assertEquals("classifier ../edu.onnx", r.knowledge());
            Map<String, Float> know = knowledge(c);
            assertTrue(know.get("sport") > 0.6f && know.get("spam") < 0.3f, know.toString());

            p.setClassifierMode("join"); // the mean of the prior and the classifier
            new Scoring(encoder).run(c, true, Progress.NONE);
            Map<String, Float> joined = knowledge(c);
            var prior = Knowledge.prior(c, encoder);
            c.store().forEach(true, (Passage q) -> {
                String k = q.source().contains("sport") ? "sport" : "spam";
                assertEquals((prior.knowledge(q.embedding()) + know.get(k)) / 2, joined.get(k), 1e-4, k);
            });

            p.setClassifierOutput("logits");
            Exception e = assertThrows(Exception.class, () -> new Scoring(encoder).run(c, true, Progress.NONE));
            assertTrue(e.getMessage().contains("no output named logits; its outputs are"), e.getMessage());
            assertEquals(joined, knowledge(c), "a failed run loses no stored score");
        }
    }

    private static Map<String, Float> knowledge(CorpusFolder c) throws Exception {
        Map<String, Float> out = new HashMap<>();
        c.store().forEach(false, (Passage p) -> out.put(p.source().contains("sport") ? "sport" : "spam", p.components()[Components.KNOWLEDGE]));
        return out;
    }
}
