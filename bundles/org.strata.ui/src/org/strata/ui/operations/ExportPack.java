package org.strata.ui.operations;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.ExportRequest;
import org.strata.engine.Response;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.MonitorProgress;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Writes a pack in a background job, as {@code strata export} does, and says at the end what it wrote or why it
 * could not: the pack is written to a temporary folder and renamed, so nothing half-written is ever left.
 */
public final class ExportPack {
    private ExportPack() {}

    public static Job start(Shell shell, CorpusFolder corpus, ExportRequest request, Path out, boolean replace) {
        Job job = new Job(Texts.format(Messages.Export_exporting, String.valueOf(out.getFileName()))) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Response<CorpusService.Exported> done = CorpusService.of(corpus).exportPack(request, out, replace, "strata workbench",
                            new MonitorProgress(monitor, getName(), Messages.Progress_passages));
                    if (done.status() == Response.Status.CANCELLED) return Status.CANCEL_STATUS;
                    String line = done.ok() ? Texts.format(Messages.Export_wrote, done.value().manifest().records(), done.value().bytes() / 1e6,
                            done.value().manifest().stages().size(), String.valueOf(out), done.value().millis() / 1e3) : org.strata.engine.Phrases.say(done.message());
                    tell(shell, !done.ok(), line);
                    return Status.info(org.strata.engine.Phrases.say(done.message()));
                } finally {
                    monitor.done();
                }
            }
        };
        job.setRule(ScoreCorpus.SCORES);
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void tell(Shell shell, boolean error, String text) {
        Display d = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
        d.asyncExec(() -> {
            if (error) MessageDialog.openError(shell, Messages.Export_cannotExport, text);
            else MessageDialog.openInformation(shell, Messages.Export_written, text);
        });
    }
}
