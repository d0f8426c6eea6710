package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The passages of one corpus in a Lucene index: full text (BM25), stored fields, HNSW vectors of the embeddings,
 * and the attributes in doc values that bulk actions update in place. Changes become durable, all together, at
 * {@link #commit()}; a process killed before reopens at the last commit. One store per index folder at a time
 * (Lucene's write lock guards it). Reads see every change made through this store, committed or not.
 *
 * <p>Its parts, on Lucene's own lines: one writer and its transaction ({@link StoreWriter}), point-in-time searchers
 * ({@link Searchers}, as {@code SearcherManager} hands them out), the reads on them ({@link Reading}), the kept
 * listings for paging at any depth ({@link Listings}) and the summaries ({@link Summaries}). This class opens them
 * and is their one face.
 */
public final class PassageStore implements AutoCloseable {
    /** The store format this code writes; an index with a higher number was written by a newer Strata. */
    public static final int FORMAT = StoreWriter.FORMAT;

    private final Path dir;
    private final FSDirectory directory;
    private final Searchers searchers;
    private final StoreWriter writer;
    private final Reading reading;
    private final Listings listings;

    private PassageStore(Path dir, FSDirectory directory, IndexWriter indexWriter, Map<String, String> commitData) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.searchers = new Searchers(indexWriter);
        this.writer = new StoreWriter(indexWriter, searchers, commitData);
        this.reading = new Reading(searchers, writer.layers(), writer.concepts());
        this.listings = new Listings(searchers, reading);
    }

    /** Opens the index in {@code dir}, creating it when the folder holds none. */
    public static PassageStore open(Path dir) throws StoreException {
        FSDirectory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Map<String, String> data = Map.of();
            if (DirectoryReader.indexExists(directory)) {
                data = SegmentInfos.readLatestCommit(directory).getUserData();
                int format = Integer.parseInt(data.getOrDefault(StoreWriter.FORMAT_KEY, "1"));
                if (format > FORMAT) {
                    throw new StoreException(dir + ": the passage index was written by a newer Strata (store format " + format
                            + ", this one reads up to " + FORMAT + "); nothing was changed", null);
                }
                Long.parseLong(data.getOrDefault(StoreWriter.GENERATION_KEY, "0")); // a damaged number fails here, before the writer locks
            }
            IndexWriterConfig cfg = new IndexWriterConfig(); // the text brings its own analysis (TextAnalysis)
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(128);
            cfg.setCommitOnClose(false);
            return new PassageStore(dir, directory, new IndexWriter(directory, cfg), data);
        } catch (StoreException e) {
            closeQuietly(directory);
            throw e;
        } catch (IndexFormatTooNewException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index was written by a newer Lucene than this Strata's; nothing was changed", e);
        } catch (IndexFormatTooOldException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index format is too old for this Strata", e);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index is in use by another Strata process", e);
        } catch (IndexNotFoundException | NumberFormatException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": not a Strata passage index (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": cannot open the passage index: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return dir;
    }

    /** The generation of the corpus model that the last commit goes with; 0 for an index that never recorded one. */
    public long generation() {
        return writer.generation();
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /**
     * Adds the passages whose id is not stored yet; an id already stored, or seen earlier in the same call, is an
     * exact duplicate and is not added. Returns how many were added.
     */
    public int addNew(Collection<Passage> passages) throws IOException {
        List<Passage> fresh = claimNew(passages);
        addAll(fresh);
        return fresh.size();
    }

    /**
     * The passages whose id is neither stored nor claimed before, in order, now claimed: the caller must add them
     * with {@link #addAll} (from any thread) before the next commit. Lets one thread decide, in a fixed order,
     * which passages are new, while others do the costly indexing.
     */
    public List<Passage> claimNew(Collection<Passage> passages) throws IOException {
        return writer.claimNew(passages);
    }

    /**
     * Adds passages without looking for their ids first: for callers that have removed duplicates already
     * (bulk loads, results of a distributed job). An id added twice is stored twice.
     */
    public void addAll(Collection<Passage> passages) throws IOException {
        writer.addAll(passages);
    }

    /** Replaces stored passages by id, embedding included (used when scoring: the document is rewritten). */
    public void update(Collection<Passage> passages) throws IOException {
        writer.update(passages);
    }

    /** Updates only the attributes of stored passages (doc values in place: the text is not rewritten). */
    public void updateAttributes(Collection<Passage> passages) throws IOException {
        writer.updateAttributes(passages);
    }

    /**
     * Applies an edit to the attributes of every passage the query matches (all pages), in place, and commits:
     * all of it becomes durable at once, or none if the process dies first. Returns how many passages changed.
     */
    public int bulk(PassageQuery query, BulkEdit edit) throws IOException {
        return bulkWithBefore(query, edit).size();
    }

    /**
     * As {@link #bulk(PassageQuery, BulkEdit)}, returning the changed passages as they were before (attributes
     * only): {@link #updateAttributes} with them, then a commit, undoes the edit.
     */
    public List<Passage> bulkWithBefore(PassageQuery query, BulkEdit edit) throws IOException {
        List<Passage> matched = new ArrayList<>();
        reading.forEachMatch(query, false, matched::add);
        return apply(matched, edit);
    }

    /** As {@link #bulk(Collection, BulkEdit)}, returning the changed passages as they were before (attributes only). */
    public List<Passage> bulkWithBefore(Collection<String> ids, BulkEdit edit) throws IOException {
        List<Passage> found = new ArrayList<>();
        for (String id : ids) {
            Passage p = get(id);
            if (p == null) throw new StoreException("no passage with id " + id + " in " + dir, null);
            found.add(p.attributesOnly());
        }
        return apply(found, edit);
    }

    private List<Passage> apply(List<Passage> passages, BulkEdit edit) throws IOException {
        List<Passage> before = new ArrayList<>();
        List<Passage> changed = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            Passage q = edit.apply(p);
            if (!q.equals(p)) {
                changed.add(q);
                before.add(p);
            }
        }
        updateAttributes(changed);
        commit();
        return before;
    }

    /**
     * Applies an edit to the passages with these ids and commits; an id that is not stored fails the whole call
     * before anything changes. Returns how many passages changed.
     */
    public int bulk(Collection<String> ids, BulkEdit edit) throws IOException {
        return bulkWithBefore(ids, edit).size();
    }

    /** Refuses, as {@link #renameLayer} would, a rename to a layer name some passages had before; changes nothing. */
    public void checkLayerRename(String from, String to) {
        writer.checkLayerRename(from, to);
    }

    /** Refuses, as {@link #renameConcept} would, a rename to a concept name some passages had before; changes nothing. */
    public void checkConceptRename(String from, String to) {
        writer.checkConceptRename(from, to);
    }

    /** Renames a layer in every passage at once (only the code table changes); durable at the next commit. */
    public void renameLayer(String from, String to) {
        writer.renameLayer(from, to);
    }

    /** Renames a concept in every passage tagged with it (only the code table changes); durable at the next commit. */
    public void renameConcept(String from, String to) {
        writer.renameConcept(from, to);
    }

    /**
     * Whether the store held passages of a source when its reader was last reopened (no reopen here: cheap, and
     * enough to find what an earlier, committed run stored).
     */
    public boolean mayHoldSource(String source) throws IOException {
        return reading.mayHoldSource(source);
    }

    /** Deletes every passage of a source (before its changed file is ingested again); uncommitted until commit. */
    public void deleteSource(String source) throws IOException {
        writer.deleteSource(source);
    }

    /** Makes every change so far durable, all or nothing, with the model generation of the last commit. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Makes every change so far durable, all or nothing, and records with it the generation of the corpus model that
     * goes with the passages from now on: the engine's one transaction over the model and the index writes the model
     * it is about to put in place under this number before the commit, so a corpus stopped half-way can tell which
     * of the two got the change. {@code renames} (of layers and concepts, {@link #renameLayer}) run under the commit's
     * lock, so that they become durable with this commit and its generation, never with another.
     */
    public void commit(long modelGeneration, Runnable renames) throws IOException {
        writer.commit(modelGeneration, renames);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /**
     * True when every passage's text is searched with its language's analysis (word forms match in English and
     * Russian); false for an index written before search knew languages, until {@link #reindexText} ran to the end.
     * Such an index is searched as before meanwhile: exact word forms, in its older passages.
     */
    public boolean textByLanguage() {
        return writer.textByLanguage();
    }

    /**
     * Brings an index written before search knew languages forward: writes every English and Russian passage again,
     * its text now analyzed in its language, committing every {@code batch} passages. {@code keepGoing} hears how many
     * passages were looked at and answers whether to go on; stopped, what is committed stays (such passages are
     * found either way) and the index is still marked as not by language. Answers how many passages were written.
     */
    public long reindexText(int batch, java.util.function.LongPredicate keepGoing) throws IOException {
        List<Passage> pending = new ArrayList<>();
        long[] seen = {0}, written = {0};
        boolean[] stopped = {false};
        IOException[] failed = {null};
        reading.forEach(true, true, p -> {
            if (stopped[0] || failed[0] != null) return;
            if (++seen[0] % batch == 0 && !keepGoing.test(seen[0])) stopped[0] = true;
            if (TextAnalysis.hasOwn(p.language())) pending.add(p);
            if (pending.size() >= batch) {
                try {
                    writer.update(pending);
                    writer.commit();
                    written[0] += pending.size();
                    pending.clear();
                } catch (IOException e) {
                    failed[0] = e;
                }
            }
        });
        if (failed[0] != null) throw failed[0];
        writer.update(pending);
        written[0] += pending.size();
        if (!stopped[0]) writer.markTextByLanguage();
        writer.commit();
        return written[0];
    }

    public int count() throws IOException {
        return reading.count();
    }

    /** Whether every passage carries near-duplicate band keys (counted from the index, no passage is read). */
    public boolean allHaveNearKeys() throws IOException {
        return reading.allHaveNearKeys();
    }

    /** The number of passages in a layer ("" for none), or of all passages when {@code layer} is null. */
    public int count(String layer) throws IOException {
        return (int) count(PassageFilter.NONE.withLayer(layer));
    }

    /** The number of passages that pass a filter. */
    public long count(PassageFilter filter) throws IOException {
        return reading.count(filter);
    }

    /** The passage with this id, or null. */
    public Passage get(String id) throws IOException {
        return reading.get(id);
    }

    /** A page of passages, optionally of one layer, sorted by density (highest first) or in source order. */
    public List<Passage> page(String layer, boolean byDensity, int offset, int limit) throws IOException {
        PassageQuery q = PassageQuery.all().filter(PassageFilter.NONE.withLayer(layer))
                .sort(byDensity ? PassageQuery.SortKey.DENSITY : PassageQuery.SortKey.SOURCE).page(offset, limit);
        return search(q).rows();
    }

    /**
     * Every passage a query matches in the order of its sort, on the store as it is now, for paging at any depth
     * (see {@link PassageListing}); null for queries ranked by relevance or nearness, or sorted by id, which page
     * by search. Listings are kept (the last eight) until the store changes: the store owns them, so callers do not
     * close them, and a listing the store has let go refuses further pages.
     */
    public PassageListing listing(PassageQuery q) throws IOException {
        return listings.listing(q);
    }

    /** The kept listing of a query when the store has not changed since it was made; null otherwise. Never waits. */
    public PassageListing cachedListing(PassageQuery q) throws IOException {
        return listings.cached(q);
    }

    /**
     * The listing of a query at once when it can be had without a sort: kept, or derived from the kept listing of
     * the same sort without filter (one pass marking the filter's matches, then the kept order read through it,
     * tens of ms at a million passages); null otherwise. Derived listings are kept as well.
     */
    public PassageListing quickListing(PassageQuery q) throws IOException {
        return listings.quick(q);
    }

    /**
     * Runs a query: full text, nearest neighbours or all, filtered, sorted, one page. The rows carry no embedding
     * (pages are for reading and listing; {@link #get} and {@link #forEach} give the embedding).
     */
    public PassagePage search(PassageQuery q) throws IOException {
        return reading.search(q);
    }

    /**
     * The cosine similarity of a unit vector to the nearest stored passage other than {@code id} (approximate, by
     * the HNSW graph); -1 when no other passage has an embedding.
     */
    public float nearestOther(String id, float[] vector) throws IOException {
        return reading.nearestOther(id, vector);
    }

    /** Visits every passage the query matches (ignoring its page), in index order. */
    public void forEachMatch(PassageQuery q, Consumer<Passage> visitor) throws IOException {
        reading.forEachMatch(q, true, visitor);
    }

    /** Visits every passage in source order (source, then position in the source), with its embedding. */
    public void forEach(Consumer<Passage> visitor) throws IOException {
        forEach(true, visitor);
    }

    /** As {@link #forEach(Consumer)}; without {@code vectors} the passages carry no embedding, which reads faster. */
    public void forEach(boolean vectors, Consumer<Passage> visitor) throws IOException {
        reading.forEach(vectors, true, visitor);
    }

    /** Visits every passage in source order with its doc values only: no text, no embedding, and many times faster. */
    public void forEachAttributes(Consumer<Passage> visitor) throws IOException {
        reading.forEach(false, false, visitor);
    }

    /**
     * About {@code n} passages spread evenly over the whole store (every k-th live document), with their text and
     * embedding: enough for a map of the corpus without reading a million vectors.
     */
    public List<Passage> sample(int n) throws IOException {
        return reading.sample(n);
    }

    /** A visitor of passages that also learns each one's rank in source order. */
    public interface RankedVisitor {
        void accept(Passage passage, int rank) throws IOException;
    }

    /**
     * A fixed view of the store for passes that must see the same passages (an export's selection, then its
     * writing): close it when done.
     */
    public StoreSnapshot snapshot() throws IOException {
        return reading.snapshot();
    }

    /** Counts, tokens and the density histogram over every live passage (doc values only, no text read). */
    public StoreSummary summary(int bins) throws IOException {
        return summary(PassageFilter.NONE, bins);
    }

    /** Counts, tokens and the density histogram over the passages that pass a filter. */
    public StoreSummary summary(PassageFilter filter, int bins) throws IOException {
        return reading.summary(filter, bins);
    }

    /** Closes without committing: what was not committed is dropped. */
    @Override
    public void close() throws IOException {
        listings.close();
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(FSDirectory d) {
        if (d == null) return;
        try {
            d.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
