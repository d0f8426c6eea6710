package org.strata.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The one writer of the index, and its transaction: passages added, replaced and changed in place, deletions,
 * the code tables of layer and concept names (renames change only these), and the commit that makes all of it
 * durable together with its commit data (store format, code tables, the model generation it goes with).
 */
final class StoreWriter {
    /** The store format this code writes; an index with a higher number was written by a newer Strata. */
    static final int FORMAT = 2;
    static final String FORMAT_KEY = "strata.store.format";
    /** Present when every passage's text is searched with its language's analysis (format 2 from its first passage, or re-indexed). */
    static final String TEXT_KEY = "strata.store.text";
    private static final String BY_LANGUAGE = "by-language";
    static final String GENERATION_KEY = "strata.model.generation";
    private static final String LAYERS_KEY = "strata.layers";
    private static final String CONCEPTS_KEY = "strata.concepts";

    private final IndexWriter writer;
    private final Searchers searchers;
    private final Codes layers;
    private final Codes concepts;
    private final Set<String> claimed = new HashSet<>();
    private boolean deletesPending;
    /** The generation of the corpus model that the last commit goes with (see {@link #commit(long, Runnable)}). */
    private volatile long generation;
    private volatile boolean textByLanguage;
    private final Object commitLock = new Object();

    StoreWriter(IndexWriter writer, Searchers searchers, Map<String, String> commitData) {
        this.writer = writer;
        this.searchers = searchers;
        this.layers = Codes.decode(commitData.get(LAYERS_KEY));
        this.concepts = Codes.decode(commitData.get(CONCEPTS_KEY));
        this.generation = Long.parseLong(commitData.getOrDefault(GENERATION_KEY, "0"));
        // a new index (no commit yet) is by language from its first passage; an older one once it is re-indexed
        this.textByLanguage = commitData.isEmpty() || BY_LANGUAGE.equals(commitData.get(TEXT_KEY));
    }

    boolean textByLanguage() {
        return textByLanguage;
    }

    /** Says, from the next commit on, that every passage's text is searched with its language's analysis. */
    void markTextByLanguage() {
        textByLanguage = true;
    }

    Codes layers() {
        return layers;
    }

    Codes concepts() {
        return concepts;
    }

    long generation() {
        return generation;
    }

    /**
     * The passages whose id is neither stored nor claimed before, in order, now claimed: the caller adds them with
     * {@link #addAll} (from any thread) before the next commit.
     */
    synchronized List<Passage> claimNew(Collection<Passage> passages) throws IOException {
        // Reopening the reader for every call flushed a tiny segment per file and made ingestion 20 times slower.
        // Ids claimed since the last commit are remembered instead; only a pending delete forces a reopen, because
        // then the reader would still show passages that are gone (callers add nothing while they delete).
        if (deletesPending) {
            searchers.refresh();
            claimed.clear();
            deletesPending = false;
        }
        return searchers.current(s -> {
            List<Passage> fresh = new ArrayList<>();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            TermsEnum[] enums = new TermsEnum[leaves.size()];
            for (int i = 0; i < enums.length; i++) {
                Terms t = leaves.get(i).reader().terms(PassageFields.ID);
                enums[i] = t == null ? null : t.iterator(); // one enum a segment for all the ids: no query per id
            }
            for (Passage p : passages) {
                if (claimed.contains(p.id()) || stored(leaves, enums, new BytesRef(p.id()))) continue;
                claimed.add(p.id());
                fresh.add(p);
            }
            return fresh;
        });
    }

    /** Whether a live document has this id. */
    private static boolean stored(List<LeafReaderContext> leaves, TermsEnum[] enums, BytesRef id) throws IOException {
        for (int i = 0; i < enums.length; i++) {
            if (enums[i] == null || !enums[i].seekExact(id)) continue;
            Bits live = leaves.get(i).reader().getLiveDocs();
            if (live == null) return true;
            PostingsEnum docs = enums[i].postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live.get(d)) return true;
            }
        }
        return false;
    }

    void addAll(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) writer.addDocument(PassageFields.asDocument(p, layers, concepts));
    }

    void update(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) writer.updateDocument(new Term(PassageFields.ID, p.id()), PassageFields.asDocument(p, layers, concepts));
    }

    void updateAttributes(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) writer.updateDocValues(new Term(PassageFields.ID, p.id()), PassageFields.attributes(p, layers, concepts));
    }

    synchronized void deleteSource(String source) throws IOException {
        writer.deleteDocuments(new Term(PassageFields.SOURCE, source));
        deletesPending = true;
    }

    void checkLayerRename(String from, String to) {
        layers.checkRename(from, Codes.checkName("layer", to));
    }

    void checkConceptRename(String from, String to) {
        concepts.checkRename(from, Codes.checkName("concept", to));
    }

    void renameLayer(String from, String to) {
        layers.rename(from, Codes.checkName("layer", to));
    }

    void renameConcept(String from, String to) {
        concepts.rename(from, Codes.checkName("concept", to));
    }

    /** Commits with the model generation of the last commit. */
    void commit() throws IOException {
        synchronized (commitLock) { // the generation read and written in one step: a joint commit cannot come between
            commit(generation, () -> { });
        }
    }

    /**
     * Makes every change so far durable, all or nothing, with the generation of the corpus model that goes with the
     * passages from now on; {@code renames} run under the commit's lock, so that they become durable with this commit.
     */
    void commit(long modelGeneration, Runnable renames) throws IOException {
        synchronized (commitLock) { // one commit at a time: its data and its changes go together
            renames.run(); // renames of the model's names enter here, so that no other commit makes them durable first
            Map<String, String> data = new HashMap<>();
            data.put(FORMAT_KEY, Integer.toString(FORMAT));
            data.put(LAYERS_KEY, layers.encode());
            data.put(CONCEPTS_KEY, concepts.encode());
            data.put(GENERATION_KEY, Long.toString(modelGeneration));
            if (textByLanguage) data.put(TEXT_KEY, BY_LANGUAGE);
            writer.setLiveCommitData(data.entrySet());
            flushOnEveryCore();
            writer.commit();
            generation = modelGeneration;
        }
        searchers.refresh();
        synchronized (this) {
            claimed.clear(); // everything claimed is in the reader now
        }
    }

    /**
     * Writes the indexing threads' buffers out as segments on every core at once (each thread that added passages has
     * its own), so that the commit, which would write them one after the other on this thread, finds little left.
     */
    private void flushOnEveryCore() throws IOException {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        // at most a few buffers a core: a host indexing while the commit runs must not keep the flushing going
        java.util.concurrent.atomic.AtomicInteger budget = new java.util.concurrent.atomic.AtomicInteger(4 * cores);
        Throwable[] failed = new Throwable[1];
        Runnable flush = () -> {
            try {
                while (budget.getAndDecrement() > 0 && writer.flushNextBuffer()) {
                    // the next buffer, until none is left
                }
            } catch (Throwable e) {
                synchronized (failed) {
                    if (failed[0] == null) failed[0] = e;
                    else failed[0].addSuppressed(e);
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cores - 1; i++) threads.add(Thread.ofPlatform().name("strata-flush-" + i).start(flush));
        flush.run();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while flushing", e);
            }
        }
        if (failed[0] instanceof IOException io) throw io;
        if (failed[0] instanceof RuntimeException re) throw re;
        if (failed[0] instanceof Error err) throw err;
        if (failed[0] != null) throw new IOException("flushing failed: " + failed[0], failed[0]);
    }

    /** Drops what was not committed. */
    void rollback() throws IOException {
        writer.rollback();
    }
}
