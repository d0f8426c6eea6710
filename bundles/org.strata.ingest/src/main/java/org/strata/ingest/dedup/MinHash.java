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

    /**
     * The signature of a text; a text shorter than one shingle is one shingle. Words are those of the identity form
     * (NFKC, lower case, split at white space); each word is hashed once, and a shingle's hash combines the hashes of
     * its words.
     */
    public int[] signature(String text) {
        long[] words = wordHashes(text);
        int count = words.length;
        int[] sig = new int[a.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, count - shingle + 1);
        for (int s = 0; s < n; s++) {
            long h = 0xcbf29ce484222325L;
            for (int k = s; k < Math.min(count, s + shingle); k++) h = (h ^ words[k]) * 0x100000001b3L;
            h = mix(h);
            for (int i = 0; i < a.length; i++) {
                int v = (int) ((a[i] * h + b[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /** FNV-1a hashes of the words of the identity form, in order. */
    private static long[] wordHashes(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
        String s = ascii ? text : TextCleaner.identityForm(text); // ASCII is lower-cased below, char by char
        long[] out = new long[16];
        int count = 0;
        long h = 0;
        boolean in = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (in) {
                    if (count == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[count++] = h;
                    in = false;
                }
            } else {
                if (!in) {
                    h = 0xcbf29ce484222325L;
                    in = true;
                }
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                h = (h ^ c) * 0x100000001b3L;
            }
        }
        return java.util.Arrays.copyOf(out, count);
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
