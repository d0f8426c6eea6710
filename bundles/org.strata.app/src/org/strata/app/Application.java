package org.strata.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.strata.engine.CorpusFolder;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.CurationPerspective;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.session.SaveChanges;
import org.strata.ui.WorkbenchBench;

/**
 * The Strata workbench. {@code -corpus DIR} among the program arguments names a corpus folder to open at start
 * ({@code ./strata gui my-corpus} passes it so).
 */
public final class Application implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            String[] args = Platform.getApplicationArgs();
            Path corpus = corpusArgument(args);
            Path bench = argument(args, "-benchmark");
            Path benchOut = argument(args, "-benchmarkOut");
            int rc = PlatformUI.createAndRunWorkbench(display, new Advisor(corpus, bench, benchOut));
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path corpusArgument(String[] args) {
        return argument(args, "-corpus");
    }

    /** The path after a flag among the program arguments, or null. */
    static Path argument(String[] args, String flag) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (flag.equals(args[i])) return Path.of(args[i + 1]).toAbsolutePath().normalize();
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) return;
        IWorkbench wb = PlatformUI.getWorkbench();
        wb.getDisplay().syncExec(() -> {
            if (!wb.getDisplay().isDisposed()) wb.close();
        });
    }

    /** "Strata - name (folder)", marked with * while the model holds unsaved edits, as Eclipse editors are. */
    static String title() {
        CorpusFolder folder = CorpusSession.get().current();
        if (folder == null) return "Strata";
        return (CorpusSession.get().isDirty() ? "*" : "") + "Strata - " + folder.corpus().getName() + " (" + folder.dir() + ")";
    }

    private static final class Advisor extends WorkbenchAdvisor {
        private final Path corpus;
        private final Path bench;
        private final Path benchOut;

        /** {@code bench}: a corpus to run the responsiveness benchmark on (then the workbench closes); else null. */
        Advisor(Path corpus, Path bench, Path benchOut) {
            this.corpus = corpus;
            this.bench = bench;
            this.benchOut = benchOut;
        }

        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            configurer.setSaveAndRestore(false);
        }

        @Override
        public boolean preShutdown() { // File > Exit closes no shell by its close button: the place is kept here too
            var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getShell() != null && !window.getShell().isDisposed()) WindowPlace.save(window.getShell());
            CorpusSession.stopJobs(); // the corpus's jobs end before the platform does
            return true;
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return CurationPerspective.ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer c) {
            return new WorkbenchWindowAdvisor(c) {
                @Override
                public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
                    return new ActionBarAdvisor(abc);
                }

                @Override
                public void preWindowOpen() {
                    c.setInitialSize(new Point(1280, 800)); // until postWindowCreate places it
                    c.setShowCoolBar(false);
                    c.setShowStatusLine(true);
                    c.setShowProgressIndicator(true);
                    c.setTitle("Strata");
                }

                @Override
                public void postWindowCreate() {
                    WindowPlace.restore(c.getWindow().getShell()); // where it was last closed, else the whole screen
                }

                @Override
                public void postWindowOpen() {
                    Shell shell = c.getWindow().getShell();
                    Runnable title = () -> shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) shell.setText(title());
                    });
                    CorpusSession.get().addListener(change -> { // the corpus's name and its unsaved mark
                        if (!(change instanceof CorpusChange.Passages)) title.run();
                    });
                    if (bench != null) WorkbenchBench.start(c.getWindow(), bench, benchOut == null ? Path.of("strata-bench-ui.txt") : benchOut);
                    else if (corpus != null) OpenCorpus.open(shell, corpus);
                }

                @Override
                public boolean preWindowShellClose() {
                    Shell shell = c.getWindow().getShell();
                    if (!SaveChanges.confirm(shell)) return false;
                    WindowPlace.save(shell);
                    return true;
                }
            };
        }
    }
}
