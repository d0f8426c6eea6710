package org.strata.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Every passage a filter matches, in the order of a sort, as doc ids of one fixed view of the store: made once
 * (one pass over doc values and a sort of packed longs), after which any page, however deep, is read in the time
 * of its own rows. A page of a top-k search at row 900,000 sorted by source costs a priority queue of 900,200
 * entries; here it costs 200 reads. Close it to let the view go.
 */
public final class PassageListing implements AutoCloseable {
    private final Reading reading;
    private final IndexSearcher searcher;
    private final Runnable release;
    private final int[] docs;
    private boolean closed;

    PassageListing(Reading reading, IndexSearcher searcher, Runnable release, int[] docs) {
        this.reading = reading;
        this.searcher = searcher;
        this.release = release;
        this.docs = docs;
    }

    public int size() {
        return docs.length;
    }

    /** The passages at ranks [offset, offset + limit), without embeddings. */
    public synchronized List<Passage> page(int offset, int limit) throws IOException {
        if (closed) throw new IllegalStateException("the listing is closed");
        int from = Math.max(0, Math.min(offset, docs.length)), to = Math.min(docs.length, from + Math.max(0, limit));
        ScoreDoc[] slice = new ScoreDoc[to - from];
        for (int i = from; i < to; i++) slice[i - from] = new ScoreDoc(docs[i], 0);
        return reading.readAll(searcher, slice, false);
    }

    IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The rows of this listing that also match a query, in this listing's order, on the same view of the store. */
    synchronized PassageListing narrowed(Query matches, java.util.function.Function<IndexSearcher, Runnable> hold) throws IOException {
        if (closed) throw new IllegalStateException("the listing is closed");
        org.apache.lucene.util.FixedBitSet in = new org.apache.lucene.util.FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        Weight w = searcher.createWeight(searcher.rewrite(matches), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) continue;
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) in.set(ctx.docBase + d);
        }
        int[] kept = new int[in.cardinality()];
        int n = 0;
        for (int doc : docs) if (in.get(doc) && n < kept.length) kept[n++] = doc;
        return new PassageListing(reading, searcher, hold.apply(searcher), n == kept.length ? kept : Arrays.copyOf(kept, n));
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        release.run();
    }

    /** The matches of a query in the order of a sort key (DENSITY, TOKENS, LAYER, STATUS, SOURCE, CONFIDENCE); ties in doc order. */
    static int[] order(IndexSearcher s, Query matches, PassageQuery.SortKey key) throws IOException {
        IndexReader reader = s.getIndexReader();
        int[] sourceRank = null;
        if (key == PassageQuery.SortKey.SOURCE) {
            int[] bySource = SourceOrder.of(reader);
            sourceRank = new int[reader.maxDoc()];
            for (int i = 0; i < bySource.length; i++) sourceRank[bySource[i]] = i;
        }
        long[] packed = new long[Math.max(16, reader.numDocs())];
        int n = 0;
        Weight w = s.createWeight(s.rewrite(matches), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : reader.leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) continue;
            Bits live = ctx.reader().getLiveDocs();
            NumericDocValues values = switch (key) {
                case DENSITY -> ctx.reader().getNumericDocValues(PassageFields.DENSITY);
                case TOKENS -> ctx.reader().getNumericDocValues(PassageFields.TOKENS);
                case LAYER -> ctx.reader().getNumericDocValues(PassageFields.LAYER);
                case STATUS -> ctx.reader().getNumericDocValues(PassageFields.STATUS);
                case CONFIDENCE -> ctx.reader().getNumericDocValues(PassageFields.PLACED);
                default -> null;
            };
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                int doc = ctx.docBase + d;
                long v = values != null && values.advanceExact(d) ? values.longValue() : Long.MIN_VALUE;
                long k = switch (key) {
                    // densest first; unscored last (the plain sort puts Long.MIN_VALUE last in a descending sort too)
                    case DENSITY -> v == PassageFields.UNSCORED ? Integer.MAX_VALUE : Math.max(0, Math.min(Integer.MAX_VALUE - 1, 0x3F800000L - v));
                    case TOKENS -> Integer.MAX_VALUE - 1 - Math.max(0, Math.min(Integer.MAX_VALUE - 1, v == Long.MIN_VALUE ? 0 : v));
                    case LAYER, STATUS -> v == Long.MIN_VALUE ? 0 : Math.max(0, Math.min(Integer.MAX_VALUE, v));
                    case SOURCE -> sourceRank[doc];
                    // least sure suggestions first; the expert's placements (no value in an older index) last
                    case CONFIDENCE -> v < 0 || v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : v;
                    default -> throw new IllegalArgumentException("no listing sorted by " + key);
                };
                if (n == packed.length) packed = Arrays.copyOf(packed, n * 2);
                packed[n++] = (k << 32) | doc;
            }
        }
        Arrays.sort(packed, 0, n);
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) docs[i] = (int) packed[i];
        return docs;
    }
}
