package org.strata.engine;

import java.util.List;

import org.strata.store.PassageFilter;

/** The filter conditions of a search as the command line writes them; the search itself is {@link CorpusService#search}. */
public final class Search {
    private Search() {}

    /** Parses "key=value" filter conditions (see {@link PassageFilter#with}). */
    public static PassageFilter filter(List<String> conditions) {
        PassageFilter f = PassageFilter.NONE;
        if (conditions != null) for (String c : conditions) f = f.with(c);
        return f;
    }
}
