package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.answer;
import static org.strata.ui.tests.Ui.menu;
import static org.strata.ui.tests.Ui.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.model.CorpusFile;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.ui.views.ChartsView;
import org.strata.ui.views.ChooseView;
import org.strata.ui.views.ConceptsView;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.ImportFiles;
import org.strata.ui.views.IngestReportView;
import org.strata.ui.views.LayerBoardView;
import org.strata.ui.handlers.NewCorpusHandler;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.views.PassageContextView;
import org.strata.ui.views.PassagesView;
import org.strata.ui.operations.ScoreCorpus;
import org.strata.ui.preferences.StrataPreferencePage;
import org.strata.ui.views.VerificationView;

/**
 * The expert's day in the real workbench: a new corpus, real files imported (one corrupt), scored, choices made,
 * passages moved between layers on the board, layers, concepts and verification items edited, every edit undone
 * and redone through Edit > Undo, the dirty mark and File > Save, the charts, and a pack exported.
 */
class CurriculumWorkflowTest {
    @TempDir Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
    }

    private static void command(String id) throws Exception {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) { } // enablement follows the history's events, as a user's click would find it
        handlers().executeCommand(id, null);
    }

    private static Layer layer(String name) {
        for (Layer l : CorpusSession.get().current().corpus().getLayers()) if (l.getName().equals(name)) return l;
        return null;
    }

    private static long count(PassageFilter f) throws Exception {
        return CorpusSession.get().current().store().count(f);
    }

    @Test
    void fromANewCorpusToAPackWithEveryEditUndoable() throws Exception {
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();

        // a new corpus, then real files imported into it: twelve documents and a corrupt PDF
        Path dir = tmp.resolve("new corpus");
        Job created = NewCorpusHandler.create(shell, dir, "Sprint science");
        waitFor(display, () -> created.getResult() != null && CorpusSession.get().current() != null);
        assertEquals("Sprint science", CorpusSession.get().current().corpus().getName());
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), CorpusSession.get().current().layerNames());
        Path files = Files.createDirectories(tmp.resolve("files"));
        for (Path p : CurationWorkbenchTest.documents(tmp.resolve("written")).subList(0, 12)) Files.copy(p, files.resolve(p.getFileName()));
        Files.writeString(files.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage");
        Job imported = ImportFiles.start(shell, List.of(files));
        waitFor(display, () -> imported.getResult() != null);
        assertTrue(imported.getResult().isOK(), imported.getResult().toString());
        IngestReportView report = (IngestReportView) page.showView(IngestReportView.ID);
        waitFor(display, () -> report.getSummary().startsWith("13 files: 12 ok, 0 skipped, 1 failed"));

        // scored, then two choices in the Choose view
        Job scoring = ScoreCorpus.start(shell, false);
        waitFor(display, () -> scoring.getResult() != null);
        assertFalse(scoring.getResult().matches(org.eclipse.core.runtime.IStatus.ERROR | org.eclipse.core.runtime.IStatus.CANCEL),
                scoring.getResult().toString());
        assertTrue(scoring.getResult().getMessage().matches("Scored \\d+ passages with .* \\d+ encoded, .*"), scoring.getResult().getMessage());
        long passages = count(PassageFilter.NONE);
        assertTrue(passages >= 40, passages + " passages");
        assertEquals(0, count(PassageFilter.NONE.withScored(false)), "every passage scored");
        ChooseView choose = (ChooseView) page.showView(ChooseView.ID);
        waitFor(display, () -> choose.candidates().size() >= 2);
        choose.choose(0);
        waitFor(display, () -> choose.candidates().size() >= 2);
        choose.choose(1);
        assertEquals(2, CorpusSession.get().current().corpus().getJudgments().size());

        // the layer board: every passage starts in no layer; three of them dropped on "concepts"
        LayerBoardView board = (LayerBoardView) page.showView(LayerBoardView.ID);
        waitFor(display, () -> board.columnNames().equals(List.of("concepts", "logic", "strategies", "paradoxes", "")) && !board.listed("").isEmpty());
        assertTrue(board.figures("").startsWith(String.format(java.util.Locale.ROOT, "%,d passages", passages)), board.figures(""));
        List<String> three = board.listed("").subList(0, 3);
        Job moved = board.drop(three, "concepts");
        waitFor(display, () -> moved.getResult() != null);
        assertEquals(3, count(PassageFilter.NONE.withLayer("concepts")));
        waitFor(display, () -> board.listed("concepts").size() == 3);
        assertTrue(board.figures("concepts").startsWith("3 passages"), board.figures("concepts"));
        page.activate(board);
        command("org.eclipse.ui.edit.undo");
        assertEquals(0, count(PassageFilter.NONE.withLayer("concepts")), "the move is undone");
        command("org.eclipse.ui.edit.redo");
        assertEquals(3, count(PassageFilter.NONE.withLayer("concepts")), "and redone");
        // and between layers: one of them on to "logic"
        Job again = board.drop(List.of(three.get(0)), "logic");
        waitFor(display, () -> again.getResult() != null);
        assertEquals("logic", CorpusSession.get().current().store().get(three.get(0)).layer());

        // a layer's goal and description edited in place: the model is dirty, the title says so, Undo cleans it
        assertFalse(CorpusSession.get().isDirty());
        board.edit("concepts", "goal", "1.5k");
        assertEquals(1500, layer("concepts").getGoalTokens());
        assertTrue(CorpusSession.get().isDirty());
        waitFor(display, () -> shell.getText().startsWith("*Strata - Sprint science"));
        board.edit("concepts", "goal", "lots");
        assertEquals(1500, layer("concepts").getGoalTokens(), "a goal that does not parse changes nothing");
        command("org.eclipse.ui.edit.undo");
        assertEquals(0, layer("concepts").getGoalTokens());
        assertFalse(CorpusSession.get().isDirty(), "back at the saved state");
        waitFor(display, () -> shell.getText().startsWith("Strata - Sprint science"));
        command("org.eclipse.ui.edit.redo");
        board.edit("concepts", "description", "Terms of sprinting: contact, stiffness, stride.");
        board.edit("concepts", "minDensity", "0.2");
        assertEquals(0.2, layer("concepts").getMinDensity(), 1e-9);
        waitFor(display, () -> board.figures("concepts").contains("tokens of 1,500 ("));
        // how the stage is read in training: times over, or to a token target with the densest repeated first
        board.edit("concepts", "reads", "\u00d73");
        assertEquals(3, layer("concepts").getReads());
        board.edit("concepts", "reads", "0");
        assertEquals(3, layer("concepts").getReads(), "no stage is read zero times");
        board.edit("concepts", "readTo", "2M");
        assertEquals(2_000_000, layer("concepts").getReadTokens());

        // layers added, moved and renamed (its passages follow the name), each undoable
        board.addLayer("edge cases");
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes", "edge cases"), CorpusSession.get().current().layerNames());
        board.selectLayer("edge cases");
        board.moveSelected(-1);
        assertEquals(List.of("concepts", "logic", "strategies", "edge cases", "paradoxes"), CorpusSession.get().current().layerNames());
        assertEquals(4, layer("edge cases").getOrder());
        assertEquals(5, layer("paradoxes").getOrder());
        command("org.eclipse.ui.edit.undo");
        assertEquals(5, layer("edge cases").getOrder(), "the move is undone, orders too");
        board.selectLayer("logic");
        board.renameSelected("mechanics");
        assertEquals("mechanics", CorpusSession.get().current().store().get(three.get(0)).layer(), "the passage follows its layer");
        command("org.eclipse.ui.edit.undo");
        assertEquals("logic", CorpusSession.get().current().store().get(three.get(0)).layer());
        assertNotNull(layer("logic"));

        // a rename commits the model with the passages, one transaction: every edit made before it is on disk too
        assertFalse(CorpusSession.get().isDirty(), "the rename and its undo saved the model with the passages");
        assertEquals("logic", CorpusFile.load(dir.resolve(CorpusFile.NAME)).getLayers().get(1).getName());

        // File > Save writes the model; a fresh read of the file holds every edit
        board.edit("concepts", "description", "Terms of sprinting: contact, stiffness, stride, flight.");
        assertTrue(CorpusSession.get().isDirty());
        command("org.eclipse.ui.file.save");
        assertFalse(CorpusSession.get().isDirty());
        Corpus onDisk = CorpusFile.load(dir.resolve(CorpusFile.NAME));
        Layer saved = onDisk.getLayers().get(0);
        assertEquals(1500, saved.getGoalTokens());
        assertEquals(3, saved.getReads());
        assertEquals(2_000_000, saved.getReadTokens());
        assertEquals("Terms of sprinting: contact, stiffness, stride, flight.", saved.getDescription());
        assertEquals("edge cases", onDisk.getLayers().get(4).getName());

        // concepts: added, defined, linked (a cycle refused), passages tagged from the table, renamed with them
        ConceptsView concepts = (ConceptsView) page.showView(ConceptsView.ID);
        concepts.addConcept("sprinting");
        concepts.addConcept("ground contact");
        assertNull(concepts.type("definition", "The time the foot spends on the ground in each stride."));
        assertNull(concepts.type("broader", "sprinting"));
        var contact = org.strata.model.Taxonomy.find(CorpusSession.get().current().corpus(), "ground contact");
        assertEquals("sprinting", contact.getBroader().get(0).getName());
        assertEquals("ground contact", contact.getBroader().get(0).getNarrower().get(0).getName(), "narrower follows");
        concepts.select("sprinting");
        assertTrue(concepts.type("broader", "ground contact").contains("cycle"), "a cycle is refused");
        assertTrue(concepts.type("related", "no such thing").contains("no concept named 'no such thing'"));
        PassagesView table = (PassagesView) page.showView(PassagesView.ID);
        table.search("contact", false);
        waitFor(display, () -> table.headerText().contains("best matches first") && table.rowCount() >= 2);
        table.selectRows(0, 1);
        menu(table.tableControl(), "Tag 2 Passages with Concept", "ground contact");
        Job.getJobManager().join(CorpusSession.JOBS, null);
        assertEquals(2, count(PassageFilter.NONE.withConcept("ground contact")));
        table.filter("concept=ground contact");
        waitFor(display, () -> table.rowCount() == 2 && !table.headerText().startsWith("Searching"));
        page.showView(ConceptsView.ID);
        concepts.select("ground contact");
        waitFor(display, () -> concepts.taggedHeader().startsWith("2 passages tagged 'ground contact'"));
        assertEquals(2, concepts.taggedCount());
        assertNull(concepts.type("name", "contact time"));
        assertEquals(2, count(PassageFilter.NONE.withConcept("contact time")), "the tags follow the rename");
        command("org.eclipse.ui.edit.undo");
        assertEquals(2, count(PassageFilter.NONE.withConcept("ground contact")));

        // a verification item for the concepts layer, with two linked passages
        VerificationView verification = (VerificationView) page.showView(VerificationView.ID);
        verification.addItem();
        verification.type("What limits ground contact time at top speed?", "The vertical impulse the leg can apply.");
        List<Passage> two = CorpusSession.get().current().store()
                .search(org.strata.store.PassageQuery.all().filter(PassageFilter.NONE.withConcept("ground contact"))).rows();
        verification.setPassageSelection(two);
        verification.link();
        var item = CorpusSession.get().current().corpus().getVerificationItems().get(0);
        assertEquals("concepts", item.getLayer().getName());
        assertEquals("What limits ground contact time at top speed?", item.getPrompt());
        assertEquals(two.stream().map(Passage::id).toList(), item.getPassages());
        command("org.eclipse.ui.edit.undo");
        assertEquals(List.of(), item.getPassages(), "the link is undone");
        command("org.eclipse.ui.edit.redo");
        // drafts from the corpus: a check question from a concept's definition, marked draft until accepted; both undoable
        var drafting = verification.draftFromCorpus();
        waitFor(display, () -> drafting.getResult() != null && verification.drafted() >= 0);
        var items = CorpusSession.get().current().corpus().getVerificationItems();
        assertTrue(verification.drafted() > 0, "drafts from the corpus");
        var drafted = items.stream().filter(v -> v.isDraft() && v.getPrompt().equals("What is ground contact?")).findFirst().orElseThrow();
        assertEquals("The time the foot spends on the ground in each stride.", drafted.getExpectedAnswer());
        assertTrue(verification.selected().isDraft());
        verification.acceptSelected();
        assertFalse(verification.selected().isDraft(), "accepted");
        command("org.eclipse.ui.edit.undo");
        assertTrue(verification.selected().isDraft(), "the acceptance is undone");
        command("org.eclipse.ui.edit.undo");
        assertEquals(1, items.size(), "the drafting is undone");

        // the charts: a map of every passage; a click on a point opens it in its document
        ChartsView charts = (ChartsView) page.showView(ChartsView.ID);
        waitFor(display, () -> charts.mapIds().size() == passages);
        PassageContextView context = (PassageContextView) page.showView(PassageContextView.ID);
        page.activate(charts);
        String id = charts.mapIds().get(7);
        int[] at = charts.pointOf(id);
        String picked = charts.click(at[0], at[1]);
        assertNotNull(picked);
        Passage shown = CorpusSession.get().current().store().get(picked);
        waitFor(display, () -> context.titleText().startsWith(Path.of(shown.source()).getFileName() + ": passage "));

        // the pack: every stage in curriculum order, the verification item in the first stage's eval set
        org.strata.ui.wizards.ExportPackWizard wizard = new org.strata.ui.wizards.ExportPackWizard(CorpusSession.get().current());
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Path pack = tmp.resolve("pack");
        wizard.page().setFolder(pack.toString());
        waitFor(display, () -> wizard.page().previewRows().size() == 5 && !wizard.page().previewNote().startsWith("Counting"));
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes", "edge cases"),
                wizard.page().previewRows().stream().map(r -> r[0]).toList());
        // the prompts in the expert's words: one without its {0} is refused, a good one is kept in the corpus
        wizard.writePrompt("en", "conceptQuestion", "Define it.");
        assertFalse(wizard.canFinish(), "a prompt that does not name its concept is refused");
        wizard.writePrompt("en", "conceptQuestion", "Define {0} as a coach would.");
        assertTrue(wizard.canFinish());
        List<String> finished = Ui.closeDialogs(display, shell);
        assertTrue(wizard.performFinish());
        dialog.close();
        waitFor(display, () -> wizard.job() != null && wizard.job().getResult() != null && !finished.isEmpty());
        assertTrue(finished.get(0).startsWith("Pack written"), finished.toString());
        assertEquals(List.of(), org.strata.export.PackVerifier.verify(pack, org.strata.engine.DefaultEncoder.tokenizer()::count));
        String eval;
        try (var written = Files.walk(pack)) {
            eval = written.filter(f -> f.toString().contains("eval") && Files.isRegularFile(f)).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(eval.contains("What limits ground contact time at top speed?"), "the verification item is in the eval set");
        assertEquals("Define {0} as a coach would.", org.strata.engine.ExportPrompts.wording(CorpusSession.get().current().corpus(), "en").getConceptQuestion());
        assertTrue(Files.readString(pack.resolve("recipe.json")).contains("Define {0} as a coach would."), "the recipe carries the wording");

        // opening another corpus with edits unsaved asks first; Save writes them
        assertTrue(CorpusSession.get().isDirty());
        Path other = tmp.resolve("other");
        CorpusFolder.create(other, "other").close();
        List<String> asked = answer(display, "Save Changes", "Save");
        Job reopened = OpenCorpus.open(shell, other);
        waitFor(display, () -> reopened != null && reopened.getResult() != null);
        assertTrue(asked.get(0).contains("'Sprint science' has edits that are not saved"), asked.toString());
        Corpus after = CorpusFile.load(dir.resolve(CorpusFile.NAME));
        assertEquals(1, after.getVerificationItems().size());
        assertEquals(2, after.getConcepts().size());
        assertEquals("other", CorpusSession.get().current().corpus().getName());
    }

    @Test
    void preferencesChangeTheCorpusScoringAsOneUndoableEdit() throws Exception {
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Path dir = tmp.resolve("prefs");
        CorpusFolder.create(dir, "prefs").close();
        Job open = OpenCorpus.open(shell, dir);
        waitFor(display, () -> open.getResult() != null && CorpusSession.get().current() != null);

        Shell dialog = new Shell(shell);
        StrataPreferencePage page = new StrataPreferencePage();
        page.init(PlatformUI.getWorkbench());
        page.createControl(dialog);
        page.setValues("cpu", 16, new float[] {0.7f, 0.3f, 0.5f, 0.8f}, 7);
        assertTrue(page.performOk(), page.getErrorMessage());
        var profile = CorpusSession.get().current().corpus().getScoringProfile();
        assertEquals("cpu", profile.getDevice());
        assertEquals(16, org.strata.engine.Scoring.settings(CorpusSession.get().current()).batch());
        assertEquals(0.7f, org.strata.engine.Scoring.weights(CorpusSession.get().current()).knowledge(), 1e-6);
        assertEquals(7, org.strata.ui.preferences.Preferences.retrainEvery());
        command("org.eclipse.ui.edit.undo");
        assertEquals(0.5f, org.strata.engine.Scoring.weights(CorpusSession.get().current()).knowledge(), 1e-6, "one step undoes all");
        assertEquals(64, org.strata.engine.Scoring.settings(CorpusSession.get().current()).batch());

        page.setValues("cpu", 16, new float[] {0.5f, 0.5f, 2f, 0.8f}, 5);
        assertFalse(page.performOk(), "a weight out of range is refused");
        assertTrue(page.getErrorMessage().contains("[0,1]"), page.getErrorMessage());
        // the language of the next start, where the launcher script (strata-workbench) reads it
        Path prefs = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().getPath(),
                ".metadata/.plugins/org.eclipse.core.runtime/.settings/org.strata.ui.prefs");
        page.setValues("cpu", 16, new float[] {0.5f, 0.5f, 0.5f, 0.8f}, 5);
        page.setLanguage("ru");
        assertTrue(page.performOk(), page.getErrorMessage());
        assertTrue(Files.readAllLines(prefs).contains("language=ru"), prefs + ": " + Files.readAllLines(prefs));
        page.performDefaults();
        assertTrue(page.performOk());
        assertEquals(org.strata.ui.preferences.Preferences.DEFAULT_RETRAIN_EVERY, org.strata.ui.preferences.Preferences.retrainEvery());
        assertTrue(Files.readAllLines(prefs).stream().noneMatch(l -> l.startsWith("language=")), "the system's language again");
        dialog.dispose();
    }

    @Test
    void aNewCorpusIsNotMadeOverAnotherOne() throws Exception {
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Path dir = tmp.resolve("taken");
        CorpusFolder.create(dir, "first").close();
        List<String> shown = answer(display, "Cannot create the corpus", "OK");
        assertNull(NewCorpusHandler.create(shell, dir, "second"));
        assertTrue(shown.get(0).contains("already holds a corpus"), shown.toString());
        assertEquals("first", CorpusFile.load(dir.resolve(CorpusFile.NAME)).getName(), "the corpus there is untouched");
        assertNull(CorpusSession.get().current());
    }
}
