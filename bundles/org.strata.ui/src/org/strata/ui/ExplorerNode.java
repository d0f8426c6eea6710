package org.strata.ui;

import java.util.List;

/**
 * A node of the corpus explorer's tree: a group ("Layers", "Sources"), a layer or a source. {@code key} is the
 * layer's name for a layer, the source's URI for a source.
 */
public record ExplorerNode(Kind kind, String name, String detail, String key, List<ExplorerNode> children) {
    public enum Kind { GROUP, LAYER, SOURCE }

    public String label() {
        return detail == null || detail.isEmpty() ? name : name + "  " + detail;
    }
}
