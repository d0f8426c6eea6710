package org.strata.engine;

/** A change to the curriculum's layers, made by {@link CorpusService#changeLayers}. Positions are 1-based. */
public sealed interface LayerChange {
    /** Adds a layer; a position outside the curriculum puts it at the end. */
    record Add(String name, String description, int position) implements LayerChange {}

    record Move(String name, int position) implements LayerChange {}

    /** Renames a layer in the model and in every passage of it, as one commit. */
    record Rename(String from, String to) implements LayerChange {}
}
