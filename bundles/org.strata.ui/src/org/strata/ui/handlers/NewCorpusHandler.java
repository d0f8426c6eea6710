package org.strata.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.strata.engine.CorpusFolder;
import org.strata.model.Curriculum;
import org.strata.ui.Messages;
import org.strata.ui.operations.ImportFiles;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.session.SampleCorpus;
import org.strata.ui.session.SaveChanges;

/** File > New Corpus... (Ctrl+N): a name and a folder; the corpus starts with the four default layers and opens. */
public final class NewCorpusHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InputDialog name = new InputDialog(shell, Messages.NewCorpus_title, Messages.NewCorpus_name, "",
                s -> s.isBlank() ? Messages.NewCorpus_needsName : null);
        if (name.open() != InputDialog.OK) return null;
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText(Messages.NewCorpus_title);
        d.setMessage(Messages.NewCorpus_folder);
        String dir = d.open();
        if (dir != null) create(shell, Path.of(dir), name.getValue().strip());
        return null;
    }

    /**
     * The welcome's Import Folder, with no corpus open: a corpus named after a folder of documents is made in the
     * workspace ({@code corpora/NAME}, numbered when taken), opened, and the folder imported into it.
     */
    public static void fromFolder(Shell shell) {
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText(Messages.Welcome_importFolderTitle);
        d.setMessage(Messages.Welcome_importFolderMessage);
        String chosen = d.open();
        if (chosen == null) return;
        Path docs = Path.of(chosen);
        String name = docs.getFileName() == null ? "corpus" : docs.getFileName().toString();
        Path dir;
        try {
            Path corpora = Files.createDirectories(SampleCorpus.workspace().resolve("corpora"));
            dir = corpora.resolve(name);
            for (int n = 2; Files.exists(dir); n++) dir = corpora.resolve(name + " " + n);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.NewCorpus_cannotCreate, org.strata.engine.Phrases.say(e.getMessage()));
            return;
        }
        Job open = create(shell, dir, name);
        if (open == null) return;
        Display display = shell.getDisplay();
        AtomicBoolean started = new AtomicBoolean();
        Runnable importDocs = () -> {
            if (display.isDisposed()) return;
            display.asyncExec(() -> {
                if (!shell.isDisposed() && CorpusSession.get().current() != null && started.compareAndSet(false, true)) {
                    ImportFiles.start(shell, List.of(docs));
                }
            });
        };
        open.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                importDocs.run();
            }
        });
        if (open.getResult() != null) importDocs.run(); // the opening ended before the listener was added

    }

    /** Creates a corpus in a folder and opens it; a folder that holds a corpus already is refused in a dialog. */
    public static Job create(Shell shell, Path dir, String name) {
        if (!SaveChanges.confirm(shell)) return null;
        try {
            // the default layers named and described in the workbench's language (-nl, or the system's), where offered
            CorpusFolder.create(dir, name, Curriculum.languageFor(java.util.Locale.getDefault())).close();
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.NewCorpus_cannotCreate, org.strata.engine.Phrases.say(e.getMessage()));
            return null;
        }
        return OpenCorpus.open(shell, dir);
    }
}
