package org.strata.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.store.BulkEdit;
import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * An edit of passages (status, layer, concept) as an undoable operation of the workbench's history: Edit > Undo
 * (Ctrl+Z) puts back the attributes the passages had, Redo applies the edit again to the same passages. Each
 * step is committed, so what the history says is what the corpus holds.
 */
final class PassageEdit extends AbstractOperation {
    /** What the edit applies to: the passages it changed, as they were. */
    interface Target {
        List<Passage> apply(PassageStore store, BulkEdit edit) throws IOException;
    }

    private final CorpusFolder corpus;
    private final Target target;
    private final BulkEdit edit;
    private List<Passage> before = List.of();

    PassageEdit(String label, CorpusFolder corpus, Target target, BulkEdit edit) {
        super(label);
        this.corpus = corpus;
        this.target = target;
        this.edit = edit;
        addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
    }

    /** How many passages the last run changed. */
    int changed() {
        return before.size();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            before = target.apply(corpus.store(), edit);
            CorpusSession.get().changed();
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
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
        try {
            corpus.store().updateAttributes(before);
            corpus.store().commit();
            CorpusSession.get().changed();
            return Status.OK_STATUS;
        } catch (IOException e) {
            throw new ExecutionException("Undo " + getLabel() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        List<String> ids = before.stream().map(Passage::id).toList();
        try {
            before = corpus.store().bulkWithBefore(ids, edit);
            CorpusSession.get().changed();
            return Status.OK_STATUS;
        } catch (IOException e) {
            throw new ExecutionException("Redo " + getLabel() + ": " + e.getMessage(), e);
        }
    }
}
