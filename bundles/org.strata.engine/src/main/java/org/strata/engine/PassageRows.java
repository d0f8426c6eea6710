package org.strata.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.strata.store.Passage;
import org.strata.store.PassageListing;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStore;

/**
 * The rows of one query (full text or nearest passages, filtered, sorted) served a page at a time, as a data provider
 * serves a view: a table of a million rows reads only what it shows. {@link #cached} never waits for the store (a
 * workbench table asks it on the UI thread): a page not yet read is fetched on the engine's reader thread, and the
 * caller is told when it is there. Made by {@link CorpusService#rows}.
 */
public final class PassageRows {
    public static final int PAGE = 200;
    /** One reader for every table: pages come in the order they were asked for, one at a time. */
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Strata passage pages");
        t.setDaemon(true);
        return t;
    });

    private final PassageStore store;
    private final PassageQuery query;
    private final int size;
    private final Map<Integer, List<Passage>> pages = new ConcurrentHashMap<>();
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();
    private volatile String problem;
    /** Every row in order, for deep pages (kept by the store); null until made, or for relevance rankings. */
    private volatile PassageListing listing;

    /**
     * Counts the rows and reads the first page: from the store's kept listing of this query when there is one (a
     * sort made warm in the background), else by one search, after which the listing is made on the reader's
     * thread (a few hundred ms at a million rows, never on the UI thread); pages asked before it is ready wait
     * for it there.
     */
    PassageRows(PassageStore store, PassageQuery query) throws IOException {
        this.store = store;
        this.query = query;
        PassageListing kept = store.quickListing(query);
        if (kept != null) {
            listing = kept;
            size = kept.size();
            pages.put(0, kept.page(0, PAGE));
            return;
        }
        var first = store.search(query.page(0, PAGE)); // the count and the first page in one search
        this.size = (int) Math.min(Integer.MAX_VALUE, first.total());
        pages.put(0, first.rows());
        if (size > PAGE) READER.execute(() -> {
            try {
                listing = store.listing(query);
            } catch (IOException | RuntimeException e) {
                // pages are then read by search
            }
        });
    }

    /** One thread, below normal priority, that makes the listings of the other sorts of a query ahead of a click. */
    private static final java.util.concurrent.ScheduledExecutorService WARMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Strata passage sorts");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private static final java.util.concurrent.atomic.AtomicLong WARMING = new java.util.concurrent.atomic.AtomicLong();
    public static final long WARM_AFTER_MS = 2000;

    /**
     * Makes the store keep listings of this query under every sortable key, so that a later sort shows at once.
     * It starts when the expert has left the query alone for {@value #WARM_AFTER_MS} ms (so as not to take the
     * cores from the pages being read now), and stops when another query comes.
     */
    static void warm(PassageStore store, PassageQuery query) {
        if (query.vector() != null) return;
        long mine = WARMING.incrementAndGet();
        WARMER.schedule(() -> {
            for (PassageQuery.SortKey k : List.of(PassageQuery.SortKey.DENSITY, PassageQuery.SortKey.LAYER, PassageQuery.SortKey.TOKENS,
                    PassageQuery.SortKey.SOURCE)) {
                if (WARMING.get() != mine) return;
                try {
                    store.listing(query.sort(k));
                } catch (IOException | RuntimeException e) {
                    return; // the corpus closed, or changed: the next query warms again
                }
            }
        }, WARM_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public int size() {
        return size;
    }

    public PassageQuery query() {
        return query;
    }

    /** Why the last page could not be read, or null. */
    public String problem() {
        return problem;
    }

    /**
     * The passage at a row if its page is in memory; otherwise null, and the page is read in the background,
     * after which {@code arrived} gets the page's number (on the reader's thread).
     */
    public Passage cached(int index, IntConsumer arrived) {
        int page = index / PAGE;
        List<Passage> rows = pages.get(page);
        if (rows == null) {
            if (pending.add(page)) READER.execute(() -> {
                try {
                    read(page);
                    arrived.accept(page);
                } catch (IOException | RuntimeException e) {
                    problem = e.getMessage();
                } finally {
                    pending.remove(page);
                }
            });
            return null;
        }
        int i = index % PAGE;
        return i < rows.size() ? rows.get(i) : null;
    }

    /** The passage at a row, reading its page from the store now when it is not cached (off the UI thread). */
    public Passage row(int index) throws IOException {
        List<Passage> rows = read(index / PAGE);
        int i = index % PAGE;
        return i < rows.size() ? rows.get(i) : null;
    }

    private List<Passage> read(int page) throws IOException {
        List<Passage> rows = pages.get(page);
        if (rows == null) {
            PassageListing l = listing;
            rows = null;
            if (l != null && l.size() == size) {
                try {
                    rows = l.page(page * PAGE, PAGE);
                } catch (IllegalStateException e) {
                    // the store let it go (it changed): read by search; the view reads the new state soon
                }
            }
            if (rows == null) rows = store.search(query.page(page * PAGE, PAGE)).rows();
            if (pages.size() > 50) pages.clear();
            pages.put(page, rows);
        }
        return rows;
    }
}
