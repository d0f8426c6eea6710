package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The passages of one corpus in a Lucene index: full text (BM25), stored fields, HNSW vectors of the embeddings,
 * and the attributes in doc values that bulk actions update in place. Changes become durable, all together, at
 * {@link #commit()}; a process killed before reopens at the last commit. One store per index folder at a time
 * (Lucene's write lock guards it). Reads see every change made through this store, committed or not.
 */
public final class PassageStore implements AutoCloseable {
    /** The store format this code writes; an index with a higher number was written by a newer Strata. */
    public static final int FORMAT = 1;
    private static final String FORMAT_KEY = "strata.store.format";
    private static final String LAYERS_KEY = "strata.layers";
    private static final String CONCEPTS_KEY = "strata.concepts";
    private static final String GENERATION_KEY = "strata.model.generation";
    /** From this offset on, density pages are cut from a histogram window instead of a full sort. */
    private static final int DEEP_PAGE = 2_000;

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Codes layers;
    private final Codes concepts;
    private static final int LISTINGS = 8;
    /** In access order: the listings used last stay (an unfiltered one, from which filtered ones derive, is used most). */
    private final java.util.LinkedHashMap<String, PassageListing> listings = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private IndexReader listingsReader;
    private final Set<String> claimed = new HashSet<>();
    private boolean deletesPending;
    /** The generation of the corpus model that the last commit goes with (see {@link #commit(long, Runnable)}). */
    private volatile long generation;
    private final Object commitLock = new Object();

    private PassageStore(Path dir, FSDirectory directory, IndexWriter writer, Map<String, String> commitData) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.layers = Codes.decode(commitData.get(LAYERS_KEY));
        this.concepts = Codes.decode(commitData.get(CONCEPTS_KEY));
        this.generation = Long.parseLong(commitData.getOrDefault(GENERATION_KEY, "0"));
        this.searchers = new SearcherManager(writer, null);
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
                int format = Integer.parseInt(data.getOrDefault(FORMAT_KEY, "1"));
                if (format > FORMAT) {
                    throw new StoreException(dir + ": the passage index was written by a newer Strata (store format " + format
                            + ", this one reads up to " + FORMAT + "); nothing was changed", null);
                }
                Long.parseLong(data.getOrDefault(GENERATION_KEY, "0")); // a damaged number fails here, before the writer locks
            }
            IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
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
        return generation;
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
    public synchronized List<Passage> claimNew(Collection<Passage> passages) throws IOException {
        // Reopening the reader for every call flushed a tiny segment per file and made ingestion 20 times slower.
        // Ids claimed since the last commit are remembered instead; only a pending delete forces a reopen, because
        // then the reader would still show passages that are gone (callers add nothing while they delete).
        if (deletesPending) {
            searchers.maybeRefreshBlocking();
            claimed.clear();
            deletesPending = false;
        }
        List<Passage> fresh = new ArrayList<>();
        IndexSearcher s = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            org.apache.lucene.index.TermsEnum[] enums = new org.apache.lucene.index.TermsEnum[leaves.size()];
            for (int i = 0; i < enums.length; i++) {
                org.apache.lucene.index.Terms t = leaves.get(i).reader().terms(PassageFields.ID);
                enums[i] = t == null ? null : t.iterator(); // one enum a segment for all the ids: no query per id
            }
            for (Passage p : passages) {
                if (claimed.contains(p.id()) || stored(leaves, enums, new org.apache.lucene.util.BytesRef(p.id()))) continue;
                claimed.add(p.id());
                fresh.add(p);
            }
        } finally {
            searchers.release(s);
        }
        return fresh;
    }

    /** Whether a live document has this id. */
    private static boolean stored(List<LeafReaderContext> leaves, org.apache.lucene.index.TermsEnum[] enums,
            org.apache.lucene.util.BytesRef id) throws IOException {
        for (int i = 0; i < enums.length; i++) {
            if (enums[i] == null || !enums[i].seekExact(id)) continue;
            org.apache.lucene.util.Bits live = leaves.get(i).reader().getLiveDocs();
            if (live == null) return true;
            org.apache.lucene.index.PostingsEnum docs = enums[i].postings(null, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live.get(d)) return true;
            }
        }
        return false;
    }

    /**
     * Adds passages without looking for their ids first: for callers that have removed duplicates already
     * (bulk loads, results of a distributed job). An id added twice is stored twice.
     */
    public void addAll(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) writer.addDocument(PassageFields.asDocument(p, layers, concepts));
    }

    /** Replaces stored passages by id, embedding included (used when scoring: the document is rewritten). */
    public void update(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) {
            writer.updateDocument(new Term(PassageFields.ID, p.id()), PassageFields.asDocument(p, layers, concepts));
        }
    }

    /** Updates only the attributes of stored passages (doc values in place: the text is not rewritten). */
    public void updateAttributes(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) {
            writer.updateDocValues(new Term(PassageFields.ID, p.id()), PassageFields.attributes(p, layers, concepts));
        }
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
        forEachMatch(query, false, matched::add);
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
        layers.checkRename(from, Codes.checkName("layer", to));
    }

    /** Refuses, as {@link #renameConcept} would, a rename to a concept name some passages had before; changes nothing. */
    public void checkConceptRename(String from, String to) {
        concepts.checkRename(from, Codes.checkName("concept", to));
    }

    /** Renames a layer in every passage at once (only the code table changes); durable at the next commit. */
    public void renameLayer(String from, String to) {
        layers.rename(from, Codes.checkName("layer", to));
    }

    /** Renames a concept in every passage tagged with it (only the code table changes); durable at the next commit. */
    public void renameConcept(String from, String to) {
        concepts.rename(from, Codes.checkName("concept", to));
    }

    /**
     * Whether the store held passages of a source when its reader was last reopened (no reopen here: cheap, and
     * enough to find what an earlier, committed run stored).
     */
    public boolean mayHoldSource(String source) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(PassageFields.SOURCE, source))) > 0;
        } finally {
            searchers.release(s);
        }
    }

    /** Deletes every passage of a source (before its changed file is ingested again); uncommitted until commit. */
    public synchronized void deleteSource(String source) throws IOException {
        writer.deleteDocuments(new Term(PassageFields.SOURCE, source));
        deletesPending = true;
    }

    /** Makes every change so far durable, all or nothing, with the model generation of the last commit. */
    public void commit() throws IOException {
        synchronized (commitLock) { // the generation read and written in one step: a joint commit cannot come between
            commit(generation, () -> { });
        }
    }

    /**
     * Makes every change so far durable, all or nothing, and records with it the generation of the corpus model that
     * goes with the passages from now on: the engine's one transaction over the model and the index writes the model
     * it is about to put in place under this number before the commit, so a corpus stopped half-way can tell which
     * of the two got the change. {@code renames} (of layers and concepts, {@link #renameLayer}) run under the commit's
     * lock, so that they become durable with this commit and its generation, never with another.
     */
    public void commit(long modelGeneration, Runnable renames) throws IOException {
        synchronized (commitLock) { // one commit at a time: its data and its changes go together
            renames.run(); // renames of the model's names enter here, so that no other commit makes them durable first
            Map<String, String> data = new HashMap<>();
            data.put(FORMAT_KEY, Integer.toString(FORMAT));
            data.put(LAYERS_KEY, layers.encode());
            data.put(CONCEPTS_KEY, concepts.encode());
            data.put(GENERATION_KEY, Long.toString(modelGeneration));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            generation = modelGeneration;
        }
        refresh();
        synchronized (this) {
            claimed.clear(); // everything claimed is in the reader now
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public int count() throws IOException {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Whether every passage carries near-duplicate band keys (counted from the index, no passage is read). */
    public boolean allHaveNearKeys() throws IOException {
        return withSearcher(s -> s.count(new org.apache.lucene.search.FieldExistsQuery(PassageFields.NEAR_KEYS))
                == s.getIndexReader().numDocs());
    }

    /** The number of passages in a layer ("" for none), or of all passages when {@code layer} is null. */
    public int count(String layer) throws IOException {
        return (int) count(PassageFilter.NONE.withLayer(layer));
    }

    /** The number of passages that pass a filter. */
    public long count(PassageFilter filter) throws IOException {
        Query f = Queries.filter(filter, layers, concepts);
        return withSearcher(s -> s.count(f == null ? new MatchAllDocsQuery() : f));
    }

    /** The passage with this id, or null. */
    public Passage get(String id) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(PassageFields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? null : readAll(s, top.scoreDocs, true).get(0);
        });
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
     * by search. Listings are kept (the last {@value #LISTINGS}) until the store changes: the store owns them, so
     * callers do not close them, and a listing the store has let go refuses further pages.
     */
    public PassageListing listing(PassageQuery q) throws IOException {
        if (q.vector() != null || q.sort() == PassageQuery.SortKey.RELEVANCE || q.sort() == PassageQuery.SortKey.ID) return null;
        PassageListing kept = cachedListing(q);
        if (kept != null) return kept;
        Query query = luceneQuery(q);
        refresh();
        IndexSearcher s = searchers.acquire();
        PassageListing made;
        try {
            made = new PassageListing(this, s, () -> {
                try {
                    searchers.release(s);
                } catch (IOException | RuntimeException e) {
                    // the store closed first: its readers are gone with it
                }
            }, PassageListing.order(s, query, q.sort()));
        } catch (IOException | RuntimeException e) {
            searchers.release(s);
            throw e;
        }
        synchronized (listings) {
            if (listingsReader != s.getIndexReader()) dropListings();
            listingsReader = s.getIndexReader();
            keep(q, made);
        }
        return made;
    }

    /** The kept listing of a query when the store has not changed since it was made; null otherwise. Never waits. */
    public PassageListing cachedListing(PassageQuery q) throws IOException {
        synchronized (listings) {
            if (listings.isEmpty()) return null;
            refresh();
            IndexSearcher s = searchers.acquire();
            try {
                if (s.getIndexReader() != listingsReader) return null; // changed since: the next listing() drops them
                return listings.get(listingKey(q));
            } finally {
                searchers.release(s);
            }
        }
    }

    /**
     * The listing of a query at once when it can be had without a sort: kept, or derived from the kept listing of
     * the same sort without filter (one pass marking the filter's matches, then the kept order read through it,
     * tens of ms at a million passages); null otherwise. Derived listings are kept as well.
     */
    public PassageListing quickListing(PassageQuery q) throws IOException {
        PassageListing kept = cachedListing(q);
        if (kept != null || q.text() != null || q.vector() != null || q.filter().equals(PassageFilter.NONE)) return kept;
        PassageListing base = cachedListing(PassageQuery.all().sort(q.sort()));
        if (base == null) return null;
        PassageListing derived;
        try {
            derived = base.narrowed(luceneQuery(q), this::retain);
        } catch (IllegalStateException e) {
            return null; // let go meanwhile
        }
        synchronized (listings) {
            if (listingsReader != derived.reader()) {
                derived.close();
                return null;
            }
            keep(q, derived);
        }
        return derived;
    }

    /** Another hold on a searcher's reader, for a listing derived from one that holds it: released with it. */
    private Runnable retain(IndexSearcher s) {
        s.getIndexReader().incRef();
        return () -> {
            try {
                s.getIndexReader().decRef();
            } catch (IOException | RuntimeException e) {
                // the store closed first
            }
        };
    }

    /** Keeps a listing under its query (the one it replaces, and the least recently used past the limit, are let go). */
    private void keep(PassageQuery q, PassageListing l) {
        PassageListing old = listings.put(listingKey(q), l);
        if (old != null && old != l) old.close();
        while (listings.size() > LISTINGS) {
            var eldest = listings.entrySet().iterator().next();
            eldest.getValue().close();
            listings.remove(eldest.getKey());
        }
    }

    private static String listingKey(PassageQuery q) {
        return q.sort() + "|" + q.filter() + "|" + q.text();
    }

    private void dropListings() {
        for (PassageListing l : listings.values()) l.close();
        listings.clear();
    }

    /**
     * Runs a query: full text, nearest neighbours or all, filtered, sorted, one page. The rows carry no embedding
     * (pages are for reading and listing; {@link #get} and {@link #forEach} give the embedding).
     */
    public PassagePage search(PassageQuery q) throws IOException {
        Query query = luceneQuery(q);
        return withSearcher(s -> {
            if (q.sort() == PassageQuery.SortKey.DENSITY && q.vector() == null && q.offset() >= DEEP_PAGE) {
                DensityPages.Window w = DensityPages.window(s, query, q.offset(), q.limit());
                if (w != null) {
                    Query narrow = Queries.combine(query, DensityPages.range(w));
                    int skip = (int) (q.offset() - w.above());
                    TopDocs top = s.search(narrow, skip + q.limit(), sort(q));
                    int from = Math.min(skip, top.scoreDocs.length);
                    int to = Math.min(top.scoreDocs.length, from + q.limit());
                    return new PassagePage(w.total(), readAll(s, Arrays.copyOfRange(top.scoreDocs, from, to), false));
                }
            }
            int n = Math.max(1, q.offset() + q.limit());
            Sort sort = sort(q);
            TopDocs top = sort == null ? s.search(query, n) : s.search(query, n, sort);
            long total = q.vector() != null || top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value() : s.count(query);
            int from = Math.min(q.offset(), top.scoreDocs.length);
            int to = Math.min(top.scoreDocs.length, from + q.limit());
            return new PassagePage(total, readAll(s, Arrays.copyOfRange(top.scoreDocs, from, to), false));
        });
    }

    /**
     * The cosine similarity of a unit vector to the nearest stored passage other than {@code id} (approximate, by
     * the HNSW graph); -1 when no other passage has an embedding.
     */
    public float nearestOther(String id, float[] vector) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(new KnnFloatVectorQuery(PassageFields.vectorField(vector.length), vector, 3), 3);
            var leaves = s.getIndexReader().leaves();
            for (ScoreDoc d : top.scoreDocs) {
                LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                String other = ctx.reader().storedFields().document(d.doc - ctx.docBase, java.util.Set.of(PassageFields.ID))
                        .get(PassageFields.ID);
                if (!id.equals(other)) return 2 * d.score - 1; // Lucene's dot-product score is (1 + cos) / 2
            }
            return -1f;
        });
    }

    /** Reads rows in doc-id order (stored fields are compressed in blocks of neighbouring docs) and keeps their order. */
    List<Passage> readAll(IndexSearcher s, ScoreDoc[] docs, boolean vectors) throws IOException {
        return readAll(s, docs, vectors, true);
    }

    /** As above; without {@code text}, rows carry doc values only (no stored fields are read). */
    private List<Passage> readAll(IndexSearcher s, ScoreDoc[] docs, boolean vectors, boolean text) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        Passage[] rows = new Passage[docs.length];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext ctx = null;
        PassageFields.LeafReading leaf = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (ctx == null || doc >= ctx.docBase + ctx.reader().maxDoc()) {
                ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
                leaf = new PassageFields.LeafReading(ctx.reader(), layers, concepts);
            }
            rows[i] = text ? leaf.read(doc - ctx.docBase, vectors) : leaf.attributes(doc - ctx.docBase);
        }
        return Arrays.asList(rows);
    }

    /** Visits every passage the query matches (ignoring its page), in index order. */
    public void forEachMatch(PassageQuery q, Consumer<Passage> visitor) throws IOException {
        forEachMatch(q, true, visitor);
    }

    /** As above; without {@code full}, passages carry their attributes only (no text, no embedding): much faster. */
    private void forEachMatch(PassageQuery q, boolean full, Consumer<Passage> visitor) throws IOException {
        Query query = luceneQuery(q);
        withSearcher(s -> {
            var weight = s.createWeight(s.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                var scorer = weight.scorer(ctx);
                if (scorer == null) continue;
                var live = ctx.reader().getLiveDocs();
                var it = scorer.iterator();
                PassageFields.LeafReading leaf = new PassageFields.LeafReading(ctx.reader(), layers, concepts);
                for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live != null && !live.get(d)) continue;
                    visitor.accept(full ? leaf.read(d, true) : leaf.attributes(d));
                }
            }
            return null;
        });
    }

    /** Visits every passage in source order (source, then position in the source), with its embedding. */
    public void forEach(Consumer<Passage> visitor) throws IOException {
        forEach(true, visitor);
    }

    /** As {@link #forEach(Consumer)}; without {@code vectors} the passages carry no embedding, which reads faster. */
    public void forEach(boolean vectors, Consumer<Passage> visitor) throws IOException {
        forEach(vectors, true, visitor);
    }

    /** Visits every passage in source order with its doc values only: no text, no embedding, and many times faster. */
    public void forEachAttributes(Consumer<Passage> visitor) throws IOException {
        forEach(false, false, visitor);
    }

    private void forEach(boolean vectors, boolean text, Consumer<Passage> visitor) throws IOException {
        withSearcher(s -> {
            int[] order = SourceOrder.of(s.getIndexReader());
            for (int i = 0; i < order.length; i += 1024) {
                ScoreDoc[] chunk = new ScoreDoc[Math.min(1024, order.length - i)];
                for (int j = 0; j < chunk.length; j++) chunk[j] = new ScoreDoc(order[i + j], 0);
                for (Passage p : readAll(s, chunk, vectors, text)) visitor.accept(p);
            }
            return null;
        });
    }

    /**
     * About {@code n} passages spread evenly over the whole store (every k-th live document), with their text and
     * embedding: enough for a map of the corpus without reading a million vectors.
     */
    public List<Passage> sample(int n) throws IOException {
        if (n <= 0) return List.of();
        return withSearcher(s -> {
            int live = s.getIndexReader().numDocs();
            if (live == 0) return List.of();
            double step = Math.max(1.0, (double) live / n);
            List<ScoreDoc> picked = new java.util.ArrayList<>();
            double next = 0;
            int seen = 0;
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                var liveDocs = ctx.reader().getLiveDocs();
                for (int d = 0; d < ctx.reader().maxDoc() && picked.size() < n; d++) {
                    if (liveDocs != null && !liveDocs.get(d)) continue;
                    if (seen++ >= next) {
                        picked.add(new ScoreDoc(ctx.docBase + d, 0));
                        next += step;
                    }
                }
            }
            return readAll(s, picked.toArray(ScoreDoc[]::new), true);
        });
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
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            return new StoreSnapshot(s, () -> searchers.release(s), layers, concepts);
        } catch (IOException | RuntimeException e) {
            searchers.release(s);
            throw e;
        }
    }

    /** Counts, tokens and the density histogram over every live passage (doc values only, no text read). */
    public StoreSummary summary(int bins) throws IOException {
        return summary(PassageFilter.NONE, bins);
    }

    /** Counts, tokens and the density histogram over the passages that pass a filter. */
    public StoreSummary summary(PassageFilter filter, int bins) throws IOException {
        Query f = Queries.filter(filter, layers, concepts);
        return withSearcher(s -> Summaries.of(s, f == null ? new MatchAllDocsQuery() : f, bins, layers));
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private Query luceneQuery(PassageQuery q) throws StoreException {
        Query filter = Queries.filter(q.filter(), layers, concepts);
        if (q.vector() != null) return new KnnFloatVectorQuery(PassageFields.vectorField(q.vector().length), q.vector(), Math.max(1, q.k()), filter);
        return Queries.combine(Queries.text(q.text(), analyzer), filter);
    }

    private static Sort sort(PassageQuery q) {
        return switch (q.sort()) {
            case RELEVANCE -> null;
            // ties fall to doc order (a string tie-breaker on id made the sort five times slower)
            case DENSITY -> new Sort(new SortField(PassageFields.DENSITY, SortField.Type.LONG, true));
            case TOKENS -> new Sort(new SortField(PassageFields.TOKENS, SortField.Type.INT, true));
            case SOURCE -> new Sort(new SortField(PassageFields.SOURCE, SortField.Type.STRING), new SortField(PassageFields.SEQ, SortField.Type.LONG));
            case LAYER -> new Sort(new SortField(PassageFields.LAYER, SortField.Type.LONG));
            case STATUS -> new Sort(new SortField(PassageFields.STATUS, SortField.Type.LONG));
            case ID -> new Sort(new SortField(PassageFields.ID, SortField.Type.STRING));
        };
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            return work.run(s);
        } finally {
            searchers.release(s);
        }
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Closes without committing: what was not committed is dropped. */
    @Override
    public void close() throws IOException {
        synchronized (listings) {
            dropListings();
        }
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
