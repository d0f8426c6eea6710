package org.strata.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.ImportFiles;

/** File > Import Files... and Import Folder...: asks what to import into the open corpus and starts the import. */
public final class ImportFilesHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (CorpusSession.get().current() == null) {
            MessageDialog.openInformation(shell, Messages.Import_title, Messages.Handler_openFirst);
            return null;
        }
        List<Path> paths = new ArrayList<>();
        if ("folder".equals(event.getParameter("org.strata.ui.import.what"))) {
            DirectoryDialog d = new DirectoryDialog(shell);
            d.setText(Messages.Import_folderTitle);
            d.setMessage(Messages.Import_folderMessage);
            String dir = d.open();
            if (dir != null) paths.add(Path.of(dir));
        } else {
            FileDialog d = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
            d.setText(Messages.Import_filesTitle);
            if (d.open() != null) for (String name : d.getFileNames()) paths.add(Path.of(d.getFilterPath(), name));
        }
        if (!paths.isEmpty()) ImportFiles.start(shell, paths);
        return null;
    }
}
