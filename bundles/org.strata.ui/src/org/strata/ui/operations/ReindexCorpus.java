package org.strata.ui.operations;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.engine.Response;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.MonitorProgress;
import org.strata.ui.Messages;

/**
 * Corpus > Rebuild Search Index: brings a corpus indexed before search knew languages forward, in a cancellable job
 * (what is done stays; a later run goes on). The views search it again when it ends.
 */
public final class ReindexCorpus {
    private ReindexCorpus() {}

    /** Schedules the re-indexing; returns the job so that callers (and tests) can join it. */
    public static Job start(Shell shell) {
        Job job = new Job(Messages.Reindex_job) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                CorpusFolder corpus = CorpusSession.get().current();
                if (corpus == null) return Status.error(Messages.Reindex_noCorpus);
                Response<Long> r = CorpusSession.get().service(corpus).reindexText(new MonitorProgress(monitor, getName(), Messages.Progress_passages));
                if (r.status() == Response.Status.FAILED) {
                    Display d = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
                    d.asyncExec(() -> MessageDialog.openError(shell, Messages.Reindex_cannot, org.strata.engine.Phrases.say(r.message())));
                    return Status.info(org.strata.engine.Phrases.say(r.message()));
                }
                if (r.value() != null && r.value() > 0) CorpusSession.get().changed(CorpusChange.Passages.reindexed(corpus));
                return r.status() == Response.Status.CANCELLED ? Status.CANCEL_STATUS : Status.info(org.strata.engine.Phrases.say(r.message()));
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
