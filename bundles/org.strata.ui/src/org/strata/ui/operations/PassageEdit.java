package org.strata.ui.operations;

import java.io.IOException;
import java.util.ArrayList;
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
import org.strata.engine.PassageChange;
import org.strata.engine.PassageSelection;
import org.strata.engine.Response;
import org.strata.store.Passage;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * An edit of passages (status, layer, concept) through the corpus service, as an undoable operation of the
 * workbench's history: Edit > Undo (Ctrl+Z) puts back the attributes the passages had, Redo applies the edit again
 * to the same passages. Each step is committed, so what the history says is what the corpus holds.
 */
public final class PassageEdit extends AbstractOperation {
    /** What the edit applies to, read when it runs (in its job: selected rows not in memory are read then). */
    public interface Target {
        PassageSelection read() throws IOException;
    }

    private final CorpusFolder corpus;
    private final Target target;
    private final PassageChange change;
    private List<Passage> before = List.of();

    public PassageEdit(String label, CorpusFolder corpus, Target target, PassageChange change) {
        super(label);
        this.corpus = corpus;
        this.target = target;
        this.change = change;
        addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
    }

    /** How many passages the last run changed. */
    public int changed() {
        return before.size();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            return apply(getLabel(), service().editPassages(target.read(), change));
        } catch (IOException e) {
            throw new ExecutionException(getLabel() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canUndo() {
        return corpus == CorpusSession.get().current();
    }

    @Override
    public boolean canRedo() {
        return canUndo();
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return apply(Texts.format(Messages.Edit_undo, getLabel()), service().restorePassages(before));
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        List<String> ids = before.stream().map(Passage::id).toList();
        return apply(Texts.format(Messages.Edit_redo, getLabel()), service().editPassages(new PassageSelection.Ids(ids), change));
    }

    private CorpusService service() {
        return CorpusService.of(corpus);
    }

    private IStatus apply(String what, Response<CorpusService.PassagesEdited> r) throws ExecutionException {
        if (!r.ok()) throw new ExecutionException(what + ": " + r.message());
        List<Passage> touched = new ArrayList<>(r.value().before()); // as they were before this step
        touched.addAll(before); // as they were before the step this one takes back, if any
        before = r.value().before();
        CorpusSession.get().changed(CorpusChange.Passages.edited(corpus, touched, change));
        return Status.OK_STATUS;
    }
}
