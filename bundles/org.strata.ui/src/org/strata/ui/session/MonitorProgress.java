package org.strata.ui.session;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.strata.engine.Progress;

/** The engine's progress over an Eclipse monitor: units done become ticks of 1,000, with the count and time left. */
public final class MonitorProgress implements Progress {
    static final int TICKS = 1000;
    private final IProgressMonitor monitor;
    private final String unit;
    private final long t0 = System.nanoTime();
    private int ticks;

    /** Begins a task of {@link #TICKS} on the monitor; {@code unit} names what is counted ("passages"). */
    public MonitorProgress(IProgressMonitor monitor, String task, String unit) {
        this.monitor = monitor;
        this.unit = unit;
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
        String left = done == 0 || done >= total ? "" : String.format(Locale.ROOT, ", %.0f s left", seconds * (total - done) / done);
        monitor.subTask(String.format(Locale.ROOT, "%,d of %,d %s%s", done, total, unit, left));
    }

    @Override
    public boolean cancelled() {
        return monitor.isCanceled();
    }
}
