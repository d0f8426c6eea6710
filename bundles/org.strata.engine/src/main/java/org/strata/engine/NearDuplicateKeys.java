package org.strata.engine;

import java.util.HashMap;
import java.util.Map;

import org.strata.ingest.dedup.MinHash;
import org.strata.ingest.dedup.NearDuplicateFinder;

/**
 * The engine's near-duplicate rule, one passage at a time, for a host that groups the candidates itself (the Spark
 * job's shuffle): the band keys under which a passage's MinHash signature is bucketed, and whether two passages that
 * met in a bucket are duplicates. The same MinHash, keys and threshold as {@link CorpusService#markNearDuplicates}.
 */
public final class NearDuplicateKeys {
    private static final Map<DedupRequest, NearDuplicateKeys> MADE = new HashMap<>();

    private final DedupRequest request;
    private final NearDuplicateFinder.Settings settings;
    private final MinHash minHash;

    private NearDuplicateKeys(DedupRequest request) {
        this.request = request;
        this.settings = request.settings();
        this.minHash = NearDuplicateFinder.minHash(settings);
    }

    /** The keys of these settings, made once per JVM (a MinHash holds its permutations). */
    public static synchronized NearDuplicateKeys of(DedupRequest request) {
        String refused = request.refusal();
        if (refused != null) throw new IllegalArgumentException(refused);
        return MADE.computeIfAbsent(request, NearDuplicateKeys::new);
    }

    /** The LSH band keys of a passage's text: two passages that share one are candidates. */
    public long[] keys(String text) {
        return NearDuplicateFinder.keys(minHash.signature(text), settings);
    }

    /** True when two candidates are duplicates: their estimated Jaccard similarity reaches the threshold. */
    public boolean similar(String a, String b) {
        return MinHash.similarity(minHash.signature(a), minHash.signature(b)) >= request.threshold();
    }
}
