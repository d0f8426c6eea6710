package org.strata.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.Encoders;
import org.strata.engine.HeadTraining;
import org.strata.engine.Heads;
import org.strata.engine.Scoring;
import org.strata.model.corpus.Judgment;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.EncoderSettings;

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
    LearnFromChoices(CorpusFolder corpus, Consumer<Heads.Info> learned, Consumer<String> failed) {
        super("Learning from your choices");
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
            List<Judgment> judgments;
            synchronized (corpus) {
                judgments = new ArrayList<>(corpus.corpus().getJudgments());
            }
            HeadTraining.Data data = HeadTraining.collect(corpus, judgments);
            if (data.judged().isEmpty()) return Status.OK_STATUS;
            Heads.Info info;
            try (Encoder encoder = Encoders.open(corpus, EncoderSettings.cpu())) {
                monitor.subTask("Training the head on " + data.judged().size() + " judgments");
                info = HeadTraining.train(corpus, encoder, data);
                synchronized (corpus) {
                    new Heads(corpus).use(info.version());
                }
                learned.accept(info);
                new Scoring(encoder).run(corpus, true, new MonitorProgress(monitor, getName(), "passages re-scored"));
            }
            CorpusSession.get().changed();
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (IOException | EncoderException | RuntimeException e) {
            failed.accept(e.getMessage());
            return Status.info(e.getMessage());
        } finally {
            monitor.done();
        }
    }
}
