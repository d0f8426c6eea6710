package org.strata.ui.session;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread is kept from its event loop: a thread posts a no-op to the display every 10 ms
 * and times how late it runs. A late run means the UI thread was busy (engine work done on it, a long layout, a
 * paint): the expert's clicks and keys waited that long. The longest wait is kept per phase of a benchmark.
 */
public final class UiWatchdog implements AutoCloseable {
    private final Display display;
    private final Thread thread;
    private final Map<String, long[]> byPhase = new TreeMap<>(); // phase -> {max ns, pings, pings over 100 ms}
    private volatile boolean running = true;
    private volatile String phase = "start";

    public UiWatchdog(Display display) {
        this.display = display;
        thread = new Thread(this::run, "Strata UI watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Names the phase the next measurements belong to. */
    public void phase(String name) {
        phase = name;
    }

    private void run() {
        while (running && !display.isDisposed()) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            String now = phase;
            try {
                display.asyncExec(ran::countDown);
                while (!ran.await(1, TimeUnit.SECONDS)) {
                    if (!running || display.isDisposed()) return;
                }
                record(now, System.nanoTime() - posted);
                Thread.sleep(10);
            } catch (InterruptedException | org.eclipse.swt.SWTException e) {
                return;
            }
        }
    }

    private synchronized void record(String p, long ns) {
        long[] v = byPhase.computeIfAbsent(p, k -> new long[3]);
        v[0] = Math.max(v[0], ns);
        v[1]++;
        if (ns > 100_000_000L) v[2]++;
    }

    /** Per phase: the longest wait in ms, how many pings were timed and how many waited over 100 ms. */
    public synchronized Map<String, long[]> report() {
        Map<String, long[]> out = new TreeMap<>();
        byPhase.forEach((k, v) -> out.put(k, new long[] {v[0] / 1_000_000L, v[1], v[2]}));
        return out;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
