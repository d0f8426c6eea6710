package org.strata.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.strata.engine.Progress;

/** A one-line progress bar on stderr for work counted in steps (percent, elapsed, time left), only on a terminal. */
final class StepsBar implements Progress {
    private final PrintWriter err;
    private final String what;
    private final boolean on;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    /** @param what what is being done, in the user's words (a Say message: "scoring") */
    StepsBar(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
        this.on = ProgressBar.terminal();
    }

    @Override
    public void worked(long done, long total) {
        long now = System.nanoTime();
        if (!on || total <= 0 || now - lastDraw < 500_000_000L) return;
        lastDraw = now;
        double s = (now - started) / 1e9, share = Math.min(1, (double) done / total);
        int width = 30, filled = (int) (width * share);
        String left = share <= 0 ? "?" : minutes(s / share - s);
        err.print("\r" + Say.that("steps.bar", what, "#".repeat(filled) + ".".repeat(width - filled),
                String.format(Locale.ROOT, "%3d", Math.round(100 * share)), minutes(s), left) + " ");
        err.flush();
        drawn = true;
    }

    private static String minutes(double s) {
        return s < 90 ? Say.that("steps.seconds", s) : Say.that("steps.minutes", s / 60);
    }

    /** Wipes the bar so that a report line can be printed in its place. */
    void clear() {
        if (!drawn) return;
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
        drawn = false;
    }
}
