package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** What the workbench tests do to the real workbench: wait for it, click menus, answer and close dialogs. */
final class Ui {
    /** Dialogs that tests answer themselves ({@link #answer}): closeDialogs leaves them alone. */
    private static final java.util.Set<String> ANSWERED = java.util.Set.of("Cannot open corpus", "Save Changes", "Cannot create the corpus");

    /** Bumped at the end of each test: the dialog watchers of a test stop with it. */
    private static int generation;

    private Ui() {}

    /** Stops the dialog watchers started so far (call when a test ends, so that none closes the next test's dialogs). */
    static void stopWatching() {
        generation++;
    }

    /** Clicks a context-menu item of a control by its label path ("Move 2 Passages to Layer", "logic"). */
    static void menu(org.eclipse.swt.widgets.Control control, String... path) {
        org.eclipse.swt.widgets.Menu m = control.getMenu();
        for (int i = 0; i < path.length; i++) {
            m.notifyListeners(SWT.Show, new Event());
            org.eclipse.swt.widgets.MenuItem found = null;
            List<String> seen = new ArrayList<>();
            for (org.eclipse.swt.widgets.MenuItem it : m.getItems()) {
                seen.add(it.getText());
                if (it.getText().replace("&", "").equals(path[i])) found = it;
            }
            assertNotNull(found, path[i] + " not in " + seen);
            if (i == path.length - 1) found.notifyListeners(SWT.Selection, new Event());
            else m = found.getMenu();
        }
    }

    /** Closes any dialog that opens over the workbench window, keeping its title and text, so that no test hangs. */
    static List<String> closeDialogs(Display display, Shell main) {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        watch(display, sh -> sh != main && !ANSWERED.contains(sh.getText()), sh -> {
            seen.add(sh.getText() + ": " + texts(sh));
            sh.close();
            return false; // and go on watching
        });
        return seen;
    }

    /**
     * Looks at the visible shells every 100 ms until the test ends: {@code act} runs on each that {@code which}
     * picks, and stops the watch by returning true.
     */
    private static void watch(Display display, java.util.function.Predicate<Shell> which, java.util.function.Predicate<Shell> act) {
        int mine = generation;
        Runnable look = new Runnable() {
            @Override
            public void run() {
                if (mine != generation || display.isDisposed()) return;
                for (Shell sh : display.getShells()) {
                    if (sh.isVisible() && which.test(sh) && act.test(sh)) return;
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, look);
    }

    static String texts(Composite c) {
        StringBuilder sb = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) sb.append(l.getText()).append('\n');
            if (child instanceof Composite k) sb.append(texts(k));
        }
        return sb.toString();
    }

    static void waitFor(Display display, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for the workbench");
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    /** Presses a button of the next dialog with this title when it opens; the returned list gets the dialog's text. */
    static List<String> answer(Display display, String title, String button) {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        watch(display, sh -> title.equals(sh.getText()), sh -> {
            seen.add(texts(sh));
            Button b = find(sh, button);
            assertNotNull(b, button + " in " + title);
            b.notifyListeners(SWT.Selection, new Event());
            return true;
        });
        return seen;
    }

    /** Ends a test: its dialog watchers stop, its jobs end, the corpus closes and the views settle. */
    static void closeCorpus() throws Exception {
        stopWatching();
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.strata.ui.session.CorpusSession.JOBS, null);
        org.strata.ui.session.CorpusSession.get().close();
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) { }
    }

    /** The button with this label (mnemonic aside) in a composite or below it, or null. */
    static Button find(Composite c, String label) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && b.getText().replace("&", "").equals(label)) return b;
            if (child instanceof Composite k) {
                Button b = find(k, label);
                if (b != null) return b;
            }
        }
        return null;
    }
}
