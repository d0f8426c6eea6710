package org.strata.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;

/**
 * The corpus open in the workbench (at most one). Views listen for changes; listeners are called on the thread
 * that opened or closed the corpus, so views hop to the UI thread themselves.
 */
public final class CorpusSession {
    /** The family of the jobs that write to the open corpus: cancelled and awaited before it closes. */
    public static final Object JOBS = new Object();
    private static final CorpusSession INSTANCE = new CorpusSession();

    private final List<Consumer<CorpusFolder>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> modelListeners = new CopyOnWriteArrayList<>();
    private volatile CorpusFolder current;
    private volatile ModelEditing editing;
    /** The door into the engine for the open corpus: one for the views, which keeps the encoder they share. */
    private volatile CorpusService service;

    private CorpusSession() {}

    public static CorpusSession get() {
        return INSTANCE;
    }

    public CorpusFolder current() {
        return current;
    }

    /** Opens a corpus folder, closing the one open before. Throws with a clear message for a non-corpus folder. */
    public synchronized CorpusFolder open(Path dir) throws IOException {
        CorpusFolder next = CorpusFolder.open(dir);
        stopJobs();
        closeService();
        RecentCorpora.add(dir);
        CorpusFolder previous = current;
        if (editing != null) editing.close();
        editing = new ModelEditing(next);
        service = CorpusService.of(next);
        current = next;
        if (previous != null) previous.close();
        for (Consumer<CorpusFolder> l : listeners) l.accept(next);
        return next;
    }

    public synchronized void close() throws IOException {
        stopJobs();
        closeService();
        CorpusFolder previous = current;
        if (editing != null) editing.close();
        editing = null;
        current = null;
        if (previous != null) previous.close();
        for (Consumer<CorpusFolder> l : listeners) l.accept(null);
    }

    /**
     * The engine's service for a corpus: the session's own for the open corpus (its encoder, for search by meaning
     * and explanations, opened once and shared by the views), a passing one for a corpus a view still holds.
     */
    public CorpusService service(CorpusFolder corpus) {
        CorpusService s = service;
        return s != null && s.folder() == corpus ? s : CorpusService.of(corpus);
    }

    private void closeService() {
        CorpusService s = service;
        service = null;
        if (s == null) return;
        try {
            s.close(); // its encoder; the corpus stays the session's to close
        } catch (IOException e) {
            // nothing of the corpus is lost: the encoder only reads
        }
    }

    /** Cancels the jobs writing to the open corpus and waits for them to stop at their next safe point. */
    private static void stopJobs() {
        Job.getJobManager().cancel(JOBS);
        try {
            Job.getJobManager().join(JOBS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the views that the open corpus changed (an import, a bulk edit): they read it again. */
    public void changed() {
        CorpusFolder c = current;
        if (c != null) for (Consumer<CorpusFolder> l : listeners) l.accept(c);
    }

    /** The model edits of the open corpus (undo, dirty mark, save); null when none is open. */
    public ModelEditing editing() {
        return editing;
    }

    /** True when the open corpus's model holds edits not yet saved. */
    public boolean isDirty() {
        ModelEditing e = editing;
        return e != null && e.isDirty();
    }

    /** Tells the model listeners that the open corpus's model, or its dirty mark, changed. */
    void modelChanged() {
        for (Runnable r : modelListeners) r.run();
    }

    /** Runs after each edit of the model (and its undo or redo) and each save, on the thread that made it. */
    public void addModelListener(Runnable r) {
        modelListeners.add(r);
    }

    public void removeModelListener(Runnable r) {
        modelListeners.remove(r);
    }

    public void addListener(Consumer<CorpusFolder> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<CorpusFolder> l) {
        listeners.remove(l);
    }
}
