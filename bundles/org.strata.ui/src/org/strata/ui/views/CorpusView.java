package org.strata.ui.views;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;
import org.strata.ui.session.CorpusChange;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.ModelEditing;
import org.strata.ui.session.OnUiThread;

/**
 * The life every view of the open corpus shares: it listens to the session from its making to its disposal, is told
 * each {@link CorpusChange} on the UI thread (and once at the start, with the corpus open then), and reads what it
 * shows in background jobs whose results reach the UI thread only while the view lives and only if no newer read of
 * the same kind was started since. A view decides from the change what it reads again.
 */
public abstract class CorpusView extends ViewPart {
    /** The family of the views' reads: tests join it to see what the views show once they have read. */
    public static final Object READS = new Object();
    private final Consumer<CorpusChange> listener = change -> later(() -> changed(change));
    /** The latest read started of each kind (the job's name): a slower, older read that ends later is not shown. */
    private final Map<String, Long> latest = new HashMap<>();
    private long reads;
    private Control anchor;

    /** A read of the corpus, made off the UI thread. */
    protected interface Read<T> {
        T run() throws IOException;
    }

    @Override
    public final void createPartControl(Composite parent) {
        anchor = create(parent);
        CorpusSession.get().addListener(listener);
        changed(new CorpusChange.Opened(CorpusSession.get().current()));
    }

    /** Makes the view's controls; returns the one whose life is the view's (its UI work stops when it is disposed). */
    protected abstract Control create(Composite parent);

    /** Shows a change of the open corpus (at the start: the corpus open then, or none); called on the UI thread. */
    protected abstract void changed(CorpusChange change);

    /** The corpus open in the workbench, or null. */
    protected final CorpusFolder current() {
        return CorpusSession.get().current();
    }

    /** The door into the engine for a corpus: the session's own for the open one (its encoder shared by the views). */
    protected final CorpusService service(CorpusFolder corpus) {
        return CorpusSession.get().service(corpus);
    }

    /** The model edits of the open corpus (undo, dirty mark, save); null when none is open. */
    protected final ModelEditing editing() {
        return CorpusSession.get().editing();
    }

    /** Runs {@code r} later on the UI thread, unless the view is gone by then. */
    protected final void later(Runnable r) {
        OnUiThread.later(anchor, r);
    }

    /**
     * Reads in a system job named {@code name}, then shows the result on the UI thread, unless the view is gone or a
     * newer read of the same name was started meanwhile. A read that fails ends its job with an error that says
     * {@code failure} and why. Call on the UI thread; returns the job so that tests can wait for it.
     */
    protected final <T> Job read(String name, String failure, Read<T> read, Consumer<T> show) {
        long mine = ++reads;
        latest.put(name, mine);
        Job job = new Job(name) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    T result = read.run();
                    later(() -> {
                        if (latest.get(name) == mine) show.accept(result);
                    });
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    return Status.error(failure + ": " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == READS;
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Forgets the reads of {@code name} under way: whatever they find is not shown (the corpus closed, say). */
    protected final void drop(String name) {
        latest.put(name, ++reads);
    }

    @Override
    public void dispose() {
        CorpusSession.get().removeListener(listener);
        super.dispose();
    }
}
