package org.strata.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds clusters of near-duplicate texts with MinHash and locality-sensitive hashing: signatures are cut into
 * {@code bands} bands of {@code rows} values; texts that share any band are candidates, and a candidate pair whose
 * estimated Jaccard similarity reaches {@code threshold} is joined into one cluster (union-find). Texts are added
 * one by one with {@link #add}; {@link #clusters} gives the groups of two or more, each in the order added.
 */
public final class NearDuplicateFinder {
    /** The settings: shingle size in words, LSH bands and rows, and the similarity that makes a duplicate. */
    public record Settings(int shingle, int bands, int rows, double threshold) {
        /** 5-word shingles, 12 bands of 10 rows (LSH turns at about 0.78), duplicates from 0.8 Jaccard. */
        public static final Settings DEFAULT = new Settings(5, 12, 10, 0.8);
    }

    private static final long SEED = 0x5EED_D0C5L;

    private final Settings settings;
    private final MinHash minHash;
    private final List<int[]> signatures = new ArrayList<>(); // null where not needed yet (see addKeys)
    private final List<Map<Long, Integer>> buckets = new ArrayList<>();
    private IntFunction<int[]> signatureOf;
    private int[] parent = new int[1024];

    public NearDuplicateFinder(Settings settings) {
        this.settings = settings;
        this.minHash = minHash(settings);
        for (int i = 0; i < settings.bands(); i++) buckets.add(new HashMap<>());
    }

    /** The MinHash that these settings use (immutable, thread-safe). */
    public static MinHash minHash(Settings settings) {
        return new MinHash(settings.shingle(), settings.bands() * settings.rows(), SEED);
    }

    public MinHash minHash() {
        return minHash;
    }

    /** The LSH band keys of a signature: one 64-bit hash of each band's rows. */
    public static long[] keys(int[] sig, Settings settings) {
        long[] keys = new long[settings.bands()];
        for (int band = 0; band < settings.bands(); band++) {
            long key = 1469598103934665603L;
            for (int r = band * settings.rows(); r < (band + 1) * settings.rows(); r++) key = (key ^ sig[r]) * 1099511628211L;
            keys[band] = key;
        }
        return keys;
    }

    /** Adds a text and returns its index. */
    public int add(String text) {
        return addSignature(minHash.signature(text));
    }

    /** Adds a signature made with {@link #minHash()} (signatures may be computed on other threads). */
    public int addSignature(int[] sig) {
        return insert(keys(sig, settings), sig);
    }

    /**
     * Adds a text by its band keys alone (made earlier, with these settings); {@code signatureOf} gives the signature
     * of the text with a given index, and is asked only for texts that share a band with another: the candidates.
     */
    public int addKeys(long[] keys, IntFunction<int[]> signatureOf) {
        if (keys.length != settings.bands()) throw new IllegalArgumentException(keys.length + " band keys, not " + settings.bands());
        this.signatureOf = signatureOf;
        return insert(keys, null);
    }

    private int insert(long[] keys, int[] sig) {
        int index = signatures.size();
        signatures.add(sig);
        if (index == parent.length) parent = java.util.Arrays.copyOf(parent, parent.length * 2);
        parent[index] = index;
        for (int band = 0; band < settings.bands(); band++) {
            Integer other = buckets.get(band).putIfAbsent(keys[band], index);
            if (other != null && find(other) != find(index)
                    && MinHash.similarity(signature(other), signature(index)) >= settings.threshold()) {
                union(other, index);
            }
        }
        return index;
    }

    private int[] signature(int index) {
        int[] sig = signatures.get(index);
        if (sig == null) {
            sig = signatureOf.apply(index);
            signatures.set(index, sig);
        }
        return sig;
    }

    /** The clusters of two or more texts, each as indexes in the order added, clusters by their first index. */
    public List<List<Integer>> clusters() {
        Map<Integer, List<Integer>> byRoot = new java.util.TreeMap<>();
        for (int i = 0; i < signatures.size(); i++) byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : byRoot.values()) if (c.size() > 1) out.add(c);
        out.sort(java.util.Comparator.comparing(c -> c.get(0)));
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int x, int y) {
        int a = find(x), b = find(y);
        if (a == b) return;
        if (a < b) parent[b] = a;
        else parent[a] = b;
    }
}
