package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.Extractor;
import org.strata.ingest.FileExtractor;
import org.strata.ingest.isolated.IsolatedExtractor;
import org.strata.ingest.TokenCounter;
import org.strata.ingest.archive.ArchiveExpander;
import org.strata.ingest.chat.Transcripts;
import org.strata.ingest.dedup.MinHash;
import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.model.corpus.IngestStatus;
import org.strata.model.corpus.Source;
import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * Ingests files and folders into a corpus: Tika extraction, cleaning, segmentation into passages within the
 * token budget, exact duplicates left out, passages stored. Each file ends ok, skipped or failed with a reason;
 * a bad file never stops the others. The store is committed and the model saved once at the end; the report
 * is written to the corpus's {@code log/} folder. Files are parsed in parallel, each in an isolated worker process
 * where possible (a UTF-8 {@code .txt} file is read directly: no parser runs), and stored in the order given, so the
 * same input gives the same corpus.
 */
public final class Ingestion implements AutoCloseable {
    /** The default passage budget in encoder tokens, well inside MiniLM's 512-position window. */
    public static final int DEFAULT_BUDGET = 256;
    /**
     * Work is committed every this many seconds and at the end, so a killed run loses at most this much. Each commit
     * waits for the indexing in flight and so stalls the pipeline: every 64 files, as before, cost a fifth of the
     * bench's ingest time. The system property {@code strata.ingest.checkpointSeconds} sets another interval.
     */
    private static final long COMMIT_NANOS = Math.max(0, Math.min(Long.getLong("strata.ingest.checkpointSeconds", 20), 86_400))
            * 1_000_000_000L;

    /** The near-duplicate settings whose band keys every ingested passage carries. */
    public static final NearDuplicateFinder.Settings NEAR_SETTINGS = NearDuplicateFinder.Settings.DEFAULT;
    private static final MinHash NEAR_HASH = NearDuplicateFinder.minHash(NEAR_SETTINGS);

    private final FileExtractor extractor;
    private final ArchiveExpander expander = new ArchiveExpander(ArchiveExpander.Limits.DEFAULT);
    private final DocumentPassages documents;
    private final ExecutorService pool;
    private final int threads;

    /** Ingestion with isolated parse workers (one per core) where this JVM can start them, else in-process parsing. */
    public Ingestion(TokenCounter counter, int budget) {
        this(defaultExtractor(), counter, budget, Runtime.getRuntime().availableProcessors());
    }

    public Ingestion(FileExtractor extractor, TokenCounter counter, int budget, int threads) {
        this.extractor = extractor;
        this.documents = new DocumentPassages(extractor, counter, budget);
        this.threads = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        // a thread waiting on a parse worker process uses no core here: twice as many threads keep both busy
        int poolSize = extractor instanceof IsolatedExtractor ? 2 * this.threads : this.threads;
        this.pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "strata-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Forked parse workers with time and memory limits when possible (plain JVM), else Tika in this process. */
    public static FileExtractor defaultExtractor() {
        return IsolatedExtractor.available()
                ? new IsolatedExtractor(IsolatedExtractor.Limits.DEFAULT, Runtime.getRuntime().availableProcessors())
                : new Extractor();
    }

    /**
     * Forked parse workers, one per core, started with the given class path: for a host whose own class path a worker
     * cannot use (the workbench gathers one from its bundles).
     */
    public static FileExtractor isolatedExtractor(String classpath) {
        return new IsolatedExtractor(IsolatedExtractor.Limits.DEFAULT, Runtime.getRuntime().availableProcessors(), classpath);
    }

    /**
     * Up to {@code workers} forked parse workers started with the given class path, each file under a time limit and
     * each worker under a heap limit: for a Spark executor, whose tasks share them.
     */
    public static FileExtractor isolatedExtractor(String classpath, int workers, java.time.Duration timeout, int heapMb) {
        return new IsolatedExtractor(new IsolatedExtractor.Limits(timeout, heapMb, IsolatedExtractor.Limits.DEFAULT.maxChars()), workers, classpath);
    }

    /** Tika in this process, with no time or memory limit: for when workers cannot be started. */
    public static FileExtractor inProcessExtractor() {
        return new Extractor();
    }

    /** A class of the parsing code, by which a host finds the jar or bundle that holds it (for the workers' class path). */
    public static Class<?> parserCode() {
        return Extractor.class;
    }

    private final List<Future<?>> indexing = new ArrayList<>();

    private void awaitIndexing() throws IOException {
        try {
            for (Future<?> f : indexing) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            indexing.clear();
        }
    }

    /** The text and passages of one parsed file, made on a pool thread; {@code chats} for a chat transcript, else null. */
    private record Parsed(Extracted doc, List<Passage> passages, String language, ChatIngestion.Chats chats) {}

    /** One file on its way: either already decided (missing, empty, unchanged...) or being parsed. */
    private record Job(Item item, String sha, Future<Parsed> parsed, FileResult decided) {
        Path file() {
            return item.file();
        }

        String uri() {
            return item.uri();
        }
    }

    /**
     * A file to ingest: a file given or found in a folder, or a member of an archive (then its file lies in the run's
     * work folder, its uri is {@code archive!/member} and it counts no bytes of progress: its archive did).
     */
    private record Item(Path file, String uri, String shown, long bytes) {
        static Item of(Path file) {
            return new Item(file, file.toAbsolutePath().normalize().toString(), file.toString(), InputFiles.sizeOf(file));
        }
    }

    public IngestReport run(CorpusFolder corpus, List<Path> paths, Consumer<FileResult> listener) throws IOException {
        return run(corpus, paths, listener, Progress.NONE);
    }

    /**
     * As above, reporting bytes done out of the bytes of all files to {@code progress}; when it says cancelled, the
     * files not started yet are left out and what was stored is kept.
     */
    public IngestReport run(CorpusFolder corpus, List<Path> paths, Consumer<FileResult> listener, Progress progress) throws IOException {
        List<FileResult> results = new ArrayList<>();
        Deque<Job> inflight = new ArrayDeque<>();
        Deque<Item> files = new ArrayDeque<>();
        for (Path f : InputFiles.expand(paths, results, listener)) files.add(Item.of(f));
        long total = 0, done = 0;
        for (Item f : files) total += f.bytes();
        Path work = corpus.dir().resolve(WORK);
        InputFiles.deleteTree(work); // what a killed run left
        long lastCommit = System.nanoTime();
        try {
            while ((!files.isEmpty() && !progress.cancelled()) || !inflight.isEmpty()) {
                while (inflight.size() < 4 * threads && !files.isEmpty() && !progress.cancelled()) {
                    inflight.add(prepare(corpus, files.poll(), files, work));
                }
                if (inflight.isEmpty()) break;
                Job job = inflight.poll();
                FileResult r = finish(corpus, job);
                results.add(r);
                listener.accept(r);
                done += job.item().bytes();
                progress.worked(done, total);
                if (System.nanoTime() - lastCommit >= COMMIT_NANOS) {
                    checkpoint(corpus);
                    lastCommit = System.nanoTime();
                }
            }
            checkpoint(corpus);
        } finally {
            InputFiles.deleteTree(work);
        }
        IngestReport report = new IngestReport(results);
        report.write(corpus.logDir());
        return report;
    }

    /** The corpus's folder for archive members while a run parses them; removed at the end of the run. */
    private static final String WORK = "tmp";

    /**
     * Makes the work so far durable: the passages, then the passages and the model as one commit. A run killed after
     * this resumes from here; a file whose passages reached the index but whose source did not reach the model is
     * simply ingested again (its passages are replaced, not doubled).
     */
    private void checkpoint(CorpusFolder corpus) throws IOException {
        awaitIndexing();
        corpus.store().commit(); // the bulk of the passages, flushed while the workbench may still edit the model
        chats.save(corpus); // the turns of the conversations stored: before the model names their sources
        corpus.commit();
    }

    /** The conversations of chat transcripts, kept beside the model. */
    private final ChatIngestion chats = new ChatIngestion();

    /**
     * Checks a file on this thread (the model is touched here only) and hands its parsing to the pool. An archive
     * is expanded here: its members go to the front of {@code files}, to be ingested next, each as its own source.
     */
    private Job prepare(CorpusFolder corpus, Item item, Deque<Item> files, Path work) {
        Path file = item.file();
        String memberFailure = failures.remove(item.uri());
        if (memberFailure != null) return decided(item, fail(corpus, item, memberFailure));
        try {
            if (!Files.exists(file)) return decided(item, fail(corpus, item, "disappeared during the run"));
            if (!Files.isReadable(file)) return decided(item, fail(corpus, item, "permission denied"));
            if (Files.size(file) == 0) return decided(item, skip(corpus, item, "empty file"));
            ArchiveExpander.Kind kind = ArchiveExpander.kind(file);
            if (kind != null) return decided(item, expandArchive(corpus, item, kind, files, work));
            String sha = sha256(file);
            Source known = corpus.source(item.uri());
            if (known != null && sha.equals(known.getSha256()) && known.getStatus() == IngestStatus.OK) {
                return decided(item, new FileResult(item.shown(), Outcome.SKIPPED, "unchanged", 0, 0));
            }
            String uri = item.uri();
            Transcripts.Kind chat = Transcripts.kind(file);
            if (chat != null) {
                // a chat transcript: read as conversations with their turns and roles, not as flat text
                return new Job(item, sha, pool.submit(() -> new Parsed(null, List.of(), null, ChatIngestion.parse(file, uri, chat, documents))), null);
            }
            Future<Parsed> parsed = pool.submit(() -> {
                DocumentPassages.Result r = documents.of(file, uri);
                return new Parsed(r.document(), r.passages(), r.language(), null);
            });
            return new Job(item, sha, parsed, null);
        } catch (NoSuchFileException e) {
            return decided(item, fail(corpus, item, "disappeared during the run"));
        } catch (AccessDeniedException e) {
            return decided(item, fail(corpus, item, "permission denied"));
        } catch (IOException e) {
            return decided(item, fail(corpus, item, "cannot read: " + e.getMessage()));
        }
    }

    private int archives;

    /**
     * Expands an archive into the work folder and queues its members; members the archive no longer holds lose
     * their passages. The archive's own line says how many members it had, or why it was refused (a bomb, too
     * deep, unreadable); a bomb keeps nothing, an archive cut short keeps the members read in full.
     */
    private FileResult expandArchive(CorpusFolder corpus, Item item, ArchiveExpander.Kind kind, Deque<Item> files, Path work) {
        ArchiveExpander.Expansion x;
        Path into = work.resolve(Integer.toString(++archives));
        try {
            x = expander.expand(item.file(), kind, item.uri(), into); // kind: the container detection is not run twice
        } catch (ArchiveExpander.Refused e) {
            quietlyDelete(into);
            return fail(corpus, item, e.getMessage());
        } catch (IOException e) {
            quietlyDelete(into);
            return fail(corpus, item, "cannot expand the archive: " + e.getMessage());
        }
        List<Item> members = new ArrayList<>();
        java.util.Set<String> held = new java.util.HashSet<>();
        for (ArchiveExpander.Member m : x.members()) {
            held.add(m.uri());
            members.add(new Item(m.file() != null ? m.file() : into.resolve("missing"), m.uri(), m.uri(), 0));
            if (m.failure() != null) failures.put(m.uri(), m.failure());
        }
        for (int i = members.size() - 1; i >= 0; i--) files.addFirst(members.get(i));
        if (x.problem() == null) forgetMembersNotIn(corpus, item.uri(), held);
        Source src = corpus.sourceOrNew(item.uri());
        src.setMediaType(kind.mediaType());
        src.setPassageCount(0);
        if (x.problem() != null) return fail(corpus, item, x.problem());
        src.setStatus(IngestStatus.OK);
        src.setReason("archive of " + x.members().size() + " members");
        return new FileResult(item.shown(), Outcome.OK, "archive of " + x.members().size() + " members", 0, 0);
    }

    /** Member failures found while expanding, reported when the member's turn comes (in archive order). */
    private final java.util.Map<String, String> failures = new java.util.HashMap<>();

    /** Sources that were members of this archive in an earlier run and are no longer in it. */
    private void forgetMembersNotIn(CorpusFolder corpus, String archiveUri, java.util.Set<String> held) {
        String prefix = archiveUri + "!/";
        // a conversation of a member (member#id) goes with its member, not by itself
        List<Source> gone = corpus.corpus().getSources().stream()
                .filter(s -> s.getUri().startsWith(prefix) && !held.contains(ChatIngestion.fileOf(s.getUri()))).toList();
        if (gone.isEmpty()) return;
        try {
            awaitIndexing();
            for (Source s : gone) {
                corpus.store().deleteSource(s.getUri());
                corpus.removeSource(s);
                chats.forgotten(corpus, s.getUri());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quietlyDelete(Path dir) {
        try {
            InputFiles.deleteTree(dir);
        } catch (IOException e) {
            // the run's end removes the work folder again
        }
    }

    private static Job decided(Item item, FileResult r) {
        return new Job(item, null, null, r);
    }

    /** Stores a parsed file's passages and records its source, in file order. */
    private FileResult finish(CorpusFolder corpus, Job job) throws IOException {
        if (job.decided() != null) return job.decided();
        Item item = job.item();
        String uri = job.uri();
        Parsed parsed;
        try {
            parsed = job.parsed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(corpus, item, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String why = c instanceof ExtractException || c instanceof java.io.IOException ? c.getMessage() : "parser crashed: " + c;
            return fail(corpus, item, why);
        }
        if (parsed.chats() != null) return chats.finish(corpus, item.shown(), uri, job.sha(), parsed.chats(), this::store, this::forget);
        Extracted doc = parsed.doc();
        String language = parsed.language();
        List<Passage> passages = parsed.passages();
        chats.noLongerChat(corpus, uri, this::forget); // a file read as a transcript before, read as a document now
        if (passages.isEmpty()) return skip(corpus, item, "no text found (" + doc.mediaType() + ")");
        int added = store(corpus, uri, passages);
        Source src = corpus.sourceOrNew(uri);
        src.setSha256(job.sha());
        src.setMediaType(doc.mediaType());
        src.setTitle(doc.title());
        src.setAuthor(doc.author());
        src.setDate(doc.date());
        src.setLanguage(language);
        src.setLicense(doc.license().isEmpty() ? null : doc.license());
        src.setStatus(IngestStatus.OK);
        src.setReason(null);
        src.setPassageCount(added);
        String note = doc.note().isEmpty() ? null : doc.note();
        return new FileResult(item.shown(), Outcome.OK, note, added, passages.size() - added);
    }

    /**
     * Stores the passages of a source, replacing those of an earlier ingestion of it; returns how many were new to the
     * corpus (a passage whose text it holds already is not stored twice).
     */
    private int store(CorpusFolder corpus, String uri, List<Passage> passages) throws IOException {
        if (corpus.source(uri) != null || corpus.store().mayHoldSource(uri)) {
            // a changed file, or one a killed run half-recorded, replaces its old passages
            awaitIndexing(); // nothing may be half added while the store deletes and reopens
            corpus.store().deleteSource(uri);
        }
        List<Passage> fresh = corpus.store().claimNew(passages); // decided here, in file order: the same input, the same corpus
        PassageStore store = corpus.store();
        indexing.add(pool.submit(() -> {
            // the costly part (band keys, analysis, postings, stored fields) runs beside parsing, for new passages only
            List<Passage> keyed = new ArrayList<>(fresh.size());
            for (Passage p : fresh) keyed.add(p.withNearKeys(NearDuplicateFinder.keys(NEAR_HASH.signature(p.text()), NEAR_SETTINGS)));
            store.addAll(keyed);
            return null;
        }));
        return fresh.size();
    }

    /** Removes a source and its passages (a conversation the file no longer holds). */
    private void forget(CorpusFolder corpus, Source s) throws IOException {
        awaitIndexing();
        corpus.store().deleteSource(s.getUri());
        corpus.removeSource(s);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        extractor.close();
    }

    private FileResult fail(CorpusFolder corpus, Item item, String reason) {
        Source s = corpus.sourceOrNew(item.uri());
        if (s.getStatus() != IngestStatus.OK || s.getPassageCount() == 0) { // keep a good earlier ingestion's record
            s.setStatus(IngestStatus.FAILED);
            s.setReason(reason);
        }
        return new FileResult(item.shown(), Outcome.FAILED, reason, 0, 0);
    }

    private FileResult skip(CorpusFolder corpus, Item item, String reason) {
        Source s = corpus.sourceOrNew(item.uri());
        s.setStatus(IngestStatus.SKIPPED);
        s.setReason(reason);
        return new FileResult(item.shown(), Outcome.SKIPPED, reason, 0, 0);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
