package org.strata.ingest.dedup;

import java.util.SplittableRandom;

import org.strata.ingest.TextCleaner;

/**
 * MinHash signatures of word shingles. Text is compared in its identity form (lower case, single spaces); a
 * shingle is {@code shingle} consecutive words hashed to 64 bits; each of {@code bands * rows} seeded
 * multiply-shift hash functions keeps its minimum over the shingles. The fraction of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets. Immutable and thread-safe.
 */
public final class MinHash {
    private final int shingle;
    private final long[] a;
    private final long[] b;

    public MinHash(int shingle, int hashes, long seed) {
        if (shingle < 1 || hashes < 1) throw new IllegalArgumentException("shingle size and hash count must be positive");
        this.shingle = shingle;
        SplittableRandom r = new SplittableRandom(seed);
        a = new long[hashes];
        b = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            a[i] = r.nextLong() | 1L;
            b[i] = r.nextLong();
        }
    }

    public int size() {
        return a.length;
    }

    /** The signature of a text; a text shorter than one shingle is one shingle. */
    public int[] signature(String text) {
        String[] w = TextCleaner.identityForm(text).split(" ");
        int[] sig = new int[a.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, w.length - shingle + 1);
        for (int s = 0; s < n; s++) {
            long h = 0xcbf29ce484222325L;
            for (int k = s; k < Math.min(w.length, s + shingle); k++) {
                String word = w[k];
                for (int c = 0; c < word.length(); c++) h = (h ^ word.charAt(c)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            h = mix(h);
            for (int i = 0; i < a.length; i++) {
                int v = (int) ((a[i] * h + b[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures. */
    public static double similarity(int[] x, int[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) if (x[i] == y[i]) same++;
        return (double) same / x.length;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
