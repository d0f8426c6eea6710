package org.strata.ui.session;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.strata.engine.Progress;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/** The engine's progress over an Eclipse monitor: units done become ticks of 1,000, with the count and time left. */
public final class MonitorProgress implements Progress {
    static final int TICKS = 1000;
    private final IProgressMonitor monitor;
    private final String counted;
    private final long t0 = System.nanoTime();
    private int ticks;

    /**
     * Begins a task of {@link #TICKS} on the monitor; {@code counted} is the message that says how far it got, with
     * the units done as {0} and their total as {1} ({@link Messages#Progress_passages}: "1,200 of 5,000 passages").
     */
    public MonitorProgress(IProgressMonitor monitor, String task, String counted) {
        this.monitor = monitor;
        this.counted = counted;
        monitor.beginTask(task, TICKS);
    }

    @Override
    public void worked(long done, long total) {
        int now = total == 0 ? TICKS : (int) Math.min(TICKS, TICKS * done / total);
        if (now > ticks) {
            monitor.worked(now - ticks);
            ticks = now;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String left = done == 0 || done >= total ? ""
                : Texts.format(Messages.Progress_left, String.format(Locale.getDefault(), "%.0f", seconds * (total - done) / done));
        monitor.subTask(Texts.format(counted, done, total) + left);
    }

    @Override
    public boolean cancelled() {
        return monitor.isCanceled();
    }
}
