package org.strata.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full text, kNN, filters, sorts, summaries and bulk edits over a small real index. */
class PassageQueryTest {
    @TempDir Path dir;
    PassageStore store;
    static final String[] TEXTS = {
        "Ground contact time is short in elite sprinting",
        "Leg stiffness stores elastic energy in the tendon",
        "Periodization divides the training year into cycles",
        "A taper reduces volume while keeping intensity",
        "The lactate paradox appears at high altitude",
        "Stretching before a sprint can reduce stiffness",
    };

    static float[] unit(int axis) {
        float[] v = new float[8];
        v[axis] = 1;
        return v;
    }

    @BeforeEach
    void fill() throws Exception {
        store = PassageStore.open(dir);
        List<Passage> ps = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            ps.add(Passage.ingested("p" + i, "doc" + (i / 2) + ".pdf", i % 2, 0, TEXTS[i].length(), TEXTS[i], 8 + i, i == 4 ? "de" : "en")
                    .withScore(0.1f + i * 0.15f, new float[] {i}, unit(i)).withLayer(i < 2 ? "concepts" : i < 4 ? "strategies" : "paradoxes"));
        }
        store.addNew(ps);
        store.commit();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<String> ids(PassagePage p) {
        return p.rows().stream().map(Passage::id).toList();
    }

    @Test
    void suggestedLayersAreToldFromTheExpertsInFiltersSortsAndReads() throws Exception {
        // p2 and p3 suggested (0.9 and 0.4 sure), p4 taken out of its layer; the rest the expert's
        store.updateAttributes(List.of(store.get("p2").attributesOnly().withSuggestion("strategies", 0.9f),
                store.get("p3").attributesOnly().withSuggestion("paradoxes", 0.4f), store.get("p4").attributesOnly().withLayer("")));
        store.commit();
        assertEquals(List.of("p2", "p3"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("placed=suggested")).sort(PassageQuery.SortKey.ID))));
        assertEquals(List.of("p0", "p1", "p5"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("placed=expert")).sort(PassageQuery.SortKey.ID))),
                "the expert's: in a layer, not suggested");
        assertEquals(List.of("p3"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("placed=suggested").with("layer=paradoxes")))));
        assertEquals(List.of("p3", "p2"), ids(store.search(PassageQuery.all().sort(PassageQuery.SortKey.CONFIDENCE).page(0, 2))), "least sure first");
        assertEquals(List.of("p3", "p2"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("placed=suggested"))
                .sort(PassageQuery.SortKey.CONFIDENCE))), "also through a derived listing");
        Passage p3 = store.get("p3");
        assertTrue(p3.suggested());
        assertEquals(0.4f, p3.confidence());
        Passage p0 = store.get("p0");
        assertTrue(!p0.suggested() && Float.isNaN(p0.confidence()));
        // the expert confirms the suggestion: his now
        store.updateAttributes(List.of(p3.attributesOnly().withLayer("paradoxes")));
        store.commit();
        assertTrue(!store.get("p3").suggested());
        assertEquals(List.of("p2"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("placed=suggested")))));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PassageFilter.NONE.with("placed=maybe"));
        assertEquals("placed is expert or suggested, not 'maybe'", bad.getMessage());
    }

    @Test
    void fullTextWithFiltersAndSorts() throws Exception {
        assertEquals(List.of("p0", "p5"), ids(store.search(PassageQuery.text("sprint*").sort(PassageQuery.SortKey.ID))));
        assertEquals(List.of("p5"), ids(store.search(PassageQuery.text("sprint*").filter(PassageFilter.NONE.with("layer=paradoxes")))));
        assertEquals(List.of("p1", "p5"), ids(store.search(PassageQuery.text("stiffness").sort(PassageQuery.SortKey.ID))));
        PassagePage dense = store.search(PassageQuery.all().filter(PassageFilter.NONE.with("density=>=0.5")));
        assertEquals(List.of("p5", "p4", "p3"), ids(dense));
        assertEquals(3, dense.total());
        assertEquals(List.of("p4"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("language=de")))));
        assertEquals(List.of("p2", "p3"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("source=doc1.pdf"))
                .sort(PassageQuery.SortKey.SOURCE))));
        assertEquals(List.of("p5", "p4"), ids(store.search(PassageQuery.all().sort(PassageQuery.SortKey.TOKENS).page(0, 2))));
        assertEquals(List.of("p3"), ids(store.search(PassageQuery.all().page(2, 1))), "pages are slices of the sort");
        assertEquals(0, store.search(PassageQuery.all().filter(PassageFilter.NONE.withLayer("no such layer"))).total());
    }

    @Test
    void nearestNeighboursWithAFilter() throws Exception {
        float[] q = unit(3);
        q[2] = 0.5f;
        assertEquals("p3", store.search(PassageQuery.nearest(q, 2)).rows().get(0).id());
        assertEquals(List.of("p2"), ids(store.search(PassageQuery.nearest(q, 1).filter(PassageFilter.NONE.withLayer("strategies")
                .withDensity(null, 0.45f)))));
        assertEquals(8, store.get("p3").embedding().length);
    }

    @Test
    void bulkEditsChangeAttributesInPlaceAndCommitAtOnce() throws Exception {
        int n = store.bulk(PassageQuery.text("stiffness"), BulkEdit.setLayer("logic"));
        assertEquals(2, n);
        assertEquals(2, store.count("logic"));
        assertEquals(4, store.bulk(PassageQuery.all().filter(PassageFilter.NONE.with("density=0.3..1")), BulkEdit.setStatus(PassageStatus.ACCEPTED)));
        store.bulk(PassageQuery.all().filter(PassageFilter.NONE.withLayer("logic")), BulkEdit.tag("stiffness"));
        store.bulk(PassageQuery.text("sprint*"), BulkEdit.tag("sprinting"));
        Passage p5 = store.get("p5");
        assertEquals(List.of("stiffness", "sprinting"), p5.concepts());
        assertEquals(TEXTS[5], p5.text(), "the text is untouched");
        assertEquals(8, p5.embedding().length, "so is the embedding");
        store.renameLayer("logic", "mechanics");
        store.renameConcept("sprinting", "sprint");
        assertThrows(IllegalArgumentException.class, () -> store.renameConcept("sprint", "stiffness"), "a name in use is refused");
        store.commit();
        store.close();
        store = PassageStore.open(dir);
        assertEquals(List.of("p1", "p5"), ids(store.search(PassageQuery.all().filter(PassageFilter.NONE.with("concept=stiffness"))
                .sort(PassageQuery.SortKey.ID))));
        assertEquals(2, store.count("mechanics"));
        assertEquals(List.of("stiffness", "sprint"), store.get("p5").concepts(), "the refused rename changed nothing");
        assertEquals(0, store.count("logic"));
        assertEquals(4, store.count(PassageFilter.NONE.withStatus(PassageStatus.ACCEPTED)));
        StoreSummary s = store.summary(PassageFilter.NONE.withStatus(PassageStatus.ACCEPTED), 4);
        assertEquals(4, s.passages());
        assertEquals(1, s.byLayer().get("mechanics")[0]);
        assertEquals(2, s.byLayer().get("strategies")[0]);
        assertEquals(1, s.byLayer().get("paradoxes")[0]);
    }

    @Test
    void theSummaryHasADensityHistogramPerLayer() throws Exception {
        store.addNew(List.of(Passage.ingested("u1", "new.txt", 0, 0, 5, "fresh words here", 3, "en")));
        StoreSummary s = store.summary(4);
        assertArrayEquals(new long[] {1, 1, 0, 0}, s.densityBins("concepts"));
        assertArrayEquals(new long[] {0, 1, 1, 0}, s.densityBins("strategies"));
        assertArrayEquals(new long[] {0, 0, 1, 1}, s.densityBins("paradoxes"));
        assertArrayEquals(new long[4], s.densityBins("logic"), "a layer without passages has an empty histogram");
        assertArrayEquals(new long[] {1, 2, 2, 1}, s.densityBins(), "the unscored passage is in no histogram");
    }

    @Test
    void aSampleSpreadsOverTheStoreWithEmbeddings() throws Exception {
        List<Passage> three = store.sample(3);
        assertEquals(List.of("p0", "p2", "p4"), three.stream().map(Passage::id).toList());
        assertEquals(8, three.get(1).embedding().length);
        assertEquals(TEXTS[2], three.get(1).text());
        assertEquals(6, store.sample(100).size(), "never more than the store holds");
        store.bulk(List.of("p2"), BulkEdit.setStatus(PassageStatus.REJECTED));
        assertEquals(0, store.sample(0).size());
    }

    @Test
    void aListingPagesInTheOrderOfTheSearchAtAnyDepth() throws Exception {
        store.addNew(List.of(Passage.ingested("u1", "doc0.pdf", 5, 0, 5, "fresh words here", 9, "en")));
        store.bulk(List.of("p1", "p4"), BulkEdit.setStatus(PassageStatus.ACCEPTED));
        for (PassageQuery.SortKey key : List.of(PassageQuery.SortKey.DENSITY, PassageQuery.SortKey.TOKENS, PassageQuery.SortKey.LAYER,
                PassageQuery.SortKey.STATUS, PassageQuery.SortKey.SOURCE)) {
            for (PassageFilter f : List.of(PassageFilter.NONE, PassageFilter.NONE.with("density=0.3..1"), PassageFilter.NONE.withLayer("strategies"))) {
                PassageQuery q = PassageQuery.all().filter(f).sort(key);
                PassageListing listing = store.listing(q);
                List<String> expected = ids(store.search(q.page(0, 100)));
                assertEquals(expected.size(), listing.size(), key + " " + f);
                List<String> paged = new ArrayList<>();
                for (int from = 0; from < listing.size(); from += 2) paged.addAll(listing.page(from, 2).stream().map(Passage::id).toList());
                assertEquals(expected, paged, key + " " + f);
                assertTrue(listing == store.cachedListing(q), "kept while the store is unchanged");
            }
        }
        assertEquals(null, store.listing(PassageQuery.text("sprint")), "relevance ranks page by search");
        // a filtered listing derived from the kept unfiltered one, in the same order as a search
        store.bulk(List.of("p0"), BulkEdit.setStatus(PassageStatus.ACCEPTED));
        store.commit();
        assertEquals(null, store.quickListing(PassageQuery.all().filter(PassageFilter.NONE.withStatus(PassageStatus.ACCEPTED))),
                "nothing kept since the change: no quick listing");
        store.listing(PassageQuery.all().sort(PassageQuery.SortKey.TOKENS));
        PassageQuery accepted = PassageQuery.all().filter(PassageFilter.NONE.withStatus(PassageStatus.ACCEPTED)).sort(PassageQuery.SortKey.TOKENS);
        PassageListing quick = store.quickListing(accepted);
        assertEquals(ids(store.search(accepted)), quick.page(0, 10).stream().map(Passage::id).toList());
        assertEquals(List.of("p4", "p1", "p0"), quick.page(0, 10).stream().map(Passage::id).toList());
        assertTrue(quick == store.cachedListing(accepted), "kept too");
        // many filters later, the unfiltered listing they derive from is still kept (the least used go first)
        for (int i = 0; i < 12; i++) {
            PassageQuery f = PassageQuery.all().filter(PassageFilter.NONE.withDensity(i / 20f, null)).sort(PassageQuery.SortKey.TOKENS);
            assertTrue(store.quickListing(f) != null, "filter " + i + " derived");
        }
        PassageListing fixed = store.listing(PassageQuery.all());
        store.bulk(List.of("p5"), BulkEdit.setLayer("logic"));
        store.commit();
        assertEquals("paradoxes", fixed.page(0, 1).get(0).layer(), "a listing reads the store as it was");
        assertEquals(null, store.cachedListing(PassageQuery.all()), "the store changed: not offered again");
        assertEquals("logic", store.listing(PassageQuery.all()).page(0, 1).get(0).layer());
        assertThrows(IllegalStateException.class, () -> fixed.page(0, 1), "the old one is let go");
    }

    @Test
    void aQueryThatDoesNotParseIsNamed() {
        StoreException e = assertThrows(StoreException.class, () -> store.search(PassageQuery.text("stiff AND (")));
        assertTrue(e.getMessage().startsWith("the query 'stiff AND (' does not parse"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PassageFilter.NONE.with("colour=red"));
        assertThrows(IllegalArgumentException.class, () -> PassageFilter.NONE.with("density=dense"));
    }

    @Test
    void unscoredPassagesSortLastAndCountApart() throws Exception {
        store.addNew(List.of(Passage.ingested("u1", "new.txt", 0, 0, 5, "fresh words here", 3, "en")));
        assertEquals("u1", store.search(PassageQuery.all().page(6, 1)).rows().get(0).id());
        assertEquals(1, store.count(PassageFilter.NONE.withScored(false)));
        assertEquals(6, store.count(PassageFilter.NONE.withScored(true)));
        assertEquals(1, store.summary(3).unscored());
    }
}
