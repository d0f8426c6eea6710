package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.session.SampleCorpus;
import org.strata.ui.views.LayerBoardView;
import org.strata.ui.views.PassagesView;

/**
 * Placements in the real workbench, on a copy of the English sample (every passage placed by the build's
 * {@code layer --auto}, so every one a suggestion): the Layer Board lists the least sure suggestions first, Enter
 * confirms one and a digit moves one, each then the expert's; Place Passages learns from them and never moves them;
 * the Passages view filters and shows who placed each passage.
 */
class LayerPlacementInWorkbenchTest {
    @TempDir Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    @Test
    void theExpertConfirmsAndCorrectsSuggestionsWithKeysAndThePlacementLearnsFromThem() throws Exception {
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        Path dir = SampleCorpus.prepare(SampleCorpus.shipped(), tmp, Locale.ENGLISH);
        Job open = OpenCorpus.open(shell, dir);
        waitFor(display, () -> open.getResult() != null && CorpusSession.get().current() != null);
        CorpusFolder corpus = CorpusSession.get().current();
        long all = corpus.store().count(PassageFilter.NONE.withScored(true));
        assertEquals(all, corpus.store().count(PassageFilter.NONE.with("placed=suggested")), "the build's placement: suggestions only");

        LayerBoardView board = (LayerBoardView) page.showView(LayerBoardView.ID);
        Job unsure = board.unsureFirst(true);
        waitFor(display, () -> unsure.getResult() != null && !board.listed("concepts").isEmpty() && !board.listed("strategies").isEmpty());
        assertTrue(board.placement("concepts").startsWith("0 placed by you"), board.placement("concepts"));
        List<Passage> listed = board.listed("concepts").stream().map(id -> get(corpus, id)).toList();
        for (int i = 1; i < listed.size(); i++) assertTrue(listed.get(i - 1).confidence() <= listed.get(i).confidence(), "least sure first");

        // Enter confirms the least sure suggestion of "concepts"; 3 moves the next one to the third layer
        String confirmed = board.listed("concepts").get(0);
        Job enter = board.decide("concepts", new int[] {0}, '\r');
        waitFor(display, () -> enter.getResult() != null && !board.listed("concepts").get(0).equals(confirmed));
        Passage c = get(corpus, confirmed);
        assertFalse(c.suggested(), "confirmed: the expert's now");
        assertEquals("concepts", c.layer());
        String moved = board.listed("concepts").get(0);
        Job three = board.decide("concepts", new int[] {0}, '3');
        waitFor(display, () -> three.getResult() != null && !board.listed("concepts").contains(moved));
        Passage m = get(corpus, moved);
        assertFalse(m.suggested());
        assertEquals("strategies", m.layer());
        waitFor(display, () -> board.placement("concepts").startsWith("1 placed by you"));

        // Place Passages learns from the two and keeps them where the expert put them
        Job place = board.place();
        waitFor(display, () -> place.getResult() != null);
        assertTrue(place.getResult().isOK(), place.getResult().toString());
        assertEquals("concepts", get(corpus, confirmed).layer());
        assertEquals("strategies", get(corpus, moved).layer());
        assertEquals(2, corpus.store().count(PassageFilter.NONE.with("placed=expert")));
        assertEquals(all - 2, corpus.store().count(PassageFilter.NONE.with("placed=suggested")));
        waitFor(display, () -> board.getContentDescription().startsWith("Placement learned from 2 passages you placed"));

        // the Passages view: who placed each passage, and the filter
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        passages.filter("placed=expert");
        waitFor(display, () -> passages.rowCount() == 2 && !passages.cellText(1, 2).isEmpty());
        assertEquals("by you", passages.cellText(0, 2));
        passages.filter("placed=suggested");
        waitFor(display, () -> passages.rowCount() == all - 2 && !passages.cellText(0, 2).isEmpty());
        assertTrue(passages.cellText(0, 2).matches("suggested, \\d+%"), passages.cellText(0, 2));
    }

    private static Passage get(CorpusFolder corpus, String id) {
        try {
            return corpus.store().get(id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
