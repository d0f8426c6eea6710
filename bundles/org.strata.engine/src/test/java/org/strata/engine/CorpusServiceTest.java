package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.Taxonomy;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

/** The corpus service's use cases on a real corpus folder: each commits model and passages together, or refuses. */
class CorpusServiceTest {
    @TempDir Path dir;

    private void corpus(int n) throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "service")) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) ps.add(Passage.ingested("p" + i, "f", i, 0, 9, "tendon stiffness " + i, 4, "en").withLayer(i % 2 == 0 ? "concepts" : "logic"));
            c.store().addNew(ps);
            Taxonomy.add(c.corpus(), "stiffness", null).getAliases().add("жёсткость");
            c.commit();
        }
    }

    @Test
    void aRenamedLayerIsRenamedInTheModelAndEveryPassageAfterReopening() throws Exception {
        corpus(10);
        try (CorpusService s = CorpusService.open(dir)) {
            Response<CorpusService.Layers> r = s.changeLayers(new LayerChange.Rename("concepts", "основы"));
            assertTrue(r.ok(), r.message());
            assertEquals(List.of("основы", "logic", "strategies", "paradoxes"), r.value().names());
        }
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("основы", c.layerNames().get(0));
            assertEquals(5, c.store().count(PassageFilter.NONE.withLayer("основы")));
            assertEquals(0, c.store().count(PassageFilter.NONE.withLayer("concepts")));
            assertEquals(List.of(), c.repairs());
        }
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() throws Exception {
        corpus(4);
        try (CorpusService s = CorpusService.open(dir)) {
            Response<CorpusService.Layers> taken = s.changeLayers(new LayerChange.Rename("concepts", "logic"));
            assertEquals(Response.Status.FAILED, taken.status());
            assertEquals("there is a layer named 'logic' already", taken.message());
            assertFalse(s.changeLayers(new LayerChange.Rename("nothing", "x")).ok());
            assertFalse(s.changeLayers(new LayerChange.Move("logic", 9)).ok());
            Response<CorpusService.PassagesEdited> noLayer = s.editPassages(new PassageSelection.Ids(List.of("p0")), new PassageChange.SetLayer("nowhere"));
            assertTrue(noLayer.message().startsWith("no layer named 'nowhere'"), noLayer.message());
            assertFalse(s.editPassages(new PassageSelection.Ids(List.of("p0", "missing")), new PassageChange.SetStatus(PassageStatus.ACCEPTED)).ok());
            assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), s.folder().layerNames());
            assertEquals(0, s.folder().store().count(PassageFilter.NONE.withStatus(PassageStatus.ACCEPTED)), "no passage of a refused edit changed");
        }
    }

    @Test
    void layersAreAddedAndMovedAsOneCommitEach() throws Exception {
        corpus(2);
        try (CorpusService s = CorpusService.open(dir)) {
            assertTrue(s.changeLayers(new LayerChange.Add("разминка", "warm-up drills", 1)).ok());
            assertEquals("moved layer 'paradoxes' to position 2", s.changeLayers(new LayerChange.Move("paradoxes", 2)).message());
        }
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals(List.of("разминка", "paradoxes", "concepts", "logic", "strategies"), c.layerNames());
            assertEquals(2, c.corpus().getLayers().get(1).getOrder());
        }
    }

    @Test
    void passageEditsAreUndoneByRestoringWhatTheyAnswered() throws Exception {
        corpus(10);
        try (CorpusService s = CorpusService.open(dir)) {
            var tagged = s.editPassages(new PassageSelection.Matching(PassageQuery.text("tendon").filter(PassageFilter.NONE.withLayer("logic"))),
                    new PassageChange.Tag("жёсткость"));
            assertEquals(5, tagged.value().changed(), tagged.message());
            assertEquals(5, s.folder().store().count(PassageFilter.NONE.withConcept("stiffness")), "the alias names the concept");
            assertEquals("renamed concept 'stiffness' to 'leg stiffness'", s.renameConcept("stiffness", "leg stiffness").message());
            assertEquals(5, s.folder().store().count(PassageFilter.NONE.withConcept("leg stiffness")));
            assertTrue(s.restorePassages(tagged.value().before()).ok());
            assertEquals(0, s.folder().store().count(PassageFilter.NONE.withConcept("leg stiffness")));
            var moved = s.editPassages(new PassageSelection.Ids(List.of("p0", "p1")), new PassageChange.SetLayer(""));
            assertEquals(2, moved.value().changed());
            assertEquals(2, s.folder().store().count(PassageFilter.NONE.withLayer("")));
        }
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("leg stiffness", c.corpus().getConcepts().get(0).getName());
        }
    }
}
