package org.strata.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.session.OpenCorpus;

/** File > Open Corpus...: asks for a corpus folder and opens it. */
public final class OpenCorpusHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText(Messages.Open_title);
        d.setMessage(Messages.Open_message);
        String dir = d.open();
        if (dir != null) OpenCorpus.open(shell, Path.of(dir));
        return null;
    }
}
