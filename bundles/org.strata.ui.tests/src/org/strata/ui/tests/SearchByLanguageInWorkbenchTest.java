package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ui.operations.ReindexCorpus;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.views.PassagesView;

/**
 * In the workbench, a corpus indexed before search knew languages (made by the Strata of commit 3658141) says so
 * when searched; Corpus > Rebuild Search Index brings it forward, and a Russian word form then finds its passage.
 */
class SearchByLanguageInWorkbenchTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    @Test
    void anOldCorpusSaysSoAndRebuildingItsIndexMakesWordFormsMatch() throws Exception {
        Path dir = tmp.resolve("old");
        Path from = Path.of("../org.strata.engine/src/test/resources/org/strata/engine/store-format-1");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        Job open = OpenCorpus.open(page.getWorkbenchWindow().getShell(), dir);
        waitFor(display, () -> open.getResult() != null && passages.rowCount() > 0);

        passages.search("сухожилиями", false);
        waitFor(display, () -> passages.headerText().contains("best matches first"));
        assertEquals(0, passages.rowCount(), passages.headerText());
        assertTrue(passages.headerText().contains("exact word forms only") && passages.headerText().contains("Rebuild Search Index"),
                passages.headerText());

        Job rebuild = ReindexCorpus.start(page.getWorkbenchWindow().getShell());
        waitFor(display, () -> rebuild.getResult() != null);
        assertTrue(rebuild.getResult().getMessage().startsWith("3 English and Russian passages indexed again"), rebuild.getResult().toString());
        waitFor(display, () -> passages.rowCount() == 1 && !passages.headerText().contains("exact word forms"));
        assertFalse(passages.headerText().contains("exact word forms"), passages.headerText());
    }
}
