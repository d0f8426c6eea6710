package org.strata.ui.session;

import java.io.IOException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.model.corpus.provider.CorpusItemProviderAdapterFactory;
import org.strata.ui.Messages;

/**
 * The model edits of one open corpus: an EMF editing domain (commands with undo and redo), whose commands run
 * through the workbench's operation history ({@link ModelEdit}), and the dirty mark: whether the model holds
 * edits that {@code corpus.strata} does not. Every save of the corpus, by File > Save or by the engine (a choice,
 * an import, a new head), writes the whole model and so clears the mark.
 */
public final class ModelEditing {
    private final CorpusFolder corpus;
    private final Stack stack = new Stack();
    private final AdapterFactoryEditingDomain domain;
    private volatile boolean open = true;
    /** Set while a step runs, on the thread that holds the corpus's monitor (saves hold it too). */
    private boolean stepping;
    private boolean savedInStep;

    ModelEditing(CorpusFolder corpus) {
        this.corpus = corpus;
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new CorpusItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(factory, stack);
        corpus.addSaveListener(this::saved);
    }

    public EditingDomain domain() {
        return domain;
    }

    public CorpusFolder corpus() {
        return corpus;
    }

    BasicCommandStack stack() {
        return stack;
    }

    /** A command stack that keeps the failure of the last step, which the plain one only logs. */
    static final class Stack extends BasicCommandStack {
        private RuntimeException failure;

        @Override
        protected void handleError(Exception e) {
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }

        /** The failure of the step just made, cleared by reading it; null when it went well. */
        RuntimeException takeFailure() {
            RuntimeException f = failure;
            failure = null;
            return f;
        }
    }

    boolean isOpen() {
        return open && corpus == CorpusSession.get().current();
    }

    /** True when the model holds edits not yet saved. */
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    /**
     * Makes an edit of the model, undoable from Edit > Undo; false when the command cannot run (nothing changes)
     * or failed (the failure is shown, and the model is as it was). Call on the UI thread.
     */
    public boolean run(Command command) {
        if (!command.canExecute()) return false;
        try {
            var history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
            return history.execute(new ModelEdit(this, command), null, null).isOK();
        } catch (ExecutionException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(null, Messages.Edit_failed, org.strata.engine.Phrases.say(e.getMessage()));
            return false;
        }
    }

    /** Writes the model to {@code corpus.strata}; the save clears the dirty mark. */
    public void save() throws IOException {
        corpus.save();
    }

    /** A step of the stack (execute, undo, redo), made while no save or engine job touches the model. */
    void step(Runnable step) throws ExecutionException {
        RuntimeException failure;
        synchronized (corpus) {
            savedInStep = false;
            stepping = true;
            try {
                step.run();
            } finally {
                stepping = false;
            }
            failure = stack.takeFailure();
            // a step the service commits saves the whole model: once the stack has recorded the step, nothing is unsaved
            if (savedInStep) stack.saveIsDone();
        }
        fire();
        if (failure != null) throw new ExecutionException(failure.getMessage(), failure);
    }

    void close() {
        open = false;
    }

    private void saved() {
        if (stepping) savedInStep = true;
        stack.saveIsDone();
        fire();
    }

    private void fire() {
        if (open) CorpusSession.get().modelChanged();
    }
}
