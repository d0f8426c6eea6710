package org.strata.ui.operations;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.Heads;
import org.strata.engine.Response;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.MonitorProgress;
import org.strata.ui.Messages;

/**
 * Teaches the scorer from the expert's judgments in a background job: trains a new head (cross-validated), makes
 * it the one in use and re-scores the corpus from its stored embeddings, so that the next candidates come from
 * what the head has just learned. The corpus model is held only to copy the judgments and to switch heads: a
 * choice made meanwhile never waits for the training.
 */
public final class LearnFromChoices extends Job {

    private final CorpusFolder corpus;
    private final Consumer<Heads.Info> learned;
    private final Consumer<String> failed;

    /** {@code learned} and {@code failed} are called on the job's thread. */
    public LearnFromChoices(CorpusFolder corpus, Consumer<Heads.Info> learned, Consumer<String> failed) {
        super(Messages.Learn_job);
        this.corpus = corpus;
        this.learned = learned;
        this.failed = failed;
        setRule(ScoreCorpus.SCORES);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == CorpusSession.JOBS;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            monitor.subTask(Messages.Learn_training);
            Response<CorpusService.Learned> r = CorpusService.of(corpus).learnFromJudgments(
                    new MonitorProgress(monitor, getName(), Messages.Progress_rescored), learned);
            if (r.status() == Response.Status.FAILED) {
                failed.accept(r.message());
                return Status.info(org.strata.engine.Phrases.say(r.message()));
            }
            if (r.ok() && r.value().head() == null) return Status.OK_STATUS; // nothing to learn from yet
            CorpusSession.get().changed(CorpusChange.Passages.rescored(corpus));
            return r.status() == Response.Status.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RuntimeException e) {
            failed.accept(e.getMessage());
            return Status.info(org.strata.engine.Phrases.say(e.getMessage()));
        } finally {
            monitor.done();
        }
    }
}
