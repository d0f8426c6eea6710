package org.strata.ui.handlers;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.Texts;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.ModelEditing;

/**
 * File > Save (Ctrl+S): writes the open corpus's model (layers, concepts, verification items, profile).
 * Enabled while it holds edits not yet saved.
 */
public final class SaveHandler extends AbstractHandler {
    /** The dirty mark moves with model edits and saves, and with the corpus opened or closed. */
    private final Consumer<CorpusChange> listener = change -> {
        if (change instanceof CorpusChange.Passages) return;
        Display d = Display.getDefault();
        if (!d.isDisposed()) d.asyncExec(this::update);
    };

    public SaveHandler() {
        CorpusSession.get().addListener(listener);
        update();
    }

    private void update() {
        setBaseEnabled(CorpusSession.get().isDirty());
    }

    @Override
    public Object execute(ExecutionEvent event) {
        save(HandlerUtil.getActiveShell(event));
        return null;
    }

    /** Saves, or shows why it could not (a full disk, a folder made read-only); true when saved. */
    public static boolean save(org.eclipse.swt.widgets.Shell shell) {
        ModelEditing editing = CorpusSession.get().editing();
        if (editing == null) return true;
        try {
            editing.save();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Save_cannot, Texts.format(Messages.Save_notSaved, org.strata.engine.Phrases.say(e.getMessage())));
            return false;
        }
    }

    @Override
    public void dispose() {
        CorpusSession.get().removeListener(listener);
        super.dispose();
    }
}
