package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * Marks near duplicates across the whole corpus: every member of a MinHash-LSH cluster gets the cluster's id, and
 * every member but the first in source order becomes a duplicate (unless the expert accepted or rejected it).
 * Nothing is deleted; a passage that is no longer in a cluster is a candidate again.
 */
public final class NearDuplicates {
    /** Clusters found and passages marked as duplicates. */
    public record Result(int clusters, int duplicates) {
        public String line() {
            return "near duplicates: " + duplicates + " passages in " + clusters + " clusters";
        }
    }

    private NearDuplicates() {}

    public static Result run(CorpusFolder corpus, NearDuplicateFinder.Settings settings) throws IOException {
        NearDuplicateFinder finder = new NearDuplicateFinder(settings);
        List<Passage> all = new ArrayList<>();
        corpus.store().forEach(false, p -> {
            finder.add(p.text());
            all.add(p.attributesOnly());
        });
        Map<Integer, Long> clusterOf = new HashMap<>();
        Map<Integer, Boolean> first = new HashMap<>();
        List<List<Integer>> clusters = finder.clusters();
        for (List<Integer> c : clusters) {
            long id = Long.parseUnsignedLong(all.get(c.get(0)).id().substring(0, 15), 16);
            for (int i = 0; i < c.size(); i++) {
                clusterOf.put(c.get(i), id);
                first.put(c.get(i), i == 0);
            }
        }
        List<Passage> changed = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < all.size(); i++) {
            Passage p = all.get(i);
            long cluster = clusterOf.getOrDefault(i, 0L);
            PassageStatus status = p.status();
            boolean duplicate = cluster != 0 && !first.get(i);
            if (duplicate && status == PassageStatus.CANDIDATE) status = PassageStatus.DUPLICATE;
            if (!duplicate && status == PassageStatus.DUPLICATE) status = PassageStatus.CANDIDATE;
            if (duplicate) duplicates++;
            if (cluster != p.cluster() || status != p.status()) {
                changed.add(p.withStatus(status).withCluster(cluster));
            }
        }
        corpus.store().updateAttributes(changed);
        corpus.store().commit();
        return new Result(clusters.size(), duplicates);
    }
}
