package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.IngestReport;
import org.strata.engine.Ingestion;
import org.strata.engine.NotACorpusException;
import org.strata.engine.Scoring;
import org.strata.score.Encoder;
import org.strata.ui.CorpusExplorerView;
import org.strata.ui.CorpusSession;
import org.strata.ui.CurationPerspective;
import org.strata.ui.OpenCorpus;
import org.strata.ui.PassagesView;

/** Starts the real workbench on a corpus made by the engine (Tika and ONNX Runtime inside OSGi) and reads its views. */
class CurationWorkbenchTest {
    private static final String HTML = """
            <html><head><title>Sprint mechanics</title></head><body>
            <h1>Ground contact in sprinting</h1>
            <p>Ground contact time is the interval during which the foot is in contact with the track. Elite sprinters
            reach contact times below 0.09 seconds at maximal velocity because they apply large vertical forces in a
            short time, which raises stride length without lowering stride frequency.</p>
            <p>Leg stiffness describes how much the leg compresses under load. A stiffer leg stores and returns elastic
            energy in the tendons more efficiently, so that less metabolic work is needed per stride.</p>
            </body></html>
            """;

    @TempDir Path tmp;

    @AfterEach
    void closeCorpus() throws IOException {
        CorpusSession.get().close();
    }

    @Test
    void workbenchShowsTheCorpusLayersSourcesAndPassages() throws Exception {
        Path dir = tmp.resolve("sprint corpus");
        Path html = tmp.resolve("sprint.html");
        Files.writeString(html, HTML);
        try (CorpusFolder c = CorpusFolder.create(dir, "sprint")) {
            IngestReport r;
            try (Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 64)) {
                r = ingestion.run(c, List.of(html), f -> { });
            }
            assertEquals(1, r.count(org.strata.engine.Outcome.OK), r.totalLine());
            try (Encoder e = DefaultEncoder.open()) {
                new Scoring(e, 8).run(c, org.strata.engine.Progress.NONE);
            }
        }

        Display display = Display.getCurrent();
        assertNotNull(display, "runs on the UI thread");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(CurationPerspective.ID, page.getPerspective().getId());
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        CorpusExplorerView explorer = (CorpusExplorerView) page.showView(CorpusExplorerView.ID);

        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        Table table = passages.getTable();
        waitFor(display, () -> open.getResult() != null && table.getItemCount() > 0);
        waitFor(display, () -> explorer.getViewer().getTree().getItemCount() == 2);

        assertTrue(table.getItemCount() >= 2, "passages in the table: " + table.getItemCount());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            int row = i;
            waitFor(display, () -> !table.getItem(row).getText(4).isEmpty());
            texts.add(table.getItem(i).getText(4));
            assertTrue(table.getItem(i).getText(0).matches("0\\.\\d{3}|1\\.000"), "density shown: " + table.getItem(i).getText(0));
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("Ground contact time is the interval")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Leg stiffness")), texts.toString());

        TreeItem layers = explorer.getViewer().getTree().getItem(0);
        TreeItem sources = explorer.getViewer().getTree().getItem(1);
        assertTrue(layers.getText().startsWith("Layers"), layers.getText());
        List<String> layerNames = new ArrayList<>();
        for (TreeItem t : layers.getItems()) layerNames.add(t.getText().split(" ")[0]);
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes", "(no"), layerNames);
        assertTrue(sources.getItem(0).getText().startsWith("sprint.html"), sources.getItem(0).getText());
    }

    @Test
    void aFolderThatIsNotACorpusIsRefusedWithItsName() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("just files"));
        NotACorpusException e = assertThrows(NotACorpusException.class, () -> CorpusSession.get().open(plain));
        assertTrue(e.getMessage().contains(plain.toString()) && e.getMessage().contains("not a Strata corpus"), e.getMessage());

        // the workbench says so in a dialog, and keeps running
        Display display = Display.getCurrent();
        String[] shown = {null};
        Runnable closeDialog = new Runnable() {
            @Override
            public void run() {
                for (Shell sh : display.getShells()) {
                    if ("Cannot open corpus".equals(sh.getText())) {
                        String text = texts(sh);
                        sh.close();
                        if (text.contains(plain.toString())) {
                            shown[0] = text;
                            return;
                        }
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, closeDialog);
        OpenCorpus.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), plain);
        waitFor(display, () -> shown[0] != null);
        assertTrue(shown[0].contains("is not a Strata corpus"), shown[0]);
        assertEquals(null, CorpusSession.get().current(), "nothing was opened");
    }

    private static String texts(Composite c) {
        StringBuilder sb = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) sb.append(l.getText()).append('\n');
            if (child instanceof Composite k) sb.append(texts(k));
        }
        return sb.toString();
    }

    private static void waitFor(Display display, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for the workbench");
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
