package org.strata.store;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Counts and histograms over the passages a query matches, read from doc values only. */
final class Summaries {
    private Summaries() {}

    static StoreSummary of(IndexSearcher s, Query q, int bins, Codes layers) throws IOException {
        long passages = 0, tokens = 0, unscored = 0;
        long[] hist = new long[bins];
        Map<Long, long[]> byLayerCode = new TreeMap<>();
        Map<Long, long[]> histByLayerCode = new TreeMap<>();
        Map<String, long[]> bySource = new TreeMap<>();
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) continue;
            LeafReader r = ctx.reader();
            Bits live = r.getLiveDocs();
            NumericDocValues tok = r.getNumericDocValues(PassageFields.TOKENS);
            NumericDocValues den = r.getNumericDocValues(PassageFields.DENSITY);
            NumericDocValues lay = r.getNumericDocValues(PassageFields.LAYER);
            SortedDocValues src = r.getSortedDocValues(PassageFields.SOURCE);
            long[][] perOrd = new long[src == null ? 0 : src.getValueCount()][];
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                passages++;
                long t = tok != null && tok.advanceExact(doc) ? tok.longValue() : 0;
                tokens += t;
                long dv = den != null && den.advanceExact(doc) ? den.longValue() : PassageFields.UNSCORED;
                long layer = lay != null && lay.advanceExact(doc) ? lay.longValue() : 0;
                if (dv == PassageFields.UNSCORED) {
                    unscored++;
                } else {
                    float d = PassageFields.density(dv);
                    int bin = Math.min(bins - 1, Math.max(0, (int) (d * bins)));
                    hist[bin]++;
                    histByLayerCode.computeIfAbsent(layer, k -> new long[bins])[bin]++;
                }
                add(byLayerCode.computeIfAbsent(layer, k -> new long[2]), t);
                if (src != null && src.advanceExact(doc)) {
                    int ord = src.ordValue();
                    if (perOrd[ord] == null) perOrd[ord] = new long[2];
                    add(perOrd[ord], t);
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] == null) continue;
                long[] v = bySource.computeIfAbsent(src.lookupOrd(ord).utf8ToString(), k -> new long[2]);
                v[0] += perOrd[ord][0];
                v[1] += perOrd[ord][1];
            }
        }
        Map<String, long[]> byLayer = new TreeMap<>();
        byLayerCode.forEach((code, v) -> {
            long[] x = byLayer.computeIfAbsent(layers.name(code), k -> new long[2]);
            x[0] += v[0];
            x[1] += v[1];
        });
        Map<String, long[]> histByLayer = new TreeMap<>();
        histByLayerCode.forEach((code, h) -> {
            long[] x = histByLayer.computeIfAbsent(layers.name(code), k -> new long[bins]);
            for (int i = 0; i < bins; i++) x[i] += h[i];
        });
        return new StoreSummary(passages, tokens, byLayer, bySource, hist, unscored, histByLayer);
    }

    private static void add(long[] v, long tokens) {
        v[0]++;
        v[1] += tokens;
    }
}
