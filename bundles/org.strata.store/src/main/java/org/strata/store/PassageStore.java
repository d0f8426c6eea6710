package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * The passages of one corpus in a Lucene index: full text, stored fields, doc values for sorting and counting,
 * and HNSW vectors of the embeddings. Writes become durable only at {@link #commit()}; a process killed before
 * reopens at the last commit. One store per index folder at a time (Lucene's write lock guards it).
 */
public final class PassageStore implements AutoCloseable {
    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private PassageStore(Path dir, FSDirectory directory, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code dir}, creating it when the folder holds none. */
    public static PassageStore open(Path dir) throws StoreException {
        FSDirectory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false);
            return new PassageStore(dir, directory, new IndexWriter(directory, cfg));
        } catch (IndexFormatTooNewException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index was written by a newer Strata (Lucene format too new); "
                    + "open it with that version", e);
        } catch (IndexFormatTooOldException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index format is too old for this Strata", e);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": the passage index is in use by another Strata process", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException(dir + ": cannot open the passage index: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return dir;
    }

    /**
     * Adds the passages whose id is not stored yet; an id already stored, or seen earlier in the same call, is an
     * exact duplicate and is not added. Returns how many were added.
     */
    public int addNew(Collection<Passage> passages) throws IOException {
        refresh();
        Set<String> seen = new HashSet<>();
        int added = 0;
        IndexSearcher s = searchers.acquire();
        try {
            for (Passage p : passages) {
                if (!seen.add(p.id())) continue;
                if (s.count(new TermQuery(new Term(PassageFields.ID, p.id()))) > 0) continue;
                writer.addDocument(PassageFields.toDocument(p));
                added++;
            }
        } finally {
            searchers.release(s);
        }
        return added;
    }

    /** Replaces stored passages by id with the given versions (attributes changed, text the same). */
    public void update(Collection<Passage> passages) throws IOException {
        for (Passage p : passages) writer.updateDocument(new Term(PassageFields.ID, p.id()), PassageFields.toDocument(p));
    }

    /** Deletes every passage of a source (before its changed file is ingested again); uncommitted until commit. */
    public void deleteSource(String source) throws IOException {
        writer.deleteDocuments(new Term(PassageFields.SOURCE, source));
    }

    /** Makes every change so far durable, all or nothing. */
    public void commit() throws IOException {
        writer.commit();
        refresh();
    }

    public int count() throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** The number of passages in a layer ("" for none), or of all passages when {@code layer} is null. */
    public int count(String layer) throws IOException {
        if (layer == null) return count();
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(PassageFields.LAYER, layer)));
        } finally {
            searchers.release(s);
        }
    }

    /** The passage with this id, or null. */
    public Passage get(String id) throws IOException {
        List<Passage> r = search(new TermQuery(new Term(PassageFields.ID, id)), null, 0, 1);
        return r.isEmpty() ? null : r.get(0);
    }

    /** A page of passages, optionally of one layer, sorted by density (highest first) or by source order. */
    public List<Passage> page(String layer, boolean byDensity, int offset, int limit) throws IOException {
        Query q = layer == null ? new MatchAllDocsQuery() : new TermQuery(new Term(PassageFields.LAYER, layer));
        Sort sort = byDensity
                ? new Sort(densitySortField(), new SortField(PassageFields.ID, SortField.Type.STRING))
                : new Sort(new SortField(PassageFields.SOURCE, SortField.Type.STRING), new SortField(PassageFields.SEQ, SortField.Type.LONG));
        return search(q, sort, offset, limit);
    }

    private static SortField densitySortField() {
        SortField f = new SortField(PassageFields.DENSITY, SortField.Type.INT, true);
        f.setMissingValue(Integer.MIN_VALUE); // unscored passages last
        return f;
    }

    private List<Passage> search(Query q, Sort sort, int offset, int limit) throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            int n = Math.max(1, offset + limit);
            TopDocs top = sort == null ? s.search(q, n) : s.search(q, n, sort);
            StoredFields stored = s.storedFields();
            List<Passage> out = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length && out.size() < limit; i++) out.add(PassageFields.fromStored(stored, docs[i].doc));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Visits every live passage in source order (source, then position in the source). */
    public void forEach(Consumer<Passage> visitor) throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            int total = Math.max(1, s.getIndexReader().numDocs());
            Sort sort = new Sort(new SortField(PassageFields.SOURCE, SortField.Type.STRING), new SortField(PassageFields.SEQ, SortField.Type.LONG));
            TopFieldDocs top = s.search(new MatchAllDocsQuery(), total, sort);
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : top.scoreDocs) visitor.accept(PassageFields.fromStored(stored, d.doc));
        } finally {
            searchers.release(s);
        }
    }

    /** Counts, tokens and the density histogram over every live passage, from doc values (no stored text read). */
    public StoreSummary summary(int bins) throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            long passages = 0, tokens = 0, unscored = 0;
            long[] hist = new long[bins];
            Map<String, long[]> byLayer = new TreeMap<>();
            Map<String, long[]> bySource = new TreeMap<>();
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                LeafReader r = ctx.reader();
                Bits live = r.getLiveDocs();
                NumericDocValues tok = r.getNumericDocValues(PassageFields.TOKENS);
                NumericDocValues den = r.getNumericDocValues(PassageFields.DENSITY);
                SortedDocValues lay = r.getSortedDocValues(PassageFields.LAYER);
                SortedDocValues src = r.getSortedDocValues(PassageFields.SOURCE);
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    passages++;
                    long t = tok != null && tok.advanceExact(doc) ? tok.longValue() : 0;
                    tokens += t;
                    if (den != null && den.advanceExact(doc)) {
                        float d = NumericUtils.sortableIntToFloat((int) den.longValue());
                        hist[Math.min(bins - 1, Math.max(0, (int) (d * bins)))]++;
                    } else {
                        unscored++;
                    }
                    add(byLayer, term(lay, doc), t);
                    add(bySource, term(src, doc), t);
                }
            }
            return new StoreSummary(passages, tokens, byLayer, bySource, hist, unscored);
        } finally {
            searchers.release(s);
        }
    }

    private static String term(SortedDocValues dv, int doc) throws IOException {
        if (dv == null || !dv.advanceExact(doc)) return "";
        BytesRef b = dv.lookupOrd(dv.ordValue());
        return b.utf8ToString();
    }

    private static void add(Map<String, long[]> m, String key, long tokens) {
        long[] v = m.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += tokens;
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Closes without committing: what was not committed is dropped. */
    @Override
    public void close() throws IOException {
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

    /** Counts of stored passages per source, in source order. */
    public Map<String, Long> countsBySource() throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        summary(1).bySource().forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
