package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.engine.PassageChange;
import org.strata.engine.PassageSelection;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.CorpusFactory;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;
import org.strata.ui.operations.PassageEdit;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.views.ChartsView;
import org.strata.ui.views.ConceptsView;
import org.strata.ui.views.CorpusExplorerView;
import org.strata.ui.views.LayerBoardView;

/**
 * The views hear what changed and read again only what they show: a status edit makes no view recount concepts or
 * redraw the charts, a tag makes the concepts recount, a move between layers redraws the board and the charts.
 */
class TypedChangesTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    @Test
    void anEditTellsWhatChangedAndEachViewReadsOnlyWhatItShows() throws Exception {
        Path dir = CurationWorkbenchTest.scoredCorpus(tmp, "typed corpus");
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            Concept k = CorpusFactory.eINSTANCE.createConcept();
            k.setName("stiffness");
            c.corpus().getConcepts().add(k);
            c.save();
        }
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null);
        for (String id : List.of(ConceptsView.ID, ChartsView.ID, LayerBoardView.ID, CorpusExplorerView.ID)) page.showView(id);
        CorpusFolder corpus = CorpusSession.get().current();
        List<Passage> some = corpus.store().page(null, true, 0, 3);
        List<String> ids = some.stream().map(Passage::id).toList();
        String from = some.get(0).layer();

        // what an edit tells
        List<CorpusChange> told = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<CorpusChange> listener = told::add;
        CorpusSession.get().addListener(listener);
        List<String> reads = new CopyOnWriteArrayList<>();
        JobChangeAdapter jobs = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                reads.add(event.getJob().getName());
            }
        };
        settle(display);
        Job.getJobManager().addJobChangeListener(jobs);
        try {
            edit(display, corpus, ids, new PassageChange.SetStatus(PassageStatus.ACCEPTED));
            CorpusChange.Passages status = (CorpusChange.Passages) told.get(0);
            assertEquals(Set.of(CorpusChange.Aspect.STATUS), status.what());
            assertEquals(Set.copyOf(ids), status.ids());
            assertTrue(status.layers().isEmpty(), status.toString());
            for (String view : List.of("Counting tagged passages", "Drawing charts", "Reading layers", "Reading corpus")) {
                assertFalse(reads.contains(view), view + " after a status edit: " + reads);
            }

            reads.clear();
            edit(display, corpus, ids, new PassageChange.Tag("stiffness"));
            assertTrue(reads.contains("Counting tagged passages") && reads.contains("Reading corpus"), "after a tag: " + reads);
            assertFalse(reads.contains("Drawing charts") || reads.contains("Reading layers"), "after a tag: " + reads);

            reads.clear();
            String to = corpus.layerNames().stream().filter(l -> !l.equals(from)).findFirst().orElseThrow();
            edit(display, corpus, ids, new PassageChange.SetLayer(to));
            CorpusChange.Passages moved = (CorpusChange.Passages) told.get(told.size() - 1);
            assertEquals(Set.of(CorpusChange.Aspect.LAYER), moved.what());
            assertTrue(moved.layers().contains(to) && moved.layers().contains(from == null ? "" : from), moved.toString());
            assertTrue(reads.contains("Drawing charts") && reads.contains("Reading layers"), "after a move: " + reads);
        } finally {
            Job.getJobManager().removeJobChangeListener(jobs);
            CorpusSession.get().removeListener(listener);
        }
    }

    /** Runs an edit as the passage menu does (the undoable operation) and lets the views answer it. */
    private static void edit(Display display, CorpusFolder corpus, List<String> ids, PassageChange change) throws Exception {
        new PassageEdit("Edit", corpus, () -> new PassageSelection.Ids(ids), change).execute(null, null);
        settle(display);
    }

    private static final Set<String> VIEW_READS = Set.of("Counting tagged passages", "Reading tagged passages", "Drawing charts",
            "Reading layers", "Reading corpus");

    /** Lets the UI thread run what the views queued, and the reads they started end. */
    private static void settle(Display display) throws Exception {
        pump(display, 1500);
        waitFor(display, () -> java.util.Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(j -> VIEW_READS.contains(j.getName()) && j.getState() != Job.NONE));
        pump(display, 300);
    }

    private static void pump(Display display, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) Thread.sleep(10);
        }
    }
}
