package org.strata.store;

import java.util.ArrayList;
import java.util.List;

/** A change to a passage's attributes, applied by {@link PassageStore#bulk} to every passage a query matches. */
@FunctionalInterface
public interface BulkEdit {
    Passage apply(Passage p);

    static BulkEdit setLayer(String layer) {
        return p -> p.withLayer(layer);
    }

    static BulkEdit setStatus(PassageStatus status) {
        return p -> p.withStatus(status);
    }

    static BulkEdit tag(String concept) {
        return p -> {
            if (p.concepts().contains(concept)) return p;
            List<String> tags = new ArrayList<>(p.concepts());
            tags.add(concept);
            return p.withConcepts(tags);
        };
    }
}
