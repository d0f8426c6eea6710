package org.strata.score;

import java.util.Arrays;
import java.util.List;

/**
 * A passage as hashed word features that need no knowledge of its language, in the family of the fastText quality
 * classifiers of DCLM and FineWeb-Edu: its words, its word pairs and the first five letters of each word (a crude
 * stem that joins the forms of a Russian or German word), each hashed into one of {@value #BUCKETS} buckets, as a
 * binary bag scaled to unit length. A head learns one weight per bucket from the expert's choices, beside its
 * weights over the embedding. Pure, thread-safe.
 */
public final class TextFeatures {
    /** How many buckets the features are hashed into (a power of two). */
    public static final int BUCKETS = 1 << 16;
    /** At most this many features of a passage are kept (the first ones, in text order). */
    static final int MAX = 1024;

    /** The sparse features of one passage: bucket ids, ascending and distinct, and their values. */
    public record Sparse(int[] ids, float[] values) {
        public static final Sparse EMPTY = new Sparse(new int[0], new float[0]);
    }

    private TextFeatures() {}

    public static Sparse of(String text) {
        List<String> words = DensitySignals.words(text);
        int[] ids = new int[Math.min(MAX, 3 * words.size())];
        int n = 0;
        for (int i = 0; i < words.size() && n + 3 <= ids.length; i++) {
            String w = words.get(i);
            ids[n++] = bucket(w, 0x9E3779B1);
            if (w.length() > 5) ids[n++] = bucket(w.substring(0, 5), 0x85EBCA77);
            if (i + 1 < words.size()) ids[n++] = bucket(w + ' ' + words.get(i + 1), 0xC2B2AE3D);
        }
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        if (distinct == 0) return Sparse.EMPTY;
        float[] values = new float[distinct];
        Arrays.fill(values, (float) (1 / Math.sqrt(distinct)));
        return new Sparse(Arrays.copyOf(sorted, distinct), values);
    }

    /** The bucket of a feature: its UTF-16 hash mixed with a seed per kind of feature (murmur3's finalizer). */
    static int bucket(String feature, int seed) {
        int h = feature.hashCode() ^ seed;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & (BUCKETS - 1);
    }

    /** The dot product of a passage's features with a weight per bucket. */
    public static float dot(Sparse f, float[] weights) {
        double s = 0;
        for (int k = 0; k < f.ids().length; k++) s += weights[f.ids()[k]] * f.values()[k];
        return (float) s;
    }
}
