package org.strata.cli;

import java.io.PrintWriter;

import org.strata.engine.Progress;

/**
 * A one-line progress bar on stderr (files, MB, rate), redrawn at most five times a second, only when a terminal
 * is attached: piped or captured output stays clean.
 */
final class ProgressBar implements Progress {
    private final PrintWriter err;
    private final boolean on;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int files;
    private long done;
    private long total;
    private boolean drawn;

    private ProgressBar(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    static ProgressBar onTerminal(PrintWriter err) {
        return new ProgressBar(err, terminal());
    }

    /** System.console() is not null on JDK 22+ even when redirected; Console.isTerminal (22+) then says the truth. */
    static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    void file() {
        files++;
    }

    @Override
    public void worked(long bytesDone, long bytesTotal) {
        done = bytesDone;
        total = bytesTotal;
        long now = System.nanoTime();
        if (!on || now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        double s = Math.max(1e-3, (now - started) / 1e9);
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + Say.that("progress.files", files, done / 1048576.0, total / 1048576.0, files / s, done / 1048576.0 / s) + " ");
        err.flush();
        drawn = true;
    }

    /** Wipes the bar so that a report line can be printed in its place. */
    void clear() {
        if (!drawn) return;
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
        drawn = false;
    }
}
