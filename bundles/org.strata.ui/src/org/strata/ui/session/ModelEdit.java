package org.strata.ui.session;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.PlatformUI;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * An EMF command on the corpus model (a layer's goal, a concept's definition, a verification item) as an
 * operation of the workbench's history, so that Edit > Undo steps back through model edits and passage edits in
 * the one order the expert made them. The command runs on the corpus's command stack, which knows whether the
 * model differs from the file (the dirty mark).
 */
public final class ModelEdit extends AbstractOperation {
    private final ModelEditing editing;
    private final Command command;

    ModelEdit(ModelEditing editing, Command command) {
        super(command.getLabel() == null ? Messages.Edit_default : command.getLabel());
        this.editing = editing;
        this.command = command;
        addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
    }

    @Override
    public boolean canExecute() {
        return command.canExecute();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        if (!command.canExecute()) throw new ExecutionException(Texts.format(Messages.Edit_cannotBeMade, getLabel()));
        editing.step(() -> editing.stack().execute(command));
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return editing.isOpen() && editing.stack().getUndoCommand() == command;
    }

    @Override
    public boolean canRedo() {
        return editing.isOpen() && editing.stack().getRedoCommand() == command;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        editing.step(() -> editing.stack().undo());
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        editing.step(() -> editing.stack().redo());
        return Status.OK_STATUS;
    }
}
