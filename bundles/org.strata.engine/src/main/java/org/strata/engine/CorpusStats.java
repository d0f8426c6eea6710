package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.model.corpus.IngestStatus;
import org.strata.model.corpus.Source;
import org.strata.store.StoreSummary;

/**
 * The figures of a corpus: passages, sources, tokens, each layer's passages and tokens in curriculum order,
 * and the density histogram ({@code bins} equal bins over [0,1], plus the unscored count).
 */
public record CorpusStats(String name, long passages, long sources, long failedSources, long tokens, List<LayerCount> layers,
        long unassigned, Histogram density) {
    public record LayerCount(String name, long passages, long tokens) {}

    public record Histogram(double[] edges, long[] counts, long unscored) {}


    public static CorpusStats of(CorpusFolder corpus, int bins) throws IOException {
        return of(corpus, corpus.store().summary(bins));
    }

    /** The figures from a summary already taken (one pass over the store serves several views). */
    public static CorpusStats of(CorpusFolder corpus, StoreSummary s) {
        int bins = s.densityBins().length;
        List<LayerCount> layers = new ArrayList<>();
        long assigned = 0;
        for (String l : corpus.layerNames()) {
            long[] v = s.byLayer().getOrDefault(l, new long[2]);
            layers.add(new LayerCount(l, v[0], v[1]));
            assigned += v[0];
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) edges[i] = Math.round(1000.0 * i / bins) / 1000.0;
        long failed = 0;
        for (Source src : corpus.corpus().getSources()) if (src.getStatus() == IngestStatus.FAILED) failed++;
        return new CorpusStats(corpus.corpus().getName(), s.passages(), s.bySource().size(), failed, s.tokens(), layers,
                s.passages() - assigned, new Histogram(edges, s.densityBins(), s.unscored()));
    }
}
