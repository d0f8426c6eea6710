package org.strata.engine;

/** A change to the curriculum's layers, made by {@link CorpusService#changeLayers}. Positions are 1-based. */
public sealed interface LayerChange {
    /** Adds a layer; a position outside the curriculum puts it at the end. */
    record Add(String name, String description, int position) implements LayerChange {}

    record Move(String name, int position) implements LayerChange {}

    /**
     * Sets what a layer says of itself and of its stage; a null field is left as it is. {@code reads}: how many times
     * its passages are read in training (at least 1); {@code readTokens}: a token target reached by repeating the
     * densest first (0: none); {@code goalTokens}: the tokens the expert aims to collect (0: none);
     * {@code minDensity}: the least density a passage needs to enter the stage (0 to 1).
     */
    record Set(String name, String description, Integer reads, Long readTokens, Long goalTokens, Double minDensity) implements LayerChange {}

    /** Renames a layer in the model and in every passage of it, as one commit. */
    record Rename(String from, String to) implements LayerChange {}
}
