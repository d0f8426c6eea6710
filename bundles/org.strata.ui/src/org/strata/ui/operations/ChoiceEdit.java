package org.strata.ui.operations;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.model.corpus.Judgment;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;

/**
 * A choice in the Choose view as an undoable operation: Undo takes the judgment out of the corpus (saved at once,
 * as recording it was) and offers its candidates again; Redo records it again.
 */
public final class ChoiceEdit extends AbstractOperation {
    private final CorpusFolder corpus;
    private final List<String> candidates;
    private final String chosen;
    private final String rationale;
    private final Runnable reoffer;
    private final Runnable next;
    private Judgment judgment;

    /** {@code reoffer} runs after an undo (the view shows the set again), {@code next} after a redo. */
    public ChoiceEdit(CorpusFolder corpus, List<String> candidates, String chosen, String rationale, Runnable reoffer, Runnable next) {
        super(chosen == null ? Messages.Choice_none : Messages.Choice_label);
        this.corpus = corpus;
        this.candidates = candidates;
        this.chosen = chosen;
        this.rationale = rationale;
        this.reoffer = reoffer;
        this.next = next;
        addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        var r = CorpusService.of(corpus).recordChoice(candidates, chosen, rationale, System.getProperty("user.name"));
        if (!r.ok()) throw new ExecutionException(Messages.Choose_cannotRecord + ": " + r.message());
        judgment = r.value();
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return judgment != null && corpus == CorpusSession.get().current();
    }

    @Override
    public boolean canRedo() {
        return corpus == CorpusSession.get().current();
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        var r = CorpusService.of(corpus).withdrawJudgment(judgment);
        if (!r.ok()) throw new ExecutionException(Messages.Choice_cannotUndo + ": " + r.message());
        judgment = null;
        reoffer.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        IStatus s = execute(monitor, info);
        next.run();
        return s;
    }
}
