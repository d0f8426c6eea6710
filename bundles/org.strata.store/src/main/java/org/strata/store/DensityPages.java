package org.strata.store;

import java.io.IOException;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Deep pages of a density-sorted listing without sorting everything above them. One pass over the density doc
 * values of the matching passages builds a fine histogram; the bins that hold ranks [offset, offset + limit)
 * give a narrow density range, and only the passages in that range are sorted. Ties fall to doc order, as in
 * the plain sort, so both paths give the same rows.
 */
final class DensityPages {
    /** Sortable-int densities of [0,1] span 0..0x3F800000; bins of 2^12 values leave ~260,000 bins. */
    private static final int SHIFT = 12;
    private static final int BINS = (0x3F800000 >>> SHIFT) + 1;

    /** The density range [low, high] holding the ranks asked for, and how many matches lie above high. */
    record Window(long low, long high, long above, long total) {}

    private DensityPages() {}

    /** Null when the ranks reach into unscored passages (the caller then sorts plainly). */
    static Window window(IndexSearcher s, Query matches, int offset, int limit) throws IOException {
        int[] hist = new int[BINS];
        long scored = 0, unscored = 0;
        Weight w = s.createWeight(s.rewrite(matches), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) continue;
            Bits live = ctx.reader().getLiveDocs();
            NumericDocValues den = ctx.reader().getNumericDocValues(PassageFields.DENSITY);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                long v = den != null && den.advanceExact(doc) ? den.longValue() : PassageFields.UNSCORED;
                if (v == PassageFields.UNSCORED || v < 0) {
                    unscored++;
                } else {
                    hist[(int) Math.min(BINS - 1, v >>> SHIFT)]++;
                    scored++;
                }
            }
        }
        if (offset + limit > scored) return null;
        long above = 0;
        int first = -1;
        long seen = 0;
        for (int b = BINS - 1; b >= 0; b--) {
            if (hist[b] == 0) continue;
            if (first < 0 && seen + hist[b] > offset) {
                first = b;
                above = seen;
            }
            seen += hist[b];
            if (first >= 0 && seen >= offset + limit) {
                return new Window((long) b << SHIFT, ((long) (first + 1) << SHIFT) - 1, above, scored + unscored);
            }
        }
        return null;
    }

    static Query range(Window w) {
        return NumericDocValuesField.newSlowRangeQuery(PassageFields.DENSITY, w.low(), w.high());
    }
}
