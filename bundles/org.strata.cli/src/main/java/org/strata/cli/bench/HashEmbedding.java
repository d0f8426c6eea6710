package org.strata.cli.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A cheap stand-in for encoder embeddings in store benchmarks: the normalized sum of a fixed pseudo-random
 * vector per word, so that passages sharing words lie near each other, as with a real encoder. Encoding a
 * million passages with MiniLM on two cores would take hours; the store's costs depend on the dimension and
 * the spread of the vectors, not on which model made them.
 */
final class HashEmbedding {
    private final int dim;

    HashEmbedding(int dim) {
        this.dim = dim;
    }

    float[] embed(String text) {
        float[] v = new float[dim];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3) continue;
            SplittableRandom r = new SplittableRandom(w.hashCode() * 0x9E3779B97F4A7C15L);
            for (int i = 0; i < dim; i++) v[i] += (float) r.nextGaussian();
        }
        double n = 0;
        for (float x : v) n += x * x;
        float inv = (float) (1 / Math.max(Math.sqrt(n), 1e-9));
        for (int i = 0; i < dim; i++) v[i] *= inv;
        return v;
    }
}
