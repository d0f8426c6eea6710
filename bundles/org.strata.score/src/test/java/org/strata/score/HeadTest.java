package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;

/** The knowledge head: ONNX export run by ONNX Runtime, and training from choices on real embeddings. */
class HeadTest {
    static Encoder encoder;
    static Head prior;
    static RankingSet set;
    static float[][] emb;

    @BeforeAll
    static void load() throws Exception {
        WordPieceTokenizer tok;
        try (InputStream in = MiniLm.openTokenizer()) {
            tok = WordPieceTokenizer.read(in, "minilm");
        }
        try (InputStream in = MiniLm.openModel()) {
            encoder = new Encoder(in.readAllBytes(), tok, MiniLm.NAME);
        }
        prior = Prior.build(encoder, List.of());
        set = RankingSet.load(60, 0);
        emb = encoder.embed(set.texts());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theOnnxHeadGivesWhatTheJavaHeadGives() throws Exception {
        float[] w = new float[encoder.dimension()];
        for (int i = 0; i < w.length; i++) w[i] = (float) Math.sin(i) * 0.3f;
        Head h = prior.withCorrection(w, -0.4f);
        try (HeadModel m = new HeadModel(HeadOnnx.write(h, Map.of("strata.head.version", "1")), "head-1.onnx", null, null)) {
            assertEquals(encoder.dimension(), m.dimension());
            float[] got = m.apply(emb);
            for (int i = 0; i < emb.length; i++) assertEquals(h.knowledge(emb[i]), got[i], 1e-5);
            EncoderException e = assertThrows(EncoderException.class, () -> m.apply(new float[][] {{1f, 0f}}));
            assertTrue(e.getMessage().contains("takes embeddings of 384 dimensions"), e.getMessage());
        }
        assertThrows(EncoderException.class, () -> new HeadModel(new byte[] {9, 9, 9}, "junk.onnx", null, null));
    }

    @Test
    void aHeadThatReadsTextRunsTheSameInOnnx() throws Exception {
        // choices on the words alone (the expert prefers passages that say "element" over those that do not)
        List<HeadTrainer.Judged> judged = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(2);
        TextFeatures.Sparse[] f = new TextFeatures.Sparse[emb.length];
        for (int i = 0; i < f.length; i++) f[i] = TextFeatures.of(set.texts().get(i));
        while (judged.size() < 60) {
            int a = r.nextInt(emb.length), b = r.nextInt(emb.length);
            boolean ea = set.texts().get(a).contains("element"), eb = set.texts().get(b).contains("element");
            if (ea == eb) continue;
            judged.add(HeadTrainer.Judged.choice(List.of(emb[a], emb[b]), List.of(f[a], f[b]), ea ? 0 : 1));
        }
        Head h = HeadTrainer.train(prior, judged).head();
        assertTrue(h.textWeights() != null, "judgments with texts train text weights");
        try (HeadModel m = new HeadModel(HeadOnnx.write(h, Map.of()), "head-2.onnx", "embedding", "knowledge")) {
            assertTrue(m.readsText());
            float[] got = m.apply(set.texts(), emb);
            for (int i = 0; i < emb.length; i++) assertEquals(h.knowledge(emb[i], f[i]), got[i], 1e-4);
            assertThrows(EncoderException.class, () -> m.apply(emb), "a head that reads texts needs them");
        }
    }

    /**
     * An expert who prefers passages on sport, medicine, science and economics to passages on software (both
     * expository, so the prior cannot tell them apart) teaches the head that taste: cross-validated accuracy far
     * above the prior's, and unseen passages of the preferred kind rise above unseen software passages.
     */
    @Test
    void choicesTeachTheHeadWhatThePriorCannotKnow() {
        List<Integer> software = new ArrayList<>(), body = new ArrayList<>();
        for (int i = 0; i < set.texts().size(); i++) {
            if (!set.classes().get(i).equals(RankingSet.POSITIVE)) continue;
            // the shipped expository passages come first (5 and 10 are about algorithms); Javadoc follows
            (i < 12 && i != 5 && i != 10 ? body : software).add(i);
        }
        // train on the first 7 of the preferred passages and 40 software ones; hold the rest out
        List<HeadTrainer.Judged> judged = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            int b = body.get(k % 7), s = software.get(k % 40);
            judged.add(k % 2 == 0 ? HeadTrainer.Judged.choice(List.of(emb[b], emb[s]), 0) : HeadTrainer.Judged.choice(List.of(emb[s], emb[b]), 1));
        }
        HeadTrainer.Result r = HeadTrainer.train(prior, judged);
        System.out.println(String.format(Locale.ROOT, "head from %d choices: cross-validated accuracy %.3f, prior %.3f, %d ms",
                r.judgments(), r.accuracy(), r.priorAccuracy(), r.millis()));
        assertTrue(r.accuracy() >= 0.95, "cv accuracy " + r.accuracy());
        assertTrue(r.accuracy() > r.priorAccuracy() + 0.2, "prior " + r.priorAccuracy());
        int right = 0, pairs = 0;
        for (int b : body.subList(7, body.size())) {
            for (int s : software.subList(40, software.size())) {
                pairs++;
                if (r.head().knowledge(emb[b]) > r.head().knowledge(emb[s])) right++;
            }
        }
        System.out.println("held-out pairs ranked as the expert would: " + right + " of " + pairs + ", lambda " + r.lambda());
        assertTrue(right >= 0.9 * pairs, right + " of " + pairs + " held-out pairs");
    }

    @Test
    void verdictsAndNoneChosenTrainToo() {
        List<HeadTrainer.Judged> judged = new ArrayList<>();
        for (int i = 0; i < set.texts().size(); i++) {
            String c = set.classes().get(i);
            if (c.equals("shuffled")) continue;
            if (c.equals("chatter")) judged.add(HeadTrainer.Judged.choice(List.of(emb[i]), -1));
            else judged.add(HeadTrainer.Judged.verdict(emb[i], c.equals(RankingSet.POSITIVE)));
        }
        HeadTrainer.Result r = HeadTrainer.train(prior, judged);
        assertTrue(r.accuracy() >= 0.9, "cv accuracy " + r.accuracy());
        assertEquals(judged.size(), r.judgments());
    }

    @Test
    void judgmentsSharingAPassageAreHeldOutTogether() {
        List<HeadTrainer.Judged> judged = new ArrayList<>();
        for (int g = 0; g < 10; g++) { // ten groups of three judgments, linked by one passage each
            float[] shared = emb[g];
            for (int k = 0; k < 3; k++) judged.add(HeadTrainer.Judged.choice(List.of(shared, emb[20 + 3 * g + k]), 0));
        }
        int[] fold = HeadTrainer.folds(judged, 5);
        for (int g = 0; g < 10; g++) {
            assertEquals(fold[3 * g], fold[3 * g + 1]);
            assertEquals(fold[3 * g], fold[3 * g + 2]);
        }
        assertEquals(5, java.util.Arrays.stream(fold).distinct().count(), "every fold gets groups");
        // one passage in every judgment: a single group, so judgments are dealt out in turn
        List<HeadTrainer.Judged> star = new ArrayList<>();
        for (int k = 0; k < 10; k++) star.add(HeadTrainer.Judged.choice(List.of(emb[0], emb[1 + k]), 0));
        assertEquals(5, java.util.Arrays.stream(HeadTrainer.folds(star, 5)).distinct().count());
    }
}
