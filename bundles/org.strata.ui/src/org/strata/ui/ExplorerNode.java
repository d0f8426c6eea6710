package org.strata.ui;

import java.util.List;

/** A node of the corpus explorer's tree: a group ("Layers", "Sources"), a layer or a source. */
public record ExplorerNode(Kind kind, String name, String detail, String layer, List<ExplorerNode> children) {
    public enum Kind { GROUP, LAYER, SOURCE }

    public String label() {
        return detail == null || detail.isEmpty() ? name : name + "  " + detail;
    }
}
