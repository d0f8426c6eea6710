package org.strata.ui.operations;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.LayerPlacement;
import org.strata.engine.Phrases;
import org.strata.engine.Response;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.MonitorProgress;

/**
 * Learns where passages belong from every passage the expert placed (the layers' descriptions carrying the start)
 * and places every other scored passage, marked as suggested with how sure it is, in a background job; the
 * expert's placements never move. Runs under the scores' rule, so it waits for a scoring run and is waited for.
 */
public final class PlacePassages extends Job {
    private final CorpusFolder corpus;
    private final Consumer<LayerPlacement.Result> placed;
    private final Consumer<String> failed;

    /** {@code placed} and {@code failed} are called on the job's thread. */
    public PlacePassages(CorpusFolder corpus, Consumer<LayerPlacement.Result> placed, Consumer<String> failed) {
        super(Messages.Place_job);
        this.corpus = corpus;
        this.placed = placed;
        this.failed = failed;
        setRule(ScoreCorpus.SCORES);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == CorpusSession.JOBS;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Response<LayerPlacement.Result> r = CorpusService.of(corpus).placeInLayers(new MonitorProgress(monitor, getName(), Messages.Progress_placed));
            if (r.status() == Response.Status.FAILED) {
                failed.accept(r.message());
                return Status.info(Phrases.say(r.message()));
            }
            if (r.status() == Response.Status.CANCELLED) return Status.CANCEL_STATUS;
            CorpusSession.get().changed(CorpusChange.Passages.placed(corpus));
            placed.accept(r.value());
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            failed.accept(e.getMessage());
            return Status.info(Phrases.say(e.getMessage()));
        } finally {
            monitor.done();
        }
    }
}
