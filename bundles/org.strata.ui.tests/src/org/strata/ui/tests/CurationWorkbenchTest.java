package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.strata.ui.tests.Ui.closeDialogs;
import static org.strata.ui.tests.Ui.menu;
import static org.strata.ui.tests.Ui.texts;
import static org.strata.ui.tests.Ui.waitFor;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.IngestReport;
import org.strata.engine.Ingestion;
import org.strata.engine.NotACorpusException;
import org.strata.engine.Scoring;
import org.strata.score.Encoder;
import org.strata.ui.views.ChooseView;
import org.strata.ui.views.CorpusExplorerView;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.CurationPerspective;
import org.strata.ui.wizards.ExportPackPage;
import org.strata.ui.wizards.ExportPackWizard;
import org.strata.ui.operations.ImportFiles;
import org.strata.ui.views.IngestReportView;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.views.PassagesView;

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
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
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
                new Scoring(e).run(c, false, org.strata.engine.Progress.NONE);
            }
        }

        Display display = Display.getCurrent();
        assertNotNull(display, "runs on the UI thread");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(CurationPerspective.ID, page.getPerspective().getId());
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        CorpusExplorerView explorer = (CorpusExplorerView) page.showView(CorpusExplorerView.ID);

        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null && passages.rowCount() > 0);
        waitFor(display, () -> explorer.getViewer().getTree().getItemCount() == 3);

        assertTrue(passages.rowCount() >= 2, "passages in the table: " + passages.rowCount());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < passages.rowCount(); i++) {
            int row = i;
            waitFor(display, () -> !passages.cellText(row, 5).isEmpty());
            texts.add(passages.cellText(i, 5));
            assertTrue(passages.cellText(i, 0).matches("0\\.\\d{3}|1\\.000"), "density shown: " + passages.cellText(i, 0));
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("Ground contact time is the interval")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Leg stiffness")), texts.toString());

        TreeItem layers = explorer.getViewer().getTree().getItem(0);
        TreeItem sources = explorer.getViewer().getTree().getItem(2);
        assertTrue(layers.getText().startsWith("Layers"), layers.getText());
        List<String> layerNames = new ArrayList<>();
        for (TreeItem t : layers.getItems()) layerNames.add(t.getText().split(" ")[0]);
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes", "(no"), layerNames);
        assertTrue(sources.getItem(0).getText().startsWith("sprint.html"), sources.getItem(0).getText());
    }

    @Test
    void aboutNamesWhatStrataIsBuiltOnAndRecentCorporaAreRemembered() throws Exception {
        Path dir = tmp.resolve("recent corpus");
        CorpusFolder.create(dir, "recent").close();
        Display display = Display.getCurrent();
        Job open = OpenCorpus.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null);
        assertEquals(dir.toAbsolutePath().normalize().toString(), org.strata.ui.session.RecentCorpora.list().get(0), "newest first");
        String about = org.strata.ui.handlers.AboutHandler.text();
        assertTrue(about.startsWith("Strata 0.1.0") && about.contains("ONNX Runtime 1.") && about.contains("Apache Lucene 10.")
                && about.contains("Apache Tika 3.") && about.contains("Corpus: recent in " + dir), about);
    }

    @Test
    void importShowsProgressAndTheReportAndCanBeCancelled() throws Exception {
        Path dir = tmp.resolve("import corpus");
        CorpusFolder.create(dir, "import").close();
        Path in = Files.createDirectories(tmp.resolve("to import"));
        Files.writeString(in.resolve("sprint.html"), HTML);
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage");
        Files.createFile(in.resolve("empty.txt"));

        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        Job open = OpenCorpus.open(shell, dir);
        waitFor(display, () -> open.getResult() != null);
        List<String> dialogs = closeDialogs(display, shell);
        Job importing = ImportFiles.start(shell, List.of(in));
        waitFor(display, () -> importing.getResult() != null);
        assertEquals(List.of(), dialogs, "no error dialog");
        assertTrue(importing.getResult().isOK(), importing.getResult().toString());
        IngestReportView report = (IngestReportView) page.showView(IngestReportView.ID);
        waitFor(display, () -> report.getViewer().getTable().getItemCount() == 3);
        Table rows = report.getViewer().getTable();
        String all = "";
        for (int i = 0; i < rows.getItemCount(); i++) {
            all += rows.getItem(i).getText(0) + " " + rows.getItem(i).getText(1) + " " + rows.getItem(i).getText(4) + "\n";
        }
        assertTrue(all.contains("failed " + in.resolve("broken.pdf") + " cannot parse application/pdf"), all);
        assertTrue(all.contains("skipped " + in.resolve("empty.txt") + " empty file"), all);
        assertTrue(all.contains("ok " + in.resolve("sprint.html")), all);
        assertTrue(report.getSummary().startsWith("3 files: 1 ok, 1 skipped, 1 failed"), report.getSummary());
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        waitFor(display, () -> passages.rowCount() >= 2);

        // files dropped on the corpus explorer are imported the same way (the drop hands over their paths)
        Path dropped = Files.createDirectories(tmp.resolve("dropped"));
        Files.writeString(dropped.resolve("tendons.html"), HTML.replace("Sprint mechanics", "Tendons").replace("Ground contact", "Tendon load"));
        CorpusExplorerView explorer = (CorpusExplorerView) page.showView(CorpusExplorerView.ID);
        Job drop = explorer.dropped(new String[] {dropped.resolve("tendons.html").toString()});
        waitFor(display, () -> drop.getResult() != null);
        assertTrue(drop.getResult().isOK(), drop.getResult().toString());
        assertNotNull(CorpusSession.get().current().source(dropped.resolve("tendons.html").toString()), "the dropped file is a source");

        // a long import, cancelled: the files done are kept, the rest is left for later
        Path many = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(many.resolve(String.format("note-%03d.txt", i)), "Note " + i + ": " + HTML.replaceAll("<[^>]+>", " "));
        }
        Job big = ImportFiles.start(shell, List.of(many));
        waitFor(display, () -> CorpusSession.get().current().corpus().getSources().size() > 5 || big.getResult() != null);
        big.cancel();
        waitFor(display, () -> big.getResult() != null);
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, big.getResult().getSeverity(), big.getResult().toString());
        waitFor(display, () -> report.getSummary().startsWith("Import cancelled"));
        int done = CorpusSession.get().current().corpus().getSources().size() - 4;
        assertTrue(done > 0 && done < 400, done + " of 400 files imported before the cancel");
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

    private static final String[] DENSE = {
        "Ground contact time shortens as running speed rises, because the leg must apply a larger vertical impulse in less time.",
        "Tendon stiffness sets how much elastic energy the Achilles tendon stores during the stance phase and returns at toe-off.",
        "Lactate threshold marks the intensity above which blood lactate accumulates faster than muscle and liver can clear it.",
        "Periodisation arranges training in cycles so that accumulated fatigue dissipates before competition while fitness is kept.",
        "Eccentric hamstring strength protects sprinters, since the muscle lengthens under load during late swing.",
        "Maximal oxygen uptake depends on cardiac output and the arteriovenous oxygen difference in the working muscles.",
        "Plyometric drills train the stretch-shortening cycle, in which a rapid eccentric action potentiates the concentric one.",
        "Tapering cuts training volume by forty to sixty percent over two weeks while intensity is kept, which raises performance."};
    private static final String[] FILLER = {
        "Click here to buy cheap supplements now and save big today only!!!",
        "lol i dunno, my cousin said running is fun or whatever, anyway see you later",
        "All rights reserved. Terms of use apply. Subscribe to our newsletter for more great deals.",
        "Home | About | Contact | Shop | Blog | Login | Register | Cart | Help"};

    /** 40 short documents mixing dense sports science with spam, chatter and navigation, written to a folder. */
    static List<Path> documents(Path docs) throws IOException {
        Files.createDirectories(docs);
        java.util.Random r = new java.util.Random(7);
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 40; f++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 5; p++) {
                String[] from = r.nextInt(3) == 0 ? FILLER : DENSE;
                for (int k = 0; k < 2; k++) sb.append(from[r.nextInt(from.length)]).append(' ');
                sb.append("(note ").append(f).append('.').append(p).append(")\n\n");
            }
            Path file = docs.resolve("doc-" + f + ".txt");
            Files.writeString(file, sb.toString());
            files.add(file);
        }
        return files;
    }

    /** Those documents ingested and scored in a new corpus. */
    static Path scoredCorpus(Path tmp, String name) throws Exception {
        Path dir = tmp.resolve(name);
        List<Path> files = documents(tmp.resolve(name + " files"));
        try (CorpusFolder c = CorpusFolder.create(dir, name)) {
            try (Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 64)) {
                ingestion.run(c, files, x -> { });
            }
            try (Encoder e = DefaultEncoder.open()) {
                new Scoring(e).run(c, false, org.strata.engine.Progress.NONE);
            }
        }
        return dir;
    }

    @Test
    void theChooseViewRecordsChoicesByKeyAndShowsTheHeadLearning() throws Exception {
        Path dir = scoredCorpus(tmp, "choose corpus");
        // judgments made before (by strata judge): enough for the head to be cross-validated after the next round
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            List<org.strata.store.Passage> all = c.store().page(null, true, 0, 400);
            assertTrue(all.size() >= 80, all.size() + " passages");
            for (int i = 0; i < 12; i++) {
                org.strata.store.Passage a = all.get(all.size() - 1 - 2 * i), b = all.get(all.size() - 2 - 2 * i);
                org.strata.engine.Judgments.choice(c, List.of(a.id(), b.id()), a.density() >= b.density() ? a.id() : b.id(), null, "coach");
            }
        }
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null);
        ChooseView choose = (ChooseView) page.showView(ChooseView.ID);
        page.activate(choose);
        waitFor(display, () -> choose.candidates().size() == 3);
        assertTrue(choose.learningText().startsWith("12 judgments; the prior scores knowledge"), choose.learningText());
        assertTrue(choose.statusText().startsWith("Keys: 1-3 choose"), choose.statusText());

        // key 2 chooses the second candidate, with the rationale typed below
        List<org.strata.store.Passage> first = choose.candidates();
        choose.setRationale("names the mechanism");
        Event key = new Event();
        key.character = '2';
        key.keyCode = '2';
        page.getWorkbenchWindow().getShell().notifyListeners(SWT.KeyDown, key);
        org.strata.model.corpus.Judgment made = CorpusSession.get().current().corpus().getJudgments().get(12);
        assertEquals(first.get(1).id(), made.getChosen());
        assertEquals("names the mechanism", made.getRationale());
        assertEquals(first.stream().map(org.strata.store.Passage::id).toList(), made.getCandidates());
        waitFor(display, () -> choose.candidates().size() == 3);
        assertTrue(choose.candidates().stream().noneMatch(first::contains), "a new set after the choice");

        // Edit > Undo takes the choice back and offers the same set again; Redo records it again
        org.eclipse.ui.handlers.IHandlerService handlers = choose.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(12, CorpusSession.get().current().corpus().getJudgments().size(), "the choice is taken back");
        waitFor(display, () -> choose.candidates().equals(first));
        while (display.readAndDispatch()) { } // the Redo command is enabled by the history's event, as a user's click would find it
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(13, CorpusSession.get().current().corpus().getJudgments().size());
        assertEquals(first.get(1).id(), CorpusSession.get().current().corpus().getJudgments().get(12).getChosen());
        waitFor(display, () -> choose.candidates().size() == 3 && choose.candidates().stream().noneMatch(first::contains));

        // S puts a set aside; four more choices make five since the start: the head learns in the background
        List<org.strata.store.Passage> skipped = choose.candidates();
        choose.skip();
        waitFor(display, () -> choose.candidates().size() == 3);
        assertTrue(choose.candidates().stream().noneMatch(skipped::contains), "skipped passages are not offered again");
        for (int i = 0; i < ChooseView.RETRAIN_EVERY - 1; i++) {
            choose.choose(i % 3);
            waitFor(display, () -> choose.candidates().size() == 3);
        }
        assertEquals(12 + ChooseView.RETRAIN_EVERY, CorpusSession.get().current().corpus().getJudgments().size());
        waitFor(display, () -> !choose.isLearning() && choose.learningText().contains("head 1:"));
        assertTrue(choose.learningText().matches("17 judgments; head 1: \\d+\\.\\d% of held-out choices right \\(the prior: \\d+\\.\\d%\\).*"),
                choose.learningText());
        assertTrue(Files.isRegularFile(dir.resolve("heads").resolve("head-1.onnx")));
        assertEquals("1", CorpusSession.get().current().corpus().getScoringProfile().getHeadVersion(), "scoring uses the new head");
        assertTrue(choose.lastPickMillis() >= 0 && choose.lastPickMillis() < 5_000, "next set in " + choose.lastPickMillis() + " ms");
        // where the choosing stands: the head's accuracy over the rounds of judgments, and where the next choices would teach most
        var measuring = choose.measureProgress();
        waitFor(display, () -> measuring.getResult() != null && choose.progressText().startsWith("head "));
        assertTrue(choose.progressText().matches("head \\d+% \\(\\d+-\\d+%\\) on 17 judgments; earlier: \\d+% at 12"), choose.progressText());
    }

    @Test
    void theExportWizardPreviewsEachStageAndWritesAPackThatVerifies() throws Exception {
        Path dir = scoredCorpus(tmp, "export corpus");
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            List<String> layers = c.layerNames();
            List<org.strata.store.Passage> all = new ArrayList<>();
            c.store().forEach(false, p -> all.add(p.withLayer(layers.get(Math.floorMod(p.id().hashCode(), layers.size())))));
            c.store().updateAttributes(all); // the layers only: the embeddings stay (the retrieval memory needs them)
            c.store().commit();
        }
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Job open = OpenCorpus.open(shell, dir);
        waitFor(display, () -> open.getResult() != null);
        ExportPackWizard wizard = new ExportPackWizard(CorpusSession.get().current());
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        ExportPackPage page = wizard.page();
        Path pack = tmp.resolve("the pack");
        page.setFolder(pack.toString());
        waitFor(display, () -> page.previewRows().size() == 4 && !page.previewNote().startsWith("Counting"));
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), page.previewRows().stream().map(r -> r[0]).toList());
        long shown = page.previewRows().stream().mapToLong(r -> Long.parseLong(r[1].replace(",", ""))).sum();
        assertTrue(shown > 0, page.previewNote());

        // a filter changes the preview at once, before anything is written
        page.setMinDensity("1");
        waitFor(display, () -> !page.previewNote().startsWith("Counting") && page.previewRows().stream().allMatch(r -> r[1].equals("0")));
        assertTrue(page.previewRows().stream().allMatch(r -> r[4].contains("density")), "left out for their density");
        assertFalse(Files.exists(pack), "a preview writes nothing");
        page.setMinDensity("0");
        waitFor(display, () -> !page.previewNote().startsWith("Counting") && page.previewRows().stream()
                .mapToLong(r -> Long.parseLong(r[1].replace(",", ""))).sum() == shown);

        page.setMemory(true);
        List<String> dialogs = closeDialogs(display, shell);
        assertTrue(wizard.performFinish());
        dialog.close();
        waitFor(display, () -> wizard.job() != null && wizard.job().getResult() != null);
        waitFor(display, () -> !dialogs.isEmpty());
        assertTrue(dialogs.get(0).startsWith("Pack written") && dialogs.get(0).contains("Wrote "), dialogs.toString());
        assertEquals(List.of(), org.strata.export.PackVerifier.verify(pack, DefaultEncoder.tokenizer()::count));
        // the retrieval memory asked for: each stage's passages with their vectors, the encoder named in the card
        long remembered = 0;
        for (Path stage : Files.list(pack).filter(f -> f.getFileName().toString().startsWith("stage_")).toList()) {
            remembered += Files.readAllLines(stage.resolve("memory.jsonl")).size();
        }
        assertTrue(remembered > 0 && remembered <= shown, remembered + " of " + shown);
        assertTrue(Files.readString(pack.resolve("README.md")).contains("Encoder: all-minilm-l6-v2"));
    }

    @Test
    void thePassagesTableSearchesFiltersAndEditsInBulk() throws Exception {
        Path dir = scoredCorpus(tmp, "table corpus");
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null && passages.rowCount() > 0);
        int all = passages.rowCount();

        passages.search("tendon stiffness", false);
        waitFor(display, () -> passages.headerText().contains("best matches first"));
        assertTrue(passages.rowCount() > 0 && passages.rowCount() < all, passages.headerText());
        waitFor(display, () -> !passages.cellText(0, 5).isEmpty());
        assertTrue(passages.cellText(0, 5).toLowerCase().contains("tendon"), passages.cellText(0, 5));

        // the selected passage in its document, with why it scored as it did
        org.strata.ui.views.PassageContextView context = (org.strata.ui.views.PassageContextView) page.showView(org.strata.ui.views.PassageContextView.ID);
        page.activate(passages);
        passages.selectRows(0, 0);
        waitFor(display, () -> context.titleText().contains(": passage ") && !context.explanationText().isEmpty());
        assertTrue(context.titleText().matches("doc-\\d+\\.txt: passage \\d+ of \\d+, density 0\\.\\d{3}"), context.titleText());
        assertTrue(context.explanationText().contains("\ndensity 0.") && context.explanationText().contains("information signals"),
                context.explanationText());

        // Shift+Down extends the selection, as in any table
        Event down = new Event();
        down.keyCode = SWT.ARROW_DOWN;
        down.stateMask = SWT.SHIFT;
        passages.tableControl().notifyListeners(SWT.KeyDown, down);
        assertEquals(2, passages.selectionCount());

        // two selected passages rejected from the context menu
        waitFor(display, () -> passages.rowIfRead(1) != null);
        passages.selectRows(0, 1);
        String first = passages.rowIfRead(0).id();
        String second = passages.rowIfRead(1).id();
        menu(passages.tableControl(), "Reject 2 Passages");
        Job.getJobManager().join(CorpusSession.JOBS, null);
        assertEquals(org.strata.store.PassageStatus.REJECTED, CorpusSession.get().current().store().get(first).status());
        assertEquals(org.strata.store.PassageStatus.REJECTED, CorpusSession.get().current().store().get(second).status());
        passages.setStatusFilter("rejected");
        waitFor(display, () -> passages.rowCount() == 2 && !passages.headerText().startsWith("Searching"));

        // Edit > Undo takes the edit back, Redo applies it again, through the workbench's commands
        page.activate(passages);
        org.eclipse.ui.handlers.IHandlerService handlers = passages.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(org.strata.store.PassageStatus.CANDIDATE, CorpusSession.get().current().store().get(first).status(), "undone");
        waitFor(display, () -> passages.rowCount() == 0 && !passages.headerText().startsWith("Searching"));
        while (display.readAndDispatch()) { }
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(org.strata.store.PassageStatus.REJECTED, CorpusSession.get().current().store().get(first).status(), "redone");
        assertEquals(org.strata.store.PassageStatus.REJECTED, CorpusSession.get().current().store().get(second).status());
        waitFor(display, () -> passages.rowCount() == 2 && !passages.headerText().startsWith("Searching"));

        // every result of a query, not only those on screen, moved to a layer
        passages.setStatusFilter("any");
        passages.search("", false);
        waitFor(display, () -> passages.rowCount() == all && !passages.headerText().startsWith("Searching"));

        // a click on the Tokens header sorts every row by tokens; the last rows are read when scrolled to
        passages.sortBy(3);
        waitFor(display, () -> !passages.headerText().startsWith("Searching") && !passages.cellText(4, 3).isEmpty());
        for (int i = 0; i < 4; i++) {
            assertTrue(Integer.parseInt(passages.cellText(i, 3)) >= Integer.parseInt(passages.cellText(i + 1, 3)), "most tokens first");
        }
        passages.scrollTo(passages.rowCount() - 3);
        waitFor(display, () -> !passages.cellText(passages.rowCount() - 1, 3).isEmpty());
        assertTrue(Integer.parseInt(passages.cellText(passages.rowCount() - 1, 3)) <= Integer.parseInt(passages.cellText(0, 3)));
        menu(passages.tableControl(), "Move All " + String.format(java.util.Locale.ROOT, "%,d", all) + " Results to Layer", "logic");
        Job.getJobManager().join(CorpusSession.JOBS, null);
        assertEquals(all, CorpusSession.get().current().store().count("logic"), "every passage is in layer logic");
    }
}
