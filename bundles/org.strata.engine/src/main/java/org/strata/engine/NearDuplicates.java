package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * Marks near duplicates across the whole corpus: every member of a MinHash-LSH cluster gets the cluster's id, and
 * every member but the first in source order becomes a duplicate (unless the expert accepted or rejected it).
 * Nothing is deleted; a passage that is no longer in a cluster is a candidate again. Passages ingested with the
 * default settings carry their band keys, so that only the candidates' texts are read; otherwise (other settings, or
 * a corpus from before the keys) every text is read and hashed.
 */
public final class NearDuplicates {
    /** Clusters found and passages marked as duplicates. */
    public record Result(int clusters, int duplicates) {
        public String line() {
            return "near duplicates: " + duplicates + " passages in " + clusters + " clusters";
        }
    }

    private NearDuplicates() {}

    private static String text(CorpusFolder corpus, String id) {
        try {
            Passage p = corpus.store().get(id);
            return p == null ? "" : p.text();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Result run(CorpusFolder corpus, NearDuplicateFinder.Settings settings) throws IOException {
        return run(corpus, settings, Progress.NONE);
    }

    /**
     * As above, saying when the passages are read (half the work) and marked; cancelled before the marks are written,
     * it changes nothing and answers null.
     */
    public static Result run(CorpusFolder corpus, NearDuplicateFinder.Settings settings, Progress progress) throws IOException {
        NearDuplicateFinder finder = new NearDuplicateFinder(settings);
        List<Passage> all = new ArrayList<>();
        if (settings.equals(Ingestion.NEAR_SETTINGS) && corpus.store().allHaveNearKeys()) {
            // band keys made at ingestion: only the texts that share a band with another are read and hashed again
            corpus.store().forEachAttributes(all::add);
            IntFunction<int[]> signatureOf = i -> finder.minHash().signature(text(corpus, all.get(i).id()));
            for (Passage p : all) finder.addKeys(p.nearKeys(), signatureOf);
        } else {
            Signatures signatures = new Signatures(finder);
            try {
                corpus.store().forEach(false, p -> {
                    signatures.add(p.text());
                    all.add(p.attributesOnly());
                });
                signatures.finish();
            } finally {
                signatures.pool.shutdownNow();
            }
        }
        progress.worked(1, 2);
        if (progress.cancelled()) return null;
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
        if (progress.cancelled()) return null;
        corpus.store().updateAttributes(changed);
        corpus.store().commit();
        progress.worked(2, 2);
        return new Result(clusters.size(), duplicates);
    }

    /**
     * MinHash signatures made on every core while the store is read, in batches, and given to the finder in the
     * store's order (so the clusters and their first members do not depend on the threads).
     */
    private static final class Signatures {
        private static final int BATCH = 2048;
        final java.util.concurrent.ExecutorService pool;
        private final NearDuplicateFinder finder;
        private final java.util.ArrayDeque<java.util.concurrent.Future<int[][]>> pending = new java.util.ArrayDeque<>();
        private final int threads = Runtime.getRuntime().availableProcessors();
        private List<String> batch = new ArrayList<>(BATCH);

        Signatures(NearDuplicateFinder finder) {
            this.finder = finder;
            this.pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "strata-minhash");
                t.setDaemon(true);
                return t;
            });
        }

        void add(String text) {
            batch.add(text);
            if (batch.size() < BATCH) return;
            submit();
            while (pending.size() > 2 * threads) drainOne();
        }

        void finish() {
            if (!batch.isEmpty()) submit();
            while (!pending.isEmpty()) drainOne();
        }

        private void submit() {
            List<String> texts = batch;
            batch = new ArrayList<>(BATCH);
            pending.add(pool.submit(() -> {
                int[][] out = new int[texts.size()][];
                for (int i = 0; i < out.length; i++) out[i] = finder.minHash().signature(texts.get(i));
                return out;
            }));
        }

        private void drainOne() {
            try {
                for (int[] sig : pending.poll().get()) finder.addSignature(sig);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while looking for near duplicates", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("near-duplicate signatures failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
