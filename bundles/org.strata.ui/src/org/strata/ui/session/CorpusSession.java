package org.strata.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;

/**
 * The corpus open in the workbench (at most one). Views listen for its changes, told as {@link CorpusChange}s (a
 * corpus opened, the model edited, which passages changed); listeners are called on the thread that made the
 * change, so views hop to the UI thread themselves ({@code org.strata.ui.views.CorpusView} does).
 */
public final class CorpusSession {
    /** The family of the jobs that write to the open corpus: cancelled and awaited before it closes. */
    public static final Object JOBS = new Object();
    private static final CorpusSession INSTANCE = new CorpusSession();

    private final List<Consumer<CorpusChange>> listeners = new CopyOnWriteArrayList<>();
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
        closeQuietly(previous);
        tell(new CorpusChange.Opened(next));
        return next;
    }

    public synchronized void close() throws IOException {
        stopJobs();
        closeService();
        CorpusFolder previous = current;
        if (editing != null) editing.close();
        editing = null;
        current = null;
        closeQuietly(previous);
        tell(new CorpusChange.Opened(null));
    }

    /**
     * Closes the corpus open before. Every change to it was committed when it was made (and unsaved model edits were
     * offered for saving before), so a failure here loses nothing: its folder was moved or deleted meanwhile, or the
     * disk is gone. It is logged, and the corpus opened or closed now is not held back by it.
     */
    private static void closeQuietly(CorpusFolder previous) {
        if (previous == null) return;
        try {
            previous.close();
        } catch (IOException | RuntimeException e) {
            ILog.of(CorpusSession.class).warn("The corpus open before, " + previous.dir() + ", did not close cleanly: " + e.getMessage(), e);
        }
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

    /**
     * Cancels the jobs working on the open corpus and waits for them to stop at their next safe point: before another
     * corpus opens, and before the workbench shuts down (a job still in native code then would take the process down).
     */
    public static void stopJobs() {
        Job.getJobManager().cancel(JOBS);
        try {
            Job.getJobManager().join(JOBS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the views what changed in the open corpus (an import, a bulk edit): each reads again what it shows of it. */
    public void changed(CorpusChange change) {
        if (change.corpus() != null && change.corpus() == current) tell(change);
    }

    private void tell(CorpusChange change) {
        for (Consumer<CorpusChange> l : listeners) l.accept(change);
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

    /** Tells the views that the open corpus's model, or its dirty mark, changed (after each edit, undo, redo and save). */
    void modelChanged() {
        CorpusFolder c = current;
        if (c != null) tell(new CorpusChange.Model(c));
    }

    /** Called with every change of the open corpus, on the thread that made it. */
    public void addListener(Consumer<CorpusChange> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<CorpusChange> l) {
        listeners.remove(l);
    }
}
