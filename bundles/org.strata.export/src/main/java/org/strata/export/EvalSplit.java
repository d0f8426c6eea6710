package org.strata.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a stage's verification items into those that teach (SFT) and those held out for evaluation: a fifth of
 * them, at least one, chosen by a stable hash of the prompt so that adding an item moves no other.
 */
final class EvalSplit {
    final List<PackRequest.EvalItem> teach = new ArrayList<>();
    final List<PackRequest.EvalItem> heldOut = new ArrayList<>();

    EvalSplit(List<PackRequest.EvalItem> items) {
        List<PackRequest.EvalItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong((PackRequest.EvalItem i) -> Fnv.of(i.prompt())).thenComparing(PackRequest.EvalItem::prompt));
        int out = sorted.isEmpty() ? 0 : Math.max(1, Math.round(sorted.size() * 0.2f));
        for (int i = 0; i < sorted.size(); i++) (i < out ? heldOut : teach).add(sorted.get(i));
    }
}
