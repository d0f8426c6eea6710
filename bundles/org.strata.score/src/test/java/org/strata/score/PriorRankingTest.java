package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;

/**
 * Before any judgment, the density score must rank expository and technical prose above fiction, spam, chatter,
 * boilerplate, licence text and word salad: real text (see {@link RankingSet}), the real MiniLM model, the
 * shipped prior. The AUCs are printed so the figures in docs/benchmarks.md can be checked.
 */
class PriorRankingTest {
    static RankingSet set;
    static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        set = RankingSet.load(40, 15);
        try (InputStream in = MiniLm.openTokenizer()) {
            tokenizer = WordPieceTokenizer.read(in, "minilm");
        }
    }

    static Encoder encoder(boolean int8) throws Exception {
        try (InputStream in = MiniLm.openModel(int8)) {
            return new Encoder(in.readAllBytes(), tokenizer, MiniLm.NAME, EncoderSettings.cpu().withInt8(int8));
        }
    }

    /** The density of every passage of the set, as Scoring computes it (no corpus: no redundancy, no domain). */
    static float[][] score(Encoder encoder) throws Exception {
        Head prior = Prior.build(encoder, List.of());
        float[][] emb = encoder.embed(set.texts());
        Intrinsic intrinsic = new Intrinsic(List.of());
        float[] density = new float[emb.length], knowledge = new float[emb.length], information = new float[emb.length];
        for (int i = 0; i < emb.length; i++) {
            String t = set.texts().get(i);
            float[] c = intrinsic.measure(t, tokenizer.count(t), 0f);
            c[Components.KNOWLEDGE] = prior.knowledge(emb[i]);
            c[Components.REDUNDANCY] = 0f;
            density[i] = Density.combine(Density.Weights.DEFAULT, c);
            knowledge[i] = c[Components.KNOWLEDGE];
            information[i] = c[Components.INFORMATION];
        }
        return new float[][] {density, knowledge, information};
    }

    @Test
    void expositoryProseRanksAboveEveryOtherKind() throws Exception {
        float[][] s;
        try (Encoder e = encoder(false)) {
            s = score(e);
        }
        List<String> lines = new ArrayList<>();
        for (String neg : List.of("fiction", "spam", "chatter", "boilerplate", "licence", "shuffled")) {
            lines.add(String.format(Locale.ROOT, "  vs %-12s density AUC %.3f (knowledge %.3f, information %.3f)", neg,
                    set.auc(s[0], List.of(neg)), set.auc(s[1], List.of(neg)), set.auc(s[2], List.of(neg))));
        }
        double all = set.auc(s[0], List.of());
        System.out.println(String.format(Locale.ROOT, "prior ranking of %d passages: density AUC %.3f (knowledge %.3f, information %.3f)",
                set.texts().size(), all, set.auc(s[1], List.of()), set.auc(s[2], List.of())));
        lines.forEach(System.out::println);
        assertTrue(all >= 0.95, "overall AUC " + all);
        for (String neg : List.of("fiction", "spam", "chatter", "boilerplate", "licence", "shuffled")) {
            double auc = set.auc(s[0], List.of(neg));
            assertTrue(auc >= 0.85, neg + " AUC " + auc);
        }
    }

    @Test
    void int8RanksWithinOneHundredthOfFp32() throws Exception {
        double fp32, int8;
        try (Encoder e = encoder(false)) {
            fp32 = set.auc(score(e)[0], List.of());
        }
        try (Encoder e = encoder(true)) {
            int8 = set.auc(score(e)[0], List.of());
        }
        System.out.println(String.format(Locale.ROOT, "density AUC fp32 %.4f, int8 %.4f", fp32, int8));
        assertEquals(fp32, int8, 0.01);
    }
}
