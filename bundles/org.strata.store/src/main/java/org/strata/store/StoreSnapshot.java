package org.strata.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * A fixed view of a passage store: every pass over it sees the same passages with the same ranks in source order
 * (source, then position), whatever is written meanwhile. Made by {@link PassageStore#snapshot}; close it.
 */
public final class StoreSnapshot implements AutoCloseable {
    /** Gives the searcher back. */
    interface Release {
        void run() throws IOException;
    }

    private final IndexSearcher s;
    private final Release release;
    private final Codes layers;
    private final Codes concepts;
    private int[] order;

    StoreSnapshot(IndexSearcher s, Release release, Codes layers, Codes concepts) throws IOException {
        this.s = s;
        this.release = release;
        this.layers = layers;
        this.concepts = concepts;
    }

    /** The live doc ids in source order, computed once. */
    private int[] order() throws IOException {
        if (order == null) order = SourceOrder.of(s.getIndexReader());
        return order;
    }

    /** The passages in this view. */
    public int count() {
        return s.getIndexReader().numDocs();
    }

    /**
     * Visits every passage in source order with its attributes but neither its id, its density components nor its
     * near-duplicate keys (nor text, nor embedding): the fastest pass, for counting and selecting. The n-th passage visited has rank n in
     * source order, as {@link #forEachInDocOrder} numbers them.
     */
    public void forEachLight(Consumer<Passage> visitor) throws IOException {
        int[] order = order();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "strata-store-read");
            t.setDaemon(true);
            return t;
        });
        // chunks are read side by side, a few ahead, and visited in order
        java.util.ArrayDeque<java.util.concurrent.Future<Passage[]>> ahead = new java.util.ArrayDeque<>();
        try {
            int next = 0;
            while (next < order.length || !ahead.isEmpty()) {
                while (next < order.length && ahead.size() < 2 * threads) {
                    int from = next, to = Math.min(order.length, next + 4096);
                    ahead.add(pool.submit(() -> lightChunk(leaves, Arrays.copyOfRange(order, from, to))));
                    next = to;
                }
                Passage[] rows;
                try {
                    rows = ahead.poll().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
                for (Passage p : rows) visitor.accept(p);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The light attributes of a run of docs, read in doc order with readers of its own (one thread each). */
    private Passage[] lightChunk(List<LeafReaderContext> leaves, int[] chunk) throws IOException {
        Passage[] rows = new Passage[chunk.length];
        Integer[] byDoc = new Integer[chunk.length];
        for (int j = 0; j < byDoc.length; j++) byDoc[j] = j;
        Arrays.sort(byDoc, (x, y) -> Integer.compare(chunk[x], chunk[y]));
        PassageFields.LeafReading[] readers = new PassageFields.LeafReading[leaves.size()];
        for (int j : byDoc) {
            int leaf = ReaderUtil.subIndex(chunk[j], leaves);
            if (readers[leaf] == null) readers[leaf] = new PassageFields.LeafReading(leaves.get(leaf).reader(), layers, concepts);
            rows[j] = readers[leaf].attributes(chunk[j] - leaves.get(leaf).docBase, PassageFields.LeafReading.NO_ID | PassageFields.LeafReading.NO_KEYS
                    | PassageFields.LeafReading.NO_COMPONENTS);
        }
        return rows;
    }

    /** A visitor of passages that also learns each one's rank in source order. */
    public interface RankedVisitor {
        void accept(Passage passage, int rank) throws IOException;
    }

    /**
     * Visits the passages whose rank in source order {@code wanted} takes, with their text but no embedding nor
     * near-duplicate keys, in doc order: stored fields are read block by block, many times faster than in source
     * order. Each passage comes with its rank, so that the caller can put them back in source order. Segments are
     * read side by side: the visitor is called from several threads at once.
     */
    public void forEachInDocOrder(java.util.function.IntPredicate wanted, RankedVisitor visitor) throws IOException {
        forEachInDocOrder(wanted, false, visitor);
    }

    /** As above; with {@code vectors} each passage carries its embedding too (null for one not encoded). */
    public void forEachInDocOrder(java.util.function.IntPredicate wanted, boolean vectors, RankedVisitor visitor) throws IOException {
        int[] order = order();
        int[] rank = new int[s.getIndexReader().maxDoc()];
        Arrays.fill(rank, -1);
        for (int i = 0; i < order.length; i++) rank[order[i]] = i;
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int threads = Math.max(1, Math.min(leaves.size(), Math.min(4, Runtime.getRuntime().availableProcessors())));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "strata-store-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Void>> done = new java.util.ArrayList<>();
            for (LeafReaderContext ctx : leaves) {
                done.add(pool.submit(() -> {
                    PassageFields.LeafReading leaf = new PassageFields.LeafReading(ctx.reader(), layers, concepts, true);
                    for (int d = 0; d < ctx.reader().maxDoc() && !Thread.currentThread().isInterrupted(); d++) {
                        int r = rank[ctx.docBase + d];
                        if (r >= 0 && wanted.test(r)) visitor.accept(leaf.read(d, leaf.attributes(d, PassageFields.LeafReading.NO_ID | PassageFields.LeafReading.NO_KEYS
                                | PassageFields.LeafReading.NO_TERMS), vectors), r);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() throws IOException {
        release.run();
    }
}
