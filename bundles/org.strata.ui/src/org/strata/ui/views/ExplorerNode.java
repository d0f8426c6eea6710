package org.strata.ui.views;

import java.util.List;

/**
 * A node of the corpus explorer's tree: a group ("Layers", "Concepts", "Sources"), a layer, a concept or a source.
 * {@code key} is the layer's or concept's name, or the source's URI.
 */
public record ExplorerNode(Kind kind, String name, String detail, String key, List<ExplorerNode> children) {
    public enum Kind { GROUP, LAYER, CONCEPT, SOURCE }

    public String label() {
        return detail == null || detail.isEmpty() ? name : name + "  " + detail;
    }
}
