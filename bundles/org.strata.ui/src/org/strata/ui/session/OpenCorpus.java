package org.strata.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Opens a corpus folder in a background job and reports a folder that is not a corpus in a dialog; what the engine
 * repaired on opening (a change a killed process left half-way) is said in a dialog too.
 */
public final class OpenCorpus {
    private OpenCorpus() {}

    /**
     * Schedules the opening, after asking about unsaved edits of the corpus open now; returns the job so that
     * callers (and tests) can join it, or null when the expert cancelled.
     */
    public static Job open(Shell shell, Path dir) {
        if (Display.getCurrent() != null && !SaveChanges.confirm(shell)) return null;
        Job job = Job.create(Texts.format(Messages.Open_job, String.valueOf(dir)), monitor -> {
            try {
                var repairs = CorpusSession.get().open(dir).repairs();
                if (!repairs.isEmpty()) { // what a killed process left half-way was finished or dropped: say so once
                    display(shell).asyncExec(() -> MessageDialog.openInformation(shell, Messages.Open_repaired,
                            String.join("\n\n", repairs.stream().map(OpenCorpus::sentence).toList())));
                }
                return Status.OK_STATUS;
            } catch (IOException e) {
                display(shell).asyncExec(() -> MessageDialog.openError(shell, Messages.Open_cannot, org.strata.engine.Phrases.say(e.getMessage())));
                return new Status(IStatus.INFO, "org.strata.ui", e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static Display display(Shell shell) {
        return shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
    }

    private static String sentence(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".";
    }
}
