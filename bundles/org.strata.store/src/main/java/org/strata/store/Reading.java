package org.strata.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The store's reads, each on a point-in-time searcher: counts, one passage by id, a page of a query, every match,
 * every passage in source order, an even sample, the nearest other passage and the summaries. Rows name their layer
 * and concepts through the store's code tables.
 */
final class Reading {
    /** From this offset on, density pages are cut from a histogram window instead of a full sort. */
    private static final int DEEP_PAGE = 2_000;

    private final Searchers searchers;
    private final Codes layers;
    private final Codes concepts;

    Reading(Searchers searchers, Codes layers, Codes concepts) {
        this.searchers = searchers;
        this.layers = layers;
        this.concepts = concepts;
    }

    int count() throws IOException {
        return searchers.latest(s -> s.getIndexReader().numDocs());
    }

    long count(PassageFilter filter) throws IOException {
        Query f = Queries.filter(filter, layers, concepts);
        return searchers.latest(s -> s.count(f == null ? new MatchAllDocsQuery() : f));
    }

    boolean allHaveNearKeys() throws IOException {
        return searchers.latest(s -> s.count(new FieldExistsQuery(PassageFields.NEAR_KEYS)) == s.getIndexReader().numDocs());
    }

    /** Whether the view of the last refresh holds passages of a source (no reopen). */
    boolean mayHoldSource(String source) throws IOException {
        return searchers.current(s -> s.count(new TermQuery(new Term(PassageFields.SOURCE, source))) > 0);
    }

    Passage get(String id) throws IOException {
        return searchers.latest(s -> {
            TopDocs top = s.search(new TermQuery(new Term(PassageFields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? null : readAll(s, top.scoreDocs, true).get(0);
        });
    }

    PassagePage search(PassageQuery q) throws IOException {
        Query query = query(q);
        return searchers.latest(s -> {
            if (q.sort() == PassageQuery.SortKey.DENSITY && q.vector() == null && q.offset() >= DEEP_PAGE) {
                DensityPages.Window w = DensityPages.window(s, query, q.offset(), q.limit());
                if (w != null) {
                    Query narrow = Queries.combine(query, DensityPages.range(w));
                    int skip = (int) (q.offset() - w.above());
                    TopDocs top = s.search(narrow, skip + q.limit(), sort(q));
                    int from = Math.min(skip, top.scoreDocs.length);
                    int to = Math.min(top.scoreDocs.length, from + q.limit());
                    return new PassagePage(w.total(), readAll(s, Arrays.copyOfRange(top.scoreDocs, from, to), false));
                }
            }
            int n = Math.max(1, q.offset() + q.limit());
            Sort sort = sort(q);
            TopDocs top = sort == null ? s.search(query, n) : s.search(query, n, sort);
            long total = q.vector() != null || top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : s.count(query);
            int from = Math.min(q.offset(), top.scoreDocs.length);
            int to = Math.min(top.scoreDocs.length, from + q.limit());
            return new PassagePage(total, readAll(s, Arrays.copyOfRange(top.scoreDocs, from, to), false));
        });
    }

    float nearestOther(String id, float[] vector) throws IOException {
        return searchers.latest(s -> {
            TopDocs top = s.search(new KnnFloatVectorQuery(PassageFields.vectorField(vector.length), vector, 3), 3);
            var leaves = s.getIndexReader().leaves();
            for (ScoreDoc d : top.scoreDocs) {
                LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                String other = ctx.reader().storedFields().document(d.doc - ctx.docBase, Set.of(PassageFields.ID)).get(PassageFields.ID);
                if (!id.equals(other)) return 2 * d.score - 1; // Lucene's dot-product score is (1 + cos) / 2
            }
            return -1f;
        });
    }

    /** Reads rows in doc-id order (stored fields are compressed in blocks of neighbouring docs) and keeps their order. */
    List<Passage> readAll(IndexSearcher s, ScoreDoc[] docs, boolean vectors) throws IOException {
        return readAll(s, docs, vectors, true);
    }

    /** As above; without {@code text}, rows carry doc values only (no stored fields are read). */
    private List<Passage> readAll(IndexSearcher s, ScoreDoc[] docs, boolean vectors, boolean text) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        Passage[] rows = new Passage[docs.length];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext ctx = null;
        PassageFields.LeafReading leaf = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (ctx == null || doc >= ctx.docBase + ctx.reader().maxDoc()) {
                ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
                leaf = new PassageFields.LeafReading(ctx.reader(), layers, concepts);
            }
            rows[i] = text ? leaf.read(doc - ctx.docBase, vectors) : leaf.attributes(doc - ctx.docBase);
        }
        return Arrays.asList(rows);
    }

    /** Visits every passage the query matches (ignoring its page), in index order; without {@code full}, attributes only. */
    void forEachMatch(PassageQuery q, boolean full, Consumer<Passage> visitor) throws IOException {
        Query query = query(q);
        searchers.latest(s -> {
            var weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                var scorer = weight.scorer(ctx);
                if (scorer == null) continue;
                var live = ctx.reader().getLiveDocs();
                var it = scorer.iterator();
                PassageFields.LeafReading leaf = new PassageFields.LeafReading(ctx.reader(), layers, concepts);
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live != null && !live.get(d)) continue;
                    visitor.accept(full ? leaf.read(d, true) : leaf.attributes(d));
                }
            }
            return null;
        });
    }

    /** Visits every passage in source order; with or without embeddings, with or without text (doc values only). */
    void forEach(boolean vectors, boolean text, Consumer<Passage> visitor) throws IOException {
        searchers.latest(s -> {
            int[] order = SourceOrder.of(s.getIndexReader());
            for (int i = 0; i < order.length; i += 1024) {
                ScoreDoc[] chunk = new ScoreDoc[Math.min(1024, order.length - i)];
                for (int j = 0; j < chunk.length; j++) chunk[j] = new ScoreDoc(order[i + j], 0);
                for (Passage p : readAll(s, chunk, vectors, text)) visitor.accept(p);
            }
            return null;
        });
    }

    /** About {@code n} passages spread evenly over the store (every k-th live document), with text and embedding. */
    List<Passage> sample(int n) throws IOException {
        if (n <= 0) return List.of();
        return searchers.latest(s -> {
            int live = s.getIndexReader().numDocs();
            if (live == 0) return List.of();
            double step = Math.max(1.0, (double) live / n);
            List<ScoreDoc> picked = new ArrayList<>();
            double next = 0;
            int seen = 0;
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                var liveDocs = ctx.reader().getLiveDocs();
                for (int d = 0; d < ctx.reader().maxDoc() && picked.size() < n; d++) {
                    if (liveDocs != null && !liveDocs.get(d)) continue;
                    if (seen++ >= next) {
                        picked.add(new ScoreDoc(ctx.docBase + d, 0));
                        next += step;
                    }
                }
            }
            return readAll(s, picked.toArray(ScoreDoc[]::new), true);
        });
    }

    StoreSummary summary(PassageFilter filter, int bins) throws IOException {
        Query f = Queries.filter(filter, layers, concepts);
        return searchers.latest(s -> Summaries.of(s, f == null ? new MatchAllDocsQuery() : f, bins, layers));
    }

    /** A fixed view for passes that must see the same passages: close it when done. */
    StoreSnapshot snapshot() throws IOException {
        IndexSearcher s = searchers.hold();
        try {
            return new StoreSnapshot(s, () -> searchers.release(s), layers, concepts);
        } catch (IOException | RuntimeException e) {
            searchers.release(s);
            throw e;
        }
    }

    /** The Lucene query of a passage query: full text or nearest neighbours or all, with its filter. */
    Query query(PassageQuery q) throws StoreException {
        Query filter = Queries.filter(q.filter(), layers, concepts);
        if (q.vector() != null) return new KnnFloatVectorQuery(PassageFields.vectorField(q.vector().length), q.vector(), Math.max(1, q.k()), filter);
        return Queries.combine(Queries.text(q.text()), filter);
    }

    private static Sort sort(PassageQuery q) {
        return switch (q.sort()) {
            case RELEVANCE -> null;
            // ties fall to doc order (a string tie-breaker on id made the sort five times slower)
            case DENSITY -> new Sort(new SortField(PassageFields.DENSITY, SortField.Type.LONG, true));
            case TOKENS -> new Sort(new SortField(PassageFields.TOKENS, SortField.Type.INT, true));
            case SOURCE -> new Sort(new SortField(PassageFields.SOURCE, SortField.Type.STRING), new SortField(PassageFields.SEQ, SortField.Type.LONG));
            case LAYER -> new Sort(new SortField(PassageFields.LAYER, SortField.Type.LONG));
            case STATUS -> new Sort(new SortField(PassageFields.STATUS, SortField.Type.LONG));
            case ID -> new Sort(new SortField(PassageFields.ID, SortField.Type.STRING));
            case CONFIDENCE -> {
                SortField f = new SortField(PassageFields.PLACED, SortField.Type.LONG);
                f.setMissingValue(PassageFields.EXPERT);
                yield new Sort(f);
            }
        };
    }
}
