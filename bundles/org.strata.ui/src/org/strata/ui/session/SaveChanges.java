package org.strata.ui.session;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.strata.ui.handlers.SaveHandler;

/** Asks what to do with unsaved edits of the model before the corpus closes (another opens, the workbench exits). */
public final class SaveChanges {
    private SaveChanges() {}

    /** True when the caller may go on: nothing unsaved, or saved, or the expert chose to drop the edits. */
    public static boolean confirm(Shell shell) {
        if (!CorpusSession.get().isDirty()) return true;
        String name = CorpusSession.get().current().corpus().getName();
        MessageDialog d = new MessageDialog(shell, "Save Changes", null,
                "The corpus '" + name + "' has edits that are not saved (layers, concepts, verification items or settings). Save them?",
                MessageDialog.QUESTION, 0, "&Save", "&Don't Save", "Cancel");
        return switch (d.open()) {
            case 0 -> SaveHandler.save(shell);
            case 1 -> true;
            default -> false;
        };
    }
}
