package org.strata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageStoreTest {
    @TempDir Path dir;

    private static Passage p(String id, String source, int seq, String text) {
        return Passage.ingested(id, source, seq, 0, text.length(), text, text.split(" ").length, "en");
    }

    @Test
    void exactDuplicatesAreStoredOnceAndOnlyCommitsSurviveAReopen() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            assertEquals(2, s.addNew(List.of(p("a", "f1", 0, "one two"), p("b", "f1", 1, "three four"), p("a", "f1", 2, "one two"))));
            assertEquals(0, s.addNew(List.of(p("b", "f2", 0, "three four"))));
            s.commit();
            s.addNew(List.of(p("c", "f2", 1, "never committed")));
            assertEquals(3, s.count());
        }
        try (PassageStore s = PassageStore.open(dir)) {
            assertEquals(2, s.count(), "the uncommitted passage is gone");
            assertNull(s.get("c"));
            assertEquals("three four", s.get("b").text());
        }
    }

    @Test
    void scoresAndLayersAreAttributesThatSortCountAndSurvive() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < 30; i++) ps.add(p("id" + i, "src" + (i % 3), i, "text number " + i));
            s.addNew(ps);
            List<Passage> scored = new ArrayList<>();
            for (int i = 0; i < 20; i++) scored.add(ps.get(i).withScore(i / 20f, null, new float[] {1, 0, 0}).withLayer(i % 2 == 0 ? "concepts" : "logic"));
            s.update(scored);
            s.commit();
        }
        try (PassageStore s = PassageStore.open(dir)) {
            List<Passage> top = s.page(null, true, 0, 3);
            assertEquals(List.of("id19", "id18", "id17"), top.stream().map(Passage::id).toList());
            assertEquals(3, s.get(top.get(0).id()).embedding().length, "get gives the embedding");
            List<Passage> last = s.page(null, true, 25, 10);
            assertEquals(5, last.size());
            assertTrue(last.stream().noneMatch(Passage::scored), "unscored last");
            assertEquals(10, s.count("concepts"));
            assertEquals(10, s.count(""));
            StoreSummary sum = s.summary(10);
            assertEquals(30, sum.passages());
            assertEquals(10, sum.unscored());
            assertEquals(3, sum.bySource().size());
            assertEquals(10, sum.byLayer().get("logic")[0]);
            long binned = 0;
            for (long n : sum.densityBins()) binned += n;
            assertEquals(20, binned);
        }
    }

    private static float[] unit(int dim, int hot) {
        float[] v = new float[dim];
        v[hot] = 1;
        return v;
    }

    @Test
    void embeddingsOfAnotherWidthLiveBesideTheOldOnesAndReplaceThemPassageByPassage() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < 6; i++) ps.add(p("id" + i, "src", i, "text number " + i));
            s.addNew(ps);
            List<Passage> old = new ArrayList<>();
            for (int i = 0; i < 6; i++) old.add(ps.get(i).withScore(0.5f, null, unit(384, i)));
            s.update(old);
            s.commit();
            // a new encoder of 768 dimensions re-embeds half of the passages (a re-embedding cut short)
            List<Passage> wide = new ArrayList<>();
            for (int i = 0; i < 3; i++) wide.add(ps.get(i).withScore(0.6f, null, unit(768, i)));
            s.update(wide);
            s.commit();
        }
        try (PassageStore s = PassageStore.open(dir)) {
            assertEquals(768, s.get("id1").embedding().length, "the rewritten passage holds only its new vector");
            assertEquals(1f, s.get("id1").embedding()[1]);
            assertEquals(384, s.get("id4").embedding().length);
            List<Passage> near = s.search(PassageQuery.nearest(unit(768, 2), 5)).rows();
            assertEquals(3, near.size(), "a 768-d query searches 768-d vectors only");
            assertEquals("id2", near.get(0).id());
            List<Passage> narrow = s.search(PassageQuery.nearest(unit(384, 4), 5)).rows();
            assertEquals(List.of("id3", "id4", "id5"), narrow.stream().map(Passage::id).sorted().toList());
            assertEquals("id4", narrow.get(0).id());
            assertEquals(0f, s.nearestOther("id0", unit(768, 0)), 1e-6, "orthogonal 768-d neighbours");
        }
    }

    @Test
    void anIndexFromANewerStrataIsRefusedAndLeftAsItIs() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            s.addNew(List.of(p("a", "f", 0, "one two")));
            s.commit();
        }
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("strata.store.format", "99").entrySet());
            w.commit();
        }
        java.util.Map<String, Long> before = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) before.put(f.getFileName().toString(), java.nio.file.Files.size(f));
        }
        StoreException e = assertThrows(StoreException.class, () -> PassageStore.open(dir));
        assertTrue(e.getMessage().startsWith(dir.toString()) && e.getMessage().contains("newer Strata (store format 99"), e.getMessage());
        java.util.Map<String, Long> after = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) after.put(f.getFileName().toString(), java.nio.file.Files.size(f));
        }
        after.remove("write.lock");
        before.remove("write.lock");
        assertEquals(before, after, "nothing was written");
    }

    @Test
    void aSecondWriterIsRefusedWithTheFolderNamed() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> PassageStore.open(dir));
            assertTrue(e.getMessage().startsWith(dir.toString()) && e.getMessage().contains("in use"), e.getMessage());
        }
    }
}
