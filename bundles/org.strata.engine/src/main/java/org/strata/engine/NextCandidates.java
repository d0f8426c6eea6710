package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strata.model.corpus.Judgment;
import org.strata.score.Components;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

/**
 * Active learning: the next 2 or 3 passages to offer the expert. The machine has filtered the banal, so the pool
 * is the strongest scored passages (the upper half of the density order, at most 2,000, never rejected, never judged before, no two of
 * one near-duplicate cluster); within one layer (or one concept), the candidates are those whose knowledge the
 * head puts closest together, where it is least sure which is better and a choice teaches it the most.
 */
public final class NextCandidates {
    /** How many of the densest passages form the pool. */
    static final int POOL = 2000;

    private NextCandidates() {}

    /**
     * The next set of {@code n} candidates (2 or 3), restricted to a layer or concept when given (null: any);
     * an empty list when the pool has fewer than n passages left in any one group.
     */
    public static List<Passage> pick(CorpusFolder corpus, int n, String layer, String concept) throws IOException {
        return pick(corpus, n, layer, concept, Set.of());
    }

    /** As above, never offering the passages in {@code exclude} (those the expert skipped in this session). */
    public static List<Passage> pick(CorpusFolder corpus, int n, String layer, String concept, Set<String> exclude) throws IOException {
        Set<String> judged = new HashSet<>(exclude);
        for (Judgment j : corpus.corpus().getJudgments()) judged.addAll(j.getCandidates());
        return pickAmong(corpus, n, layer, concept, judged);
    }

    /** As above, {@code judged} being every passage not to offer (read from the model by the caller, under its lock). */
    static List<Passage> pickAmong(CorpusFolder corpus, int n, String layer, String concept, Set<String> judged) throws IOException {
        if (n < 2 || n > 3) throw new IllegalArgumentException("the expert chooses among 2 or 3 candidates, not " + n);
        PassageFilter f = PassageFilter.NONE.withScored(true);
        if (layer != null) f = f.withLayer(layer);
        if (concept != null) f = f.withConcept(concept);
        // the stronger half of the scored passages, at most POOL: the machine has filtered the banal
        long scored = corpus.store().count(f);
        int pool = (int) Math.min(POOL, Math.max(4L * n, scored / 2));
        List<Passage> rows = corpus.store().search(PassageQuery.all().filter(f).sort(PassageQuery.SortKey.DENSITY).page(0, pool)).rows();
        Map<String, List<Passage>> groups = new LinkedHashMap<>();
        for (Passage p : rows) {
            if (judged.contains(p.id()) || p.status() == PassageStatus.REJECTED || p.status() == PassageStatus.DUPLICATE) continue;
            if (p.components() == null || p.components().length < Components.COUNT_V1) continue;
            groups.computeIfAbsent(p.layer(), k -> new ArrayList<>()).add(p);
        }
        List<Passage> best = List.of();
        double bestSpread = Double.MAX_VALUE;
        for (List<Passage> g : groups.values()) {
            g.sort(Comparator.comparingDouble(p -> logit(p.components()[Components.KNOWLEDGE])));
            for (int i = 0; i + n <= g.size(); i++) {
                List<Passage> window = g.subList(i, i + n);
                if (!distinctClusters(window)) continue;
                double spread = logit(window.get(n - 1).components()[Components.KNOWLEDGE]) - logit(window.get(0).components()[Components.KNOWLEDGE]);
                if (spread < bestSpread) {
                    bestSpread = spread;
                    best = List.copyOf(window);
                }
            }
        }
        // offered in id order: the order must not hint at which one the head prefers
        List<Passage> out = new ArrayList<>(best);
        out.sort(Comparator.comparing(Passage::id));
        return out;
    }

    private static boolean distinctClusters(List<Passage> w) {
        Set<Long> seen = new HashSet<>();
        for (Passage p : w) if (p.cluster() != 0 && !seen.add(p.cluster())) return false;
        return true;
    }

    private static double logit(float p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }
}
