package org.strata.engine;

import org.strata.store.PassageStatus;

/** A change to the attributes of passages, made by {@link CorpusService#editPassages}; the text never changes. */
public sealed interface PassageChange {
    /** Puts the passages in a layer of the curriculum, or in none (null or empty). */
    record SetLayer(String layer) implements PassageChange {}

    record SetStatus(PassageStatus status) implements PassageChange {}

    /** Tags the passages with a concept, named by its name or one of its aliases. */
    record Tag(String concept) implements PassageChange {}
}
