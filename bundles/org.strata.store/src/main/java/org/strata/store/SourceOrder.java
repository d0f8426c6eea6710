package org.strata.store;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The live documents of an index in source order (source, then position in the source), as global doc ids. A
 * sort by string through a priority queue compares bytes a million times over; here each source becomes its
 * global ordinal once, the order is a sort of (ordinal, position) longs, and it takes a fraction of the time.
 */
final class SourceOrder {
    private SourceOrder() {}

    static int[] of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] sources = new SortedDocValues[leaves.size()];
        for (int i = 0; i < sources.length; i++) sources[i] = DocValues.getSorted(leaves.get(i).reader(), PassageFields.SOURCE);
        OrdinalMap global = OrdinalMap.build(null, sources, PackedInts.DEFAULT);
        int n = reader.numDocs();
        long[] keys = new long[n];
        int[] docs = new int[n];
        int k = 0;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext ctx = leaves.get(i);
            SortedDocValues source = DocValues.getSorted(ctx.reader(), PassageFields.SOURCE);
            NumericDocValues seq = DocValues.getNumeric(ctx.reader(), PassageFields.SEQ);
            LongValues toGlobal = global.getGlobalOrds(i);
            Bits live = ctx.reader().getLiveDocs();
            for (int d = 0; d < ctx.reader().maxDoc() && k < n; d++) {
                if (live != null && !live.get(d)) continue;
                long ord = source.advanceExact(d) ? toGlobal.get(source.ordValue()) : 0;
                long pos = seq.advanceExact(d) ? seq.longValue() : 0;
                keys[k] = (ord << 32) | (pos & 0xffffffffL);
                docs[k++] = ctx.docBase + d;
            }
        }
        new IntroSorter() {
            private long pivot;
            private int pivotDoc;

            @Override
            protected void swap(int i, int j) {
                long t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
                int u = docs[i];
                docs[i] = docs[j];
                docs[j] = u;
            }

            @Override
            protected int compare(int i, int j) {
                int c = Long.compare(keys[i], keys[j]);
                return c != 0 ? c : Integer.compare(docs[i], docs[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivot = keys[i];
                pivotDoc = docs[i];
            }

            @Override
            protected int comparePivot(int j) {
                int c = Long.compare(pivot, keys[j]);
                return c != 0 ? c : Integer.compare(pivotDoc, docs[j]);
            }
        }.sort(0, k);
        return k == n ? docs : java.util.Arrays.copyOf(docs, k);
    }
}
