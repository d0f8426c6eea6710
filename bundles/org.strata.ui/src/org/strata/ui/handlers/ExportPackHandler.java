package org.strata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.wizards.ExportPackWizard;

/** File > Export Pack... (Ctrl+Shift+X; Ctrl+E is the platform's Quick Switch Editor): the export wizard on the open corpus. */
public final class ExportPackHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        var corpus = CorpusSession.get().current();
        if (corpus == null) {
            MessageDialog.openInformation(shell, Messages.Export_windowTitle, Messages.Handler_openFirst);
            return null;
        }
        new WizardDialog(shell, new ExportPackWizard(corpus)).open();
        return null;
    }
}
