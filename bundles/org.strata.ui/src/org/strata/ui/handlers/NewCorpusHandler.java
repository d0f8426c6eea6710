package org.strata.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.engine.CorpusFolder;
import org.strata.model.Curriculum;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.session.SaveChanges;

/** File > New Corpus... (Ctrl+N): a name and a folder; the corpus starts with the four default layers and opens. */
public final class NewCorpusHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InputDialog name = new InputDialog(shell, "New Corpus", "The corpus's name (its field, e.g. 'Sprint biomechanics'):", "",
                s -> s.isBlank() ? "A corpus needs a name" : null);
        if (name.open() != InputDialog.OK) return null;
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText("New Corpus");
        d.setMessage("Choose an empty folder for the corpus (or a folder to create it in)");
        String dir = d.open();
        if (dir != null) create(shell, Path.of(dir), name.getValue().strip());
        return null;
    }

    /** Creates a corpus in a folder and opens it; a folder that holds a corpus already is refused in a dialog. */
    public static org.eclipse.core.runtime.jobs.Job create(Shell shell, Path dir, String name) {
        if (!SaveChanges.confirm(shell)) return null;
        try {
            // the default layers named and described in the workbench's language (-nl, or the system's), where offered
            CorpusFolder.create(dir, name, Curriculum.languageFor(java.util.Locale.getDefault())).close();
        } catch (IOException e) {
            MessageDialog.openError(shell, "Cannot create the corpus", e.getMessage());
            return null;
        }
        return OpenCorpus.open(shell, dir);
    }
}
