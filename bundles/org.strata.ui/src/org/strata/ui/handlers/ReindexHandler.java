package org.strata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.operations.ReindexCorpus;
import org.strata.ui.session.CorpusSession;

/** Corpus > Rebuild Search Index: search by language for a corpus indexed before Strata had it. */
public final class ReindexHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        var corpus = CorpusSession.get().current();
        if (corpus == null) {
            MessageDialog.openInformation(shell, Messages.Reindex_title, Messages.Handler_openFirst);
            return null;
        }
        if (CorpusSession.get().service(corpus).searchKnowsLanguages()) {
            MessageDialog.openInformation(shell, Messages.Reindex_title, Messages.Reindex_notNeeded);
            return null;
        }
        ReindexCorpus.start(shell);
        return null;
    }
}
