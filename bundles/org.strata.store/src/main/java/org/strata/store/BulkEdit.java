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
        return p -> new Passage(p.id(), p.source(), p.seq(), p.start(), p.end(), p.text(), p.tokens(), p.language(), p.density(),
                p.components(), p.layer(), status, p.cluster(), p.concepts(), p.embedding());
    }

    static BulkEdit tag(String concept) {
        return p -> {
            if (p.concepts().contains(concept)) return p;
            List<String> tags = new ArrayList<>(p.concepts());
            tags.add(concept);
            return new Passage(p.id(), p.source(), p.seq(), p.start(), p.end(), p.text(), p.tokens(), p.language(), p.density(),
                    p.components(), p.layer(), p.status(), p.cluster(), tags, p.embedding());
        };
    }
}
