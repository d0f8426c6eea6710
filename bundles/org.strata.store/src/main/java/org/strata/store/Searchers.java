package org.strata.store;

import java.io.IOException;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Point-in-time searchers over the index, as Lucene's {@link SearcherManager} hands them out: each sees the index
 * as it was when it was acquired, whatever is written meanwhile, and the writer's uncommitted changes from the
 * last refresh on. Every read of the store goes through here.
 */
final class Searchers implements AutoCloseable {
    /** Work on one searcher. */
    interface Work<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private final SearcherManager manager;

    Searchers(IndexWriter writer) throws IOException {
        this.manager = new SearcherManager(writer, null);
    }

    /** Makes what was written so far visible to the searchers acquired after. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    /** Work on the latest view of the index (refreshed first). */
    <T> T latest(Work<T> work) throws IOException {
        refresh();
        return current(work);
    }

    /** Work on the view of the last refresh: no reopen, so cheap, for callers that need nothing newer. */
    <T> T current(Work<T> work) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return work.run(s);
        } finally {
            manager.release(s);
        }
    }

    /** A searcher of the latest view, held until {@link #release} (by a listing, a snapshot). */
    IndexSearcher hold() throws IOException {
        refresh();
        return manager.acquire();
    }

    void release(IndexSearcher s) throws IOException {
        manager.release(s);
    }

    /** Gives a held searcher back, quietly when the store closed first (its readers are gone with it). */
    Runnable releaser(IndexSearcher s) {
        return () -> {
            try {
                manager.release(s);
            } catch (IOException | RuntimeException e) {
                // the store closed first
            }
        };
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
