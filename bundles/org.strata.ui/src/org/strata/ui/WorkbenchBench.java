package org.strata.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.strata.ui.views.CorpusExplorerView;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.views.PassagesView;
import org.strata.ui.session.UiWatchdog;

/**
 * The workbench's responsiveness benchmark ({@code ./strata bench-ui CORPUS}): in the real product, it opens a
 * corpus, scrolls the passages table to random places, sorts by each column, filters and searches, and times each
 * until the rows on screen are filled, while a {@link UiWatchdog} times how long the UI thread is kept busy. It
 * drives the workbench from its own thread, as a user would, and never waits on the UI thread.
 */
public final class WorkbenchBench {
    private final Display display;
    private final IWorkbenchWindow window;
    private final Path corpus;
    private final Path out;
    private final List<String> lines = new ArrayList<>();
    private UiWatchdog watchdog;
    private volatile String missing;
    private PassagesView passages;
    private CorpusExplorerView explorer;

    private WorkbenchBench(IWorkbenchWindow window, Path corpus, Path out) {
        this.display = window.getShell().getDisplay();
        this.window = window;
        this.corpus = corpus;
        this.out = out;
    }

    /** Starts the benchmark on its own thread; the workbench closes when it is done. */
    public static void start(IWorkbenchWindow window, Path corpus, Path out) {
        WorkbenchBench b = new WorkbenchBench(window, corpus, out);
        Thread t = new Thread(b::runAndClose, "Strata workbench benchmark");
        t.setDaemon(true);
        t.start();
    }

    private void runAndClose() {
        try {
            run();
        } catch (Throwable e) {
            lines.add("FAILED: " + e);
            e.printStackTrace();
        } finally {
            if (watchdog != null) watchdog.close();
            try {
                Files.write(out, lines);
            } catch (IOException e) {
                System.err.println("cannot write " + out + ": " + e.getMessage());
            }
            for (String l : lines) System.out.println(l);
            display.asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    private void run() throws Exception {
        watchdog = new UiWatchdog(display);
        ui(() -> {
            IWorkbenchPage page = window.getActivePage();
            passages = (PassagesView) page.showView(PassagesView.ID);
            explorer = (CorpusExplorerView) page.showView(CorpusExplorerView.ID);
            page.activate(passages);
            return null;
        });
        Thread.sleep(2000); // the workbench settles (fonts, first paints) before anything is timed
        lines.add("corpus: " + corpus);
        lines.add(String.format(Locale.ROOT, "java %s, %d cores, max heap %d MB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));

        watchdog.phase("open");
        long t0 = System.nanoTime();
        ui(() -> OpenCorpus.open(window.getShell(), corpus));
        waitUntil(() -> CorpusSession.get().current() != null);
        long model = ms(t0);
        waitUntil(() -> tableShown() && rowsFilled());
        long table = ms(t0);
        waitUntil(() -> ui(() -> explorer.getViewer().getTree().getItemCount() == 3));
        long tree = ms(t0);
        int size = ui(() -> passages.rowCount());
        lines.add(String.format(Locale.ROOT, "open: corpus open %d ms, passages table (%,d rows) filled %d ms, explorer %d ms", model, size,
                table, tree));
        waitUntil(() -> Job.getJobManager().isIdle());
        lines.add(String.format(Locale.ROOT, "open: every background job done %d ms", ms(t0)));
        watchdog.phase("reading");
        Thread.sleep(5000); // the expert reads the first page; the other sorts are made ready meanwhile

        Random r = new Random(42);
        watchdog.phase("scroll");
        long[] scroll = new long[20];
        for (int i = 0; i < scroll.length; i++) {
            int top = r.nextInt(Math.max(1, size - 50));
            long t = System.nanoTime();
            ui(() -> {
                passages.scrollTo(top);
                return null;
            });
            waitUntil(this::rowsFilled);
            scroll[i] = ms(t);
        }
        lines.add("scroll to a random row: " + summary(scroll));

        watchdog.phase("sort");
        List<String> sorts = new ArrayList<>();
        for (int col = 0; col < 4; col++) {
            int c = col;
            String name = new String[] {"density", "layer", "tokens", "source"}[c];
            long t = System.nanoTime();
            ui(() -> {
                passages.sortBy(c);
                return null;
            });
            waitUntil(() -> tableShown() && rowsFilled());
            long sorted = ms(t);
            long t2 = System.nanoTime();
            ui(() -> {
                passages.scrollTo(passages.rowCount() * 9 / 10);
                return null;
            });
            waitUntil(this::rowsFilled);
            sorts.add(String.format(Locale.ROOT, "%s %d ms (then row 90%%: %d ms)", name, sorted, ms(t2)));
        }
        lines.add("sort by: " + String.join(", ", sorts));

        watchdog.phase("filter");
        List<String> filters = new ArrayList<>();
        for (String[] f : new String[][] {{"status", "accepted"}, {"status", "any"}, {"filter", "language=en"}, {"filter", "density=0.8..1"},
                {"filter", "layer=logic"}, {"filter", ""}, {"search", "tendon stiffness"}, {"search", ""}}) {
            long t = System.nanoTime();
            ui(() -> {
                switch (f[0]) {
                    case "status" -> passages.setStatusFilter(f[1]);
                    case "filter" -> passages.filter(f[1]);
                    default -> passages.search(f[1], false);
                }
                return null;
            });
            waitUntil(() -> tableShown() && rowsFilled());
            int rows = ui(() -> passages.rowCount());
            filters.add(String.format(Locale.ROOT, "%s '%s' %d ms (%,d rows)", f[0], f[1], ms(t), rows));
        }
        lines.add("filter: " + String.join(", ", filters));

        for (Map.Entry<String, long[]> e : watchdog.report().entrySet()) {
            long[] v = e.getValue();
            lines.add(String.format(Locale.ROOT, "UI thread, %s: longest wait %d ms over %,d pings, %d over 100 ms", e.getKey(), v[0], v[1], v[2]));
        }
    }

    private static String summary(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %d ms, 90th percentile %d ms, max %d ms (%d scrolls)", s[s.length / 2], s[s.length * 9 / 10],
                s[s.length - 1], s.length);
    }

    private boolean tableShown() {
        return ui(() -> {
            String h = passages.headerText();
            return !h.startsWith("Searching") && !h.startsWith("No corpus");
        });
    }

    /** True when every row on screen holds its passage. */
    private boolean rowsFilled() {
        return ui(() -> {
            int n = passages.rowCount(), top = passages.topRow();
            for (int i = top; i < Math.min(n, top + passages.visibleRows()); i++) {
                if (passages.rowIfRead(i) == null) {
                    missing = "row " + i + " of rows " + top + ".." + (top + passages.visibleRows() - 1);
                    return false;
                }
            }
            return true;
        });
    }

    private void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out; not filled: " + missing);
            Thread.sleep(2);
        }
    }

    private <T> T ui(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) throw new IllegalStateException(failure.get());
        return result.get();
    }

    private interface Callable<T> {
        T call() throws Exception;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000L;
    }
}
