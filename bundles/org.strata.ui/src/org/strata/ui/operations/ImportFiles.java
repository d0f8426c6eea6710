package org.strata.ui.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.IngestRequest;
import org.strata.engine.Response;
import org.strata.engine.IngestReport;
import org.strata.engine.Progress;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.views.IngestReportView;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Imports files and folders into the open corpus in a cancellable job: parse workers, cleaning, segmentation,
 * exact and near duplicates, as on the command line. The progress shows files, megabytes and the rate; cancelling
 * keeps every file already stored. At the end the views reload and the ingestion report opens.
 */
public final class ImportFiles {
    private ImportFiles() {}

    /** Schedules the import; returns the job so that callers (and tests) can join it. */
    public static Job start(Shell shell, List<Path> paths) {
        Job job = new Job(paths.size() == 1 ? Texts.format(Messages.Import_job, String.valueOf(paths.get(0).getFileName()))
                : Texts.format(Messages.Import_jobMany, String.valueOf(paths.size()))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                CorpusFolder corpus = CorpusSession.get().current();
                if (corpus == null) return Status.error(Messages.Import_noCorpus);
                try {
                    IngestReport report = ingest(corpus, paths, monitor);
                    CorpusSession.get().changed(CorpusChange.Passages.added(corpus));
                    show(shell, report, monitor.isCanceled());
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    Display d = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
                    d.asyncExec(() -> MessageDialog.openError(shell, Messages.Import_failed, org.strata.engine.Phrases.say(e.getMessage())));
                    return Status.info(org.strata.engine.Phrases.say(e.getMessage()));
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static IngestReport ingest(CorpusFolder corpus, List<Path> paths, IProgressMonitor monitor) throws IOException {
        monitor.beginTask(Messages.Import_task, 1000);
        long t0 = System.nanoTime();
        AtomicInteger files = new AtomicInteger();
        int[] ticks = {0};
        Progress progress = new Progress() {
            @Override
            public void worked(long done, long total) {
                int now = total == 0 ? 950 : (int) (950 * done / total);
                if (now > ticks[0]) {
                    monitor.worked(now - ticks[0]);
                    ticks[0] = now;
                }
                double seconds = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
                monitor.subTask(Texts.format(Messages.Import_progress, files.get(), megabytes(done / 1048576.0), megabytes(total / 1048576.0),
                        megabytes(done / 1048576.0 / seconds)));
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
        Response<CorpusService.Ingested> ingested = CorpusService.of(corpus).ingest(
                new IngestRequest(paths, 0, ParseWorkers.extractor(), 0), r -> files.incrementAndGet(), progress);
        monitor.done();
        if (ingested.status() == Response.Status.FAILED) throw new IOException(ingested.message());
        return ingested.value().report();
    }

    /** Megabytes with one decimal, as the progress line shows them ("12.5"). */
    private static String megabytes(double mb) {
        return String.format(Locale.getDefault(), "%.1f", mb);
    }

    private static void show(Shell shell, IngestReport report, boolean cancelled) {
        Display d = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
        d.asyncExec(() -> {
            try {
                IngestReportView view = (IngestReportView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .showView(IngestReportView.ID);
                view.show(report, cancelled);
            } catch (PartInitException | NullPointerException e) {
                MessageDialog.openInformation(shell, Messages.Import_title, Texts.ingestTotal(report));
            }
        });
    }
}
