package org.strata.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.engine.PackExport;
import org.strata.export.PackManifest;
import org.strata.export.PackRequest;
import org.strata.export.PackWriter;

/**
 * Writes a pack in a background job, as {@code strata export} does, and says at the end what it wrote or why it
 * could not: the pack is written to a temporary folder and renamed, so nothing half-written is ever left.
 */
public final class ExportPack {
    private ExportPack() {}

    public static Job start(Shell shell, CorpusFolder corpus, List<String> stages, PackRequest.Selection selection, PackRequest.Training training,
            boolean parquet, Path out, boolean replace) {
        Job job = new Job("Exporting a pack to " + out.getFileName()) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                long t0 = System.nanoTime();
                try {
                    PackManifest m = PackExport.run(corpus, stages, selection, training, parquet, out, replace, "strata workbench");
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    String line = String.format(Locale.ROOT, "Wrote %,d records, %.1f MB, in %d stages to %s in %.1f s.", m.records(), PackWriter.bytes(out) / 1e6,
                            m.stages().size(), out, seconds);
                    tell(shell, false, line);
                    return Status.info(line);
                } catch (IOException | RuntimeException e) {
                    tell(shell, true, e.getMessage());
                    return Status.info(e.getMessage());
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
            if (error) MessageDialog.openError(shell, "Cannot export the pack", text);
            else MessageDialog.openInformation(shell, "Pack written", text);
        });
    }
}
