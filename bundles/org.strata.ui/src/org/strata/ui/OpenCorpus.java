package org.strata.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Opens a corpus folder in a background job and reports a folder that is not a corpus in a dialog. */
public final class OpenCorpus {
    private OpenCorpus() {}

    /**
     * Schedules the opening, after asking about unsaved edits of the corpus open now; returns the job so that
     * callers (and tests) can join it, or null when the expert cancelled.
     */
    public static Job open(Shell shell, Path dir) {
        if (Display.getCurrent() != null && !SaveChanges.confirm(shell)) return null;
        Job job = Job.create("Opening corpus " + dir, monitor -> {
            try {
                CorpusSession.get().open(dir);
                return Status.OK_STATUS;
            } catch (IOException e) {
                Display display = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
                display.asyncExec(() -> MessageDialog.openError(shell, "Cannot open corpus", e.getMessage()));
                return new Status(IStatus.INFO, "org.strata.ui", e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
