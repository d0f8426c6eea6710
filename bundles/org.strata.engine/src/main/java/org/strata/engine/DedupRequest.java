package org.strata.engine;

import org.strata.ingest.dedup.NearDuplicateFinder;

/**
 * How {@link CorpusService#markNearDuplicates} finds near duplicates: word shingles of {@code shingle} words, MinHash
 * signatures banded into {@code bands} bands of {@code rows} rows (locality-sensitive hashing), and the Jaccard
 * similarity from which two passages count as duplicates.
 */
public record DedupRequest(int shingle, int bands, int rows, double threshold) {
    /** 5-word shingles, 12 bands of 10 rows (LSH turns at about 0.78), duplicates from 0.8 Jaccard: what ingestion uses. */
    public static DedupRequest defaults() {
        NearDuplicateFinder.Settings d = NearDuplicateFinder.Settings.DEFAULT;
        return new DedupRequest(d.shingle(), d.bands(), d.rows(), d.threshold());
    }

    /** Why the request cannot run, or null. */
    public String refusal() {
        if (shingle < 1 || bands < 1 || rows < 1) return "shingle, bands and rows must be positive";
        if (!(threshold > 0 && threshold <= 1)) return "the threshold lies in (0, 1], not " + threshold;
        return null;
    }

    NearDuplicateFinder.Settings settings() {
        return new NearDuplicateFinder.Settings(shingle, bands, rows, threshold);
    }
}
