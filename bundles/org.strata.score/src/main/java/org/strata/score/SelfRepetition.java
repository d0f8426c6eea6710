package org.strata.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a passage repeats the passage itself, in [0,1]: the share of its words that only say again what it
 * already said. A word counts when it lies in a run of five words seen earlier in the passage (sentences, clauses,
 * list items or paragraphs said twice, a phrase looping, a template filled again and again), or in the excess
 * occurrences of one word pair repeated far more than prose repeats any (keyword stuffing). A passage said twice
 * is half repetition, so its density, knowledge per token, halves. Works on words alone: the same in every language.
 * Pure, thread-safe.
 */
public final class SelfRepetition {
    /** Runs of this many words seen before count as said again. */
    static final int RUN = 5;
    /** A word pair this many times is a loop or stuffing, not prose. */
    private static final int PAIR_TIMES = 4;

    private SelfRepetition() {}

    /**
     * The share of a passage that repeats itself: its repeated words, or, for text that is one string said again and
     * again ("ааааааа", "lolololol"), how far Deflate shrinks it ({@code compressionRatio}, see
     * {@link DensitySignals}) below what any prose compresses to.
     */
    public static float of(float compressionRatio, List<String> words) {
        float chars = Math.max(0f, Math.min(1f, (0.25f - compressionRatio) / 0.20f));
        return Math.max(chars, of(words));
    }

    /** The share of repeated words among the passage's words (lower-case, as {@link DensitySignals#words}). */
    public static float of(List<String> words) {
        int n = words.size();
        if (n < RUN * 2) return 0;
        boolean[] repeated = new boolean[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + RUN <= n; i++) {
            String key = String.join(" ", words.subList(i, i + RUN));
            if (!seen.add(key)) for (int k = i; k < i + RUN; k++) repeated[k] = true;
        }
        // a pair of words said again and again beyond what prose does: every occurrence after the second counts
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < n; i++) {
            String a = words.get(i), b = words.get(i + 1);
            if (a.length() < 3 && b.length() < 3) continue; // "of the", "в то": function pairs repeat in any prose
            int times = pairs.merge(a + " " + b, 1, Integer::sum);
            if (times >= PAIR_TIMES && times * 100 > n * 6) {
                repeated[i] = true;
                repeated[i + 1] = true;
            }
        }
        int count = 0;
        for (boolean r : repeated) if (r) count++;
        return (float) count / n;
    }
}
