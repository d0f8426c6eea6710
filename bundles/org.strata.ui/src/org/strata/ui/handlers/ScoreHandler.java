package org.strata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.ScoreCorpus;

/** Corpus > Score (new passages) and Score Everything Again: starts the scoring job on the open corpus. */
public final class ScoreHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (CorpusSession.get().current() == null) {
            MessageDialog.openInformation(shell, Messages.Score_title, Messages.Handler_openFirst);
            return null;
        }
        ScoreCorpus.start(shell, "all".equals(event.getParameter("org.strata.ui.score.what")));
        return null;
    }
}
