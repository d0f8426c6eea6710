package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.store.Passage;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.SampleCorpus;
import org.strata.ui.views.PassagesView;

/**
 * The first start as a newcomer meets it: with no corpus open the Passages view welcomes him with the ways to start;
 * Open Sample opens a copy of the sample the build made (real documents in English and Russian, scored and layered)
 * and the views fill; the window covers the screen.
 */
class FirstStartTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    @Test
    void theWelcomeOffersTheSampleWhichOpensScoredAndLayeredInACopy() throws Exception {
        Ui.closeCorpus();
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        Shell shell = page.getWorkbenchWindow().getShell();
        while (display.readAndDispatch()) { }
        for (String start : new String[] {Messages.Welcome_newCorpus, Messages.Welcome_importFolder, Messages.Welcome_openCorpus}) {
            Button b = Ui.find(shell, start);
            assertNotNull(b, start + " on the welcome");
            assertTrue(b.isVisible(), start + " is shown while no corpus is open");
        }
        Button sample = Ui.find(shell, Messages.Welcome_openSample);
        assertTrue(sample != null && sample.isVisible(), "Open Sample on the welcome");

        sample.notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> CorpusSession.get().current() != null && passages.rowCount() > 0);
        CorpusFolder opened = CorpusSession.get().current();
        Path copy = opened.dir();
        assertTrue(copy.startsWith(SampleCorpus.workspace()), "the expert works on a copy in the workspace: " + copy);
        assertFalse(copy.startsWith(SampleCorpus.shipped().toAbsolutePath()), "the shipped sample is never written to");
        assertFalse(sample.isVisible(), "the welcome gives way to the passages");
        assertTrue(passages.rowCount() > 300, "the sample's passages: " + passages.rowCount());
        waitFor(display, () -> passages.rowIfRead(0) != null);
        Passage first = passages.rowIfRead(0);
        assertTrue(first.scored(), "scored by the build");
        assertFalse(first.layer() == null || first.layer().isEmpty(), "layered by the build");
        assertEquals(4, opened.layerNames().size());

        // both languages are in it: Russian word forms find their passages, and English ones theirs
        passages.search("резервной копии", false);
        waitFor(display, () -> passages.headerText().contains("best matches first") || passages.headerText().contains("лучшие"));
        assertTrue(passages.rowCount() > 0, "Russian passages: " + passages.headerText());

        // closed and opened again from the welcome, it is the same copy, with whatever the expert did to it
        Ui.closeCorpus();
        while (display.readAndDispatch()) { }
        assertTrue(sample.isVisible(), "the welcome is back when the corpus closes");
        assertTrue(Ui.texts(shell).contains(copy.getParent().toString()) || linkTo(shell, copy), "the sample is among the recent corpora");
        assertEquals(copy, SampleCorpus.prepare(SampleCorpus.shipped(), SampleCorpus.workspace(), Locale.ENGLISH));
    }

    private static boolean linkTo(org.eclipse.swt.widgets.Composite c, Path dir) {
        for (var child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Link l && l.getText().contains(dir.getParent().toString())) return true;
            if (child instanceof org.eclipse.swt.widgets.Composite k && linkTo(k, dir)) return true;
        }
        return false;
    }

    @Test
    void aMissingSampleIsSaidAndAHalfMadeCopyIsMadeAgain() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> SampleCorpus.prepare(tmp.resolve("nothing"), tmp.resolve("ws"), Locale.ENGLISH));
        assertTrue(missing.getMessage().contains(tmp.resolve("nothing").resolve("en").toString()), missing.getMessage());

        Path half = Files.createDirectories(tmp.resolve("ws/samples/strata-sample-ru.copying/passages"));
        Files.writeString(half.resolve("junk"), "a copy a killed workbench left");
        Path ru = SampleCorpus.prepare(SampleCorpus.shipped(), tmp.resolve("ws"), Locale.forLanguageTag("ru-RU"));
        assertEquals(tmp.resolve("ws/samples/strata-sample-ru"), ru);
        assertFalse(Files.exists(half), "the half-made copy is gone");
        try (CorpusFolder c = CorpusFolder.open(ru)) {
            assertEquals("понятия", c.layerNames().get(0), "the Russian sample's layers are named in Russian");
        }
    }

    @Test
    void theWindowCoversTheScreenOnAFirstStart() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        var screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        assertTrue(shell.getMaximized() || shell.getBounds().width >= screen.width - 40 && shell.getBounds().height >= screen.height - 80,
                "the window " + shell.getBounds() + " on a screen of " + screen);
    }
}
