package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;

/** Reading through the door: counts, histograms, figures, pages at any depth, search by meaning and explanations. */
class CorpusServiceReadTest {
    @TempDir Path dir;

    private static final String[] TEXTS = {
        "The Achilles tendon stores elastic energy during running and returns it at push-off.",
        "Ахиллово сухожилие запасает упругую энергию при беге и отдаёт её при отталкивании.",
        "Buy cheap watches now, best prices, click here, free shipping on every order today.",
    };

    private CorpusService corpus(int n) throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "read")) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ps.add(Passage.ingested(String.format("p%04d", i), "doc" + (i % 3) + ".txt", i, 0, 80, TEXTS[i % 3] + " (" + i + ")", 20,
                        i % 3 == 1 ? "ru" : "en").withLayer(i % 2 == 0 ? "concepts" : "logic"));
            }
            c.store().addNew(ps);
            c.commit();
        }
        return CorpusService.open(dir);
    }

    @Test
    void countsHistogramsAndFiguresAgree() throws Exception {
        try (CorpusService s = corpus(30)) {
            assertEquals(30L, s.count(PassageFilter.NONE).value());
            assertEquals(15L, s.count(PassageFilter.NONE.withLayer("logic")).value());
            assertEquals("10 passages", s.count(PassageFilter.NONE.with("language=ru")).message());
            var summary = s.summary(PassageFilter.NONE.withLayer("concepts"), 5).value();
            assertEquals(15, summary.passages());
            assertEquals(5, summary.densityBins().length);
            CorpusStats stats = s.stats(4).value();
            assertEquals(30, stats.passages());
            assertEquals(3, stats.sources());
            assertEquals(15, stats.layers().get(0).passages());
            assertFalse(s.summary(PassageFilter.NONE, 0).ok(), "no histogram without bins");
            assertEquals(0L, s.count(PassageFilter.NONE.with("layer=nowhere")).value(), "a layer that does not exist holds nothing");
        }
    }

    @Test
    void aPassageIsReadByIdAndAMissingOneIsNoValue() throws Exception {
        try (CorpusService s = corpus(3)) {
            assertEquals("doc1.txt", s.passage("p0001").value().source());
            Response<Passage> none = s.passage("nope");
            assertTrue(none.ok());
            assertNull(none.value());
            assertEquals("no passage nope", none.message());
        }
    }

    @Test
    void rowsAreServedAPageAtATimeAtAnyDepth() throws Exception {
        int n = 3 * PassageRows.PAGE + 17;
        try (CorpusService s = corpus(n)) {
            PassageRows rows = s.rows(PassageQuery.all().sort(PassageQuery.SortKey.ID)).value();
            assertEquals(n, rows.size());
            assertEquals("p0000", rows.cached(0, page -> { }).id(), "the first page is read at once");
            CountDownLatch arrived = new CountDownLatch(1);
            int deep = 3 * PassageRows.PAGE + 5;
            Passage first = rows.cached(deep, page -> arrived.countDown());
            if (first == null) assertTrue(arrived.await(30, TimeUnit.SECONDS), "the page arrives from the engine's reader");
            assertEquals(String.format("p%04d", deep), rows.cached(deep, page -> { }).id());
            assertEquals(String.format("p%04d", n - 1), rows.row(n - 1).id());
            assertNull(rows.row(n), "past the last row there is none");
            PassageRows ru = s.rows(PassageQuery.text("сухожилие").filter(PassageFilter.NONE.with("language=ru"))).value();
            assertTrue(ru.size() > 0);
        }
    }

    @Test
    void wordsAreSearchedByMeaningAndAScoredPassageIsExplained() throws Exception {
        try (CorpusService s = corpus(12)) {
            assertTrue(s.score(new ScoreRequest(null, false, null), Progress.NONE, line -> { }).ok());
            PassageQuery q = s.byMeaning("tendon elasticity in running", 3).value();
            assertNotNull(q.vector());
            List<Passage> hits = s.search(q).value().rows();
            assertEquals(3, hits.size());
            assertFalse(hits.get(0).text().startsWith("Buy cheap"), "spam is not nearest in meaning to tendons: " + hits.get(0).text());
            List<String> why = s.explain("p0000").value();
            assertTrue(why.get(0).startsWith("passage p0000 from doc0.txt"), why.get(0));
            assertTrue(why.size() > 4, String.join("\n", why));
            Response<List<String>> missing = s.explain("nope");
            assertEquals(Response.Status.FAILED, missing.status());
            assertFalse(s.byMeaning("  ", 3).ok());
        }
    }

    @Test
    void aClosedServiceOpensNoEncoder() throws Exception {
        CorpusService s = corpus(2);
        CorpusFolder folder = s.folder();
        CorpusService view = CorpusService.of(folder);
        view.close();
        assertFalse(view.byMeaning("tendon", 1).ok());
        assertTrue(view.count(PassageFilter.NONE).ok(), "closing a service of a folder leaves the folder open");
        s.close();
    }
}
