package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.CorpusFile;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageStatus;

/**
 * Curation through the door on a real corpus and the real MiniLM: passages placed by layer descriptions, near
 * duplicates marked, choices recorded and withdrawn, a head put in use; each refused with its reason, and each long
 * one stopped by its progress without changing anything.
 */
class CorpusServiceCurationTest {
    @TempDir Path dir;

    private static final String TENDON = "The Achilles tendon stores elastic energy during the stance phase of running and returns "
            + "most of it at push-off, so a stiffer tendon passes the calf's force to the foot with less delay";
    private static final String[] TEXTS = {
        TENDON + ".",
        TENDON + " and less loss.",
        "If every runner trains harder than the others, the average finishing time falls while every rank stays where it was.",
        "Buy cheap watches now, best prices, click here, free shipping on every order today, limited offer.",
    };

    private CorpusService scored() throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "curation")) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < TEXTS.length; i++) {
                ps.add(Passage.ingested(DocumentPassages.id(TEXTS[i]), "doc" + i + ".txt", 0, 0, TEXTS[i].length(), TEXTS[i], 30, "en"));
            }
            c.store().addNew(ps);
            c.commit();
        }
        CorpusService s = CorpusService.open(dir);
        assertTrue(s.score(ScoreRequest.newPassages(), Progress.NONE, line -> { }).ok());
        return s;
    }

    /** A progress that asks to stop at once. */
    private static final Progress STOP = new Progress() {
        @Override
        public void worked(long done, long total) {}

        @Override
        public boolean cancelled() {
            return true;
        }
    };

    @Test
    void passagesArePlacedByDescriptionsAndAStoppedPlacingChangesNothing() throws Exception {
        try (CorpusService s = scored()) {
            Response<LayerPlacement.Result> stopped = s.placeInLayers(STOP);
            assertEquals(Response.Status.CANCELLED, stopped.status(), stopped.message());
            assertEquals(0L, s.count(PassageFilter.NONE.with("layer=concepts")).value() + s.count(PassageFilter.NONE.with("layer=logic")).value()
                    + s.count(PassageFilter.NONE.with("layer=strategies")).value() + s.count(PassageFilter.NONE.with("layer=paradoxes")).value(),
                    "nothing placed");

            Response<LayerPlacement.Result> placed = s.placeInLayers(Progress.NONE);
            assertTrue(placed.ok(), placed.message());
            assertEquals(TEXTS.length, placed.value().suggested());
            assertEquals(TEXTS.length, s.count(PassageFilter.NONE.with("placed=suggested")).value(), "every placement a suggestion");
            assertEquals(0L, s.count(PassageFilter.NONE.with("placed=expert")).value());
            assertEquals(TEXTS.length + " passages placed", placed.message());
        }
    }

    @Test
    void nearDuplicatesAreMarkedWithTheSettingsGivenAndBadSettingsAreRefused() throws Exception {
        try (CorpusService s = scored()) {
            assertEquals("the threshold lies in (0, 1], not 0.0", s.markNearDuplicates(new DedupRequest(5, 12, 10, 0), Progress.NONE).message());
            assertEquals(Response.Status.CANCELLED, s.markNearDuplicates(DedupRequest.defaults(), STOP).status());
            assertEquals(0L, s.count(PassageFilter.NONE.withStatus(PassageStatus.DUPLICATE)).value(), "a stopped run marks none");

            Response<NearDuplicates.Result> marked = s.markNearDuplicates(DedupRequest.defaults(), Progress.NONE);
            assertTrue(marked.ok(), marked.message());
            assertEquals(1, marked.value().duplicates(), marked.message());
            assertEquals(1L, s.count(PassageFilter.NONE.withStatus(PassageStatus.DUPLICATE)).value());
        }
    }

    @Test
    void aChoiceIsRecordedWithdrawnAndRefusedWithItsReason() throws Exception {
        try (CorpusService s = scored()) {
            List<String> ids = new ArrayList<>();
            for (String t : TEXTS) ids.add(DocumentPassages.id(t));
            assertEquals("a choice is between 2 or 3 passages", s.recordChoice(ids, ids.get(0), null, "coach").message());
            assertFalse(s.recordChoice(ids.subList(0, 2), ids.get(3), null, "coach").ok(), "the chosen one is not a candidate");

            assertEquals("the expert chooses among 2 or 3 candidates, not 4", s.nextCandidates(4, null, null, java.util.Set.of()).message());
            assertEquals(2, s.nextCandidates(2, null, null, java.util.Set.of()).value().size());
            var j = s.recordChoice(ids.subList(1, 4), ids.get(2), "states a consequence", "coach").value();
            assertEquals(List.of(), s.nextCandidates(2, null, null, java.util.Set.of()).value(),
                    "three of the four were judged: one is left, too few to choose among");
            assertEquals(1, s.folder().corpus().getJudgments().size());
            assertEquals("states a consequence", j.getRationale());
            assertTrue(java.nio.file.Files.readString(dir.resolve(CorpusFile.NAME)).contains("states a consequence"), "saved");

            assertTrue(s.withdrawJudgment(j).ok());
            assertEquals(0, s.folder().corpus().getJudgments().size());
            assertFalse(java.nio.file.Files.readString(dir.resolve(CorpusFile.NAME)).contains("states a consequence"), "saved");
        }
    }

    @Test
    void thePriorIsPutInUseAndAHeadThatIsNotThereIsRefused() throws Exception {
        try (CorpusService s = scored()) {
            Response<CorpusService.HeadUsed> prior = s.useHead(0, Progress.NONE);
            assertTrue(prior.ok(), prior.message());
            assertNull(prior.value().head());
            assertEquals(TEXTS.length, prior.value().rescored().rescored() + prior.value().rescored().encoded());
            Response<CorpusService.HeadUsed> missing = s.useHead(7, Progress.NONE);
            assertFalse(missing.ok());
            assertTrue(missing.message().contains("no head version 7"), missing.message());
        }
    }
}
