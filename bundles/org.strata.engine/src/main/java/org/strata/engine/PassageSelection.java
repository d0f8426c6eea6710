package org.strata.engine;

import java.util.List;

import org.strata.store.PassageQuery;

/** Which passages a use case applies to: these ids, or every passage a query matches (all pages). */
public sealed interface PassageSelection {
    record Ids(List<String> ids) implements PassageSelection {
        public Ids {
            ids = List.copyOf(ids);
        }
    }

    record Matching(PassageQuery query) implements PassageSelection {}
}
