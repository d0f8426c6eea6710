package org.strata.store;

import java.util.Map;

/**
 * Counts over every live passage: totals, per layer and per source (passages and tokens), and a histogram of
 * density in {@code bins} equal bins over [0,1]; {@code unscored} counts passages without a density yet.
 */
public record StoreSummary(long passages, long tokens, Map<String, long[]> byLayer, Map<String, long[]> bySource,
        long[] densityBins, long unscored) {}
