package org.strata.ui.session;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.strata.ui.handlers.SaveHandler;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/** Asks what to do with unsaved edits of the model before the corpus closes (another opens, the workbench exits). */
public final class SaveChanges {
    private SaveChanges() {}

    /** True when the caller may go on: nothing unsaved, or saved, or the expert chose to drop the edits. */
    public static boolean confirm(Shell shell) {
        if (!CorpusSession.get().isDirty()) return true;
        String name = CorpusSession.get().current().corpus().getName();
        MessageDialog d = new MessageDialog(shell, Messages.Save_title, null, Texts.format(Messages.Save_question, name),
                MessageDialog.QUESTION, 0, Messages.Save_save, Messages.Save_dontSave, IDialogConstants.CANCEL_LABEL);
        return switch (d.open()) {
            case 0 -> SaveHandler.save(shell);
            case 1 -> true;
            default -> false;
        };
    }
}
