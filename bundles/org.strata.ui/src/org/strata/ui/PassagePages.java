package org.strata.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strata.store.Passage;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStore;

/**
 * The model behind the virtual passages table: the rows of one query (full text or nearest passages, filtered,
 * sorted), fetched from the store a page at a time and cached, so that a table of a million rows reads only what
 * is shown.
 */
final class PassagePages {
    static final int PAGE = 200;

    private final PassageStore store;
    private final PassageQuery query;
    private final int size;
    private final Map<Integer, List<Passage>> pages = new HashMap<>();

    PassagePages(PassageStore store, PassageQuery query) throws IOException {
        this.store = store;
        this.query = query;
        this.size = (int) Math.min(Integer.MAX_VALUE, store.search(query.page(0, 1)).total());
    }

    int size() {
        return size;
    }

    PassageQuery query() {
        return query;
    }

    /** The passage at a row, reading its page from the store when it is not cached. */
    Passage row(int index) throws IOException {
        int page = index / PAGE;
        List<Passage> rows = pages.get(page);
        if (rows == null) {
            rows = store.search(query.page(page * PAGE, PAGE)).rows();
            if (pages.size() > 50) pages.clear();
            pages.put(page, rows);
        }
        int i = index % PAGE;
        return i < rows.size() ? rows.get(i) : null;
    }
}
