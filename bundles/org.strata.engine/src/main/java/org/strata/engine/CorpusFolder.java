package org.strata.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.strata.model.CorpusFile;
import org.strata.model.Curriculum;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.Source;
import org.strata.store.PassageStore;

/**
 * A corpus on disk: {@code corpus.strata} (the EMF model), {@code passages/} (the Lucene store), {@code heads/}
 * and {@code log/}. Opening holds the store's write lock until {@link #close()}; the model is written only by
 * {@link #save()}, atomically.
 */
public final class CorpusFolder implements AutoCloseable {
    private final Path dir;
    private final Corpus corpus;
    private final PassageStore store;
    private final java.util.Map<String, Source> byUri = new java.util.HashMap<>();
    private final List<Runnable> saveListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> repairs = new java.util.ArrayList<>();
    private final java.util.concurrent.locks.ReentrantLock editLock = new java.util.concurrent.locks.ReentrantLock();

    private CorpusFolder(Path dir, Corpus corpus, PassageStore store) {
        this.dir = dir;
        this.corpus = corpus;
        this.store = store;
    }

    /** Creates a new corpus with the default layers, in English; refuses a folder that already holds one. */
    public static CorpusFolder create(Path dir, String name) throws IOException {
        return create(dir, name, "en");
    }

    /**
     * Creates a new corpus with the default layers named and described in {@code language} (see
     * {@link Curriculum#LANGUAGES}); refuses a folder that already holds one.
     */
    public static CorpusFolder create(Path dir, String name, String language) throws IOException {
        Path model = dir.resolve(CorpusFile.NAME);
        if (Files.exists(model)) throw new IOException(dir + " already holds a corpus (" + CorpusFile.NAME + ")");
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + " is a file, not a folder");
        Files.createDirectories(dir);
        for (String sub : List.of("passages", "heads", "log")) Files.createDirectories(dir.resolve(sub));
        Corpus corpus = Curriculum.newCorpus(name, language);
        CorpusCommit.supersede(dir); // a next model of some earlier corpus here must never replace this one
        CorpusFile.save(corpus, model);
        return new CorpusFolder(dir, CorpusFile.load(model), PassageStore.open(dir.resolve("passages")));
    }

    /**
     * Opens an existing corpus folder. What a killed process left half-way (a change committed to the index but not
     * yet to the model, or to neither) is finished or dropped first, and said in {@link #repairs()}.
     */
    public static CorpusFolder open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": no such folder");
        Path model = dir.resolve(CorpusFile.NAME);
        if (!Files.isRegularFile(model)) throw new NotACorpusException(dir);
        PassageStore store = PassageStore.open(dir.resolve("passages")); // its lock: no one else commits from here on
        try {
            List<String> repairs = CorpusCommit.repair(dir, store.generation());
            removeStaleTemporaries(dir); // left by a save that was killed
            CorpusFolder folder = new CorpusFolder(dir, CorpusFile.load(model), store);
            folder.repairs.addAll(repairs);
            return folder;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void removeStaleTemporaries(Path dir) throws IOException {
        // ".corpus.strata…tmp" from a save, "..corpus.strata.N.next…tmp" from a commit's first step
        try (var s = Files.newDirectoryStream(dir, "{.,..}" + CorpusFile.NAME + "*.tmp")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }

    /** True when the folder holds a corpus model. */
    public static boolean isCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve(CorpusFile.NAME));
    }

    public Path dir() {
        return dir;
    }

    public Corpus corpus() {
        return corpus;
    }

    public PassageStore store() {
        return store;
    }

    public Path logDir() throws IOException {
        return Files.createDirectories(dir.resolve("log"));
    }

    /** Layer names in curriculum order. */
    public List<String> layerNames() {
        return corpus.getLayers().stream().map(Layer::getName).toList();
    }

    /** The source with this URI, or null. Looked up in a map, kept in step with the model's list of sources. */
    public Source source(String uri) {
        if (byUri.size() != corpus.getSources().size()) reindexSources();
        Source s = byUri.get(uri);
        if (s != null && !uri.equals(s.getUri())) { // renamed behind our back
            reindexSources();
            s = byUri.get(uri);
        }
        return s;
    }

    /** The source with this URI, made and added to the model when there is none. */
    public Source sourceOrNew(String uri) {
        Source s = source(uri);
        if (s == null) {
            s = CorpusFactory.eINSTANCE.createSource();
            s.setUri(uri);
            corpus.getSources().add(s);
            byUri.put(uri, s);
        }
        return s;
    }

    /** Removes a source from the model (its passages are the caller's business). */
    public void removeSource(Source s) {
        corpus.getSources().remove(s);
        byUri.remove(s.getUri());
    }

    private void reindexSources() {
        byUri.clear();
        for (Source s : corpus.getSources()) byUri.putIfAbsent(s.getUri(), s);
    }

    /**
     * Writes the model atomically, then tells the save listeners (the workbench clears its dirty mark: whoever saved,
     * the file now holds every change made so far). The passage index is not committed: a change that touches both
     * is made with {@link #commit()}. Synchronized on this folder, as model edits are.
     */
    public synchronized void save() throws IOException {
        CorpusCommit.supersede(dir); // a next model left by a commit whose last step failed holds less than this one
        CorpusFile.save(corpus, dir.resolve(CorpusFile.NAME));
        for (Runnable r : saveListeners) r.run();
    }

    /**
     * Commits the model and every change of the passage index made so far as one transaction ({@link CorpusCommit}:
     * both or neither, whenever the process is killed), then tells the save listeners as {@link #save()} does. For a
     * change that touches both; {@code renames} (of layer and concept names in the index, {@link PassageStore#renameLayer})
     * are made in the index's commit, so that no other commit makes them durable first. Synchronized on this folder.
     */
    public synchronized void commit(Runnable renames) throws IOException {
        CorpusCommit.commit(dir, corpus, store, renames);
        for (Runnable r : saveListeners) r.run();
    }

    /** {@link #commit(Runnable)} with no renames. */
    public void commit() throws IOException {
        commit(() -> { });
    }

    /**
     * The lock that edits of passages' attributes hold ({@link CorpusService}); whoever also holds this folder's
     * monitor takes the monitor first.
     */
    java.util.concurrent.locks.ReentrantLock editLock() {
        return editLock;
    }

    /** What opening repaired, a line each: a change a killed process left half-way, finished or dropped. */
    public List<String> repairs() {
        return List.copyOf(repairs);
    }

    /** Runs after each {@link #save()}, on the thread that saved. */
    public void addSaveListener(Runnable r) {
        saveListeners.add(r);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
