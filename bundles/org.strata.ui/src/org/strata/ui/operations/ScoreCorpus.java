package org.strata.ui.operations;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.Response;
import org.strata.engine.ScoreRequest;
import org.strata.engine.Scoring;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.MonitorProgress;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Scores the open corpus in a cancellable job, as {@code strata score} does: new passages are encoded, stored
 * embeddings are reused, and with {@code rescore} every score is computed again from them. Cancelling keeps the
 * passages already scored.
 */
public final class ScoreCorpus {
    /** Held by every job that writes scores (scoring, learning from choices): they run one after the other. */
    public static final ISchedulingRule SCORES = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private ScoreCorpus() {}

    /** Schedules the scoring; returns the job so that callers (and tests) can join it. */
    public static Job start(Shell shell, boolean rescore) {
        Job job = new Job(rescore ? Messages.Score_jobAgain : Messages.Score_job) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                CorpusFolder corpus = CorpusSession.get().current();
                if (corpus == null) return Status.error(Messages.Score_noCorpus);
                try {
                    // the profile's encoder; Score Everything Again after a change of encoder encodes every passage with
                    // the new one, whose tokenizer counts every passage's tokens again
                    Response<CorpusService.Scored> scored = CorpusService.of(corpus).score(new ScoreRequest(null, rescore, null),
                            new MonitorProgress(monitor, getName(), Messages.Progress_passages), line -> { });
                    if (scored.status() == Response.Status.FAILED) throw new IOException(scored.message());
                    CorpusSession.get().changed(CorpusChange.Passages.rescored(corpus));
                    if (monitor.isCanceled()) return Status.CANCEL_STATUS;
                    Scoring.Result r = scored.value().result();
                    return Status.info(Texts.scored(scored.value()) + (r.recount() == null ? "" : "; " + r.recount().line())
                            + (r.learned().isEmpty() ? "" : "; " + String.join("; ", r.learned())));
                } catch (IOException | RuntimeException e) {
                    Display d = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
                    d.asyncExec(() -> MessageDialog.openError(shell, Messages.Score_cannot, org.strata.engine.Phrases.say(e.getMessage())));
                    return Status.info(org.strata.engine.Phrases.say(e.getMessage()));
                } finally {
                    monitor.done();
                }
            }
        };
        job.setRule(SCORES);
        job.setUser(true);
        job.schedule();
        return job;
    }
}
