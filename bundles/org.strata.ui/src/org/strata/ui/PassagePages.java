package org.strata.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * The model behind the virtual passages table: rows of one query (a layer or all passages, by density), fetched
 * from the store a page at a time and cached, so that a table of a million rows reads only what is shown.
 */
final class PassagePages {
    static final int PAGE = 200;

    private final PassageStore store;
    private final String layer;
    private final int size;
    private final Map<Integer, List<Passage>> pages = new HashMap<>();

    PassagePages(PassageStore store, String layer) throws IOException {
        this.store = store;
        this.layer = layer;
        this.size = store.count(layer);
    }

    int size() {
        return size;
    }

    String layer() {
        return layer;
    }

    /** The passage at a row, reading its page from the store when it is not cached. */
    Passage row(int index) throws IOException {
        int page = index / PAGE;
        List<Passage> rows = pages.get(page);
        if (rows == null) {
            rows = store.page(layer, true, page * PAGE, PAGE);
            if (pages.size() > 50) pages.clear();
            pages.put(page, rows);
        }
        int i = index % PAGE;
        return i < rows.size() ? rows.get(i) : null;
    }
}
