package org.strata.store;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The listings the store keeps ({@link PassageListing}: every match of a query in the order of its sort, for paging
 * at any depth): the last {@value #KEPT} used, each on the searcher it was made from, all let go when the store
 * changes. The store owns them, so callers do not close them, and a listing let go refuses further pages.
 */
final class Listings implements AutoCloseable {
    private static final int KEPT = 8;

    private final Searchers searchers;
    private final Reading reading;
    /** In access order: the listings used last stay (an unfiltered one, from which filtered ones derive, is used most). */
    private final LinkedHashMap<String, PassageListing> kept = new LinkedHashMap<>(16, 0.75f, true);
    private IndexReader keptReader;

    Listings(Searchers searchers, Reading reading) {
        this.searchers = searchers;
        this.reading = reading;
    }

    /** The listing of a query on the store as it is now; null for queries ranked by relevance or nearness, or by id. */
    PassageListing listing(PassageQuery q) throws IOException {
        if (q.vector() != null || q.sort() == PassageQuery.SortKey.RELEVANCE || q.sort() == PassageQuery.SortKey.ID) return null;
        PassageListing cached = cached(q);
        if (cached != null) return cached;
        var query = reading.query(q);
        IndexSearcher s = searchers.hold();
        PassageListing made;
        try {
            made = new PassageListing(reading, s, searchers.releaser(s), PassageListing.order(s, query, q.sort()));
        } catch (IOException | RuntimeException e) {
            searchers.release(s);
            throw e;
        }
        synchronized (kept) {
            if (keptReader != s.getIndexReader()) drop();
            keptReader = s.getIndexReader();
            keep(q, made);
        }
        return made;
    }

    /** The kept listing of a query when the store has not changed since it was made; null otherwise. Never waits. */
    PassageListing cached(PassageQuery q) throws IOException {
        synchronized (kept) {
            if (kept.isEmpty()) return null;
            return searchers.latest(s -> s.getIndexReader() != keptReader ? null : kept.get(key(q))); // changed: the next listing() drops them
        }
    }

    /**
     * The listing of a query at once when it can be had without a sort: kept, or derived from the kept listing of
     * the same sort without filter (one pass marking the filter's matches, then the kept order read through it);
     * null otherwise. Derived listings are kept as well.
     */
    PassageListing quick(PassageQuery q) throws IOException {
        PassageListing cached = cached(q);
        if (cached != null || q.text() != null || q.vector() != null || q.filter().equals(PassageFilter.NONE)) return cached;
        PassageListing base = cached(PassageQuery.all().sort(q.sort()));
        if (base == null) return null;
        PassageListing derived;
        try {
            derived = base.narrowed(reading.query(q), Listings::retain);
        } catch (IllegalStateException e) {
            return null; // let go meanwhile
        }
        synchronized (kept) {
            if (keptReader != derived.reader()) {
                derived.close();
                return null;
            }
            keep(q, derived);
        }
        return derived;
    }

    /** Another hold on a searcher's reader, for a listing derived from one that holds it: released with it. */
    private static Runnable retain(IndexSearcher s) {
        s.getIndexReader().incRef();
        return () -> {
            try {
                s.getIndexReader().decRef();
            } catch (IOException | RuntimeException e) {
                // the store closed first
            }
        };
    }

    /** Keeps a listing under its query (the one it replaces, and the least recently used past the limit, are let go). */
    private void keep(PassageQuery q, PassageListing l) {
        PassageListing old = kept.put(key(q), l);
        if (old != null && old != l) old.close();
        while (kept.size() > KEPT) {
            Map.Entry<String, PassageListing> eldest = kept.entrySet().iterator().next();
            eldest.getValue().close();
            kept.remove(eldest.getKey());
        }
    }

    private static String key(PassageQuery q) {
        return q.sort() + "|" + q.filter() + "|" + q.text();
    }

    private void drop() {
        for (PassageListing l : kept.values()) l.close();
        kept.clear();
    }

    @Override
    public void close() {
        synchronized (kept) {
            drop();
        }
    }
}
