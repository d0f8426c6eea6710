package org.strata.store;

import java.util.Map;

/**
 * Counts over every live passage: totals, per layer and per source (passages and tokens), and a histogram of
 * density in {@code bins} equal bins over [0,1]; {@code unscored} counts passages without a density yet.
 * {@code densityByLayer} holds the same histogram for each layer's passages (the key "" for those in no layer).
 */
public record StoreSummary(long passages, long tokens, Map<String, long[]> byLayer, Map<String, long[]> bySource,
        long[] densityBins, long unscored, Map<String, long[]> densityByLayer) {

    /** The density histogram of one layer's scored passages; all zeros for a layer with none. */
    public long[] densityBins(String layer) {
        long[] h = densityByLayer.get(layer);
        return h == null ? new long[densityBins.length] : h;
    }
}
