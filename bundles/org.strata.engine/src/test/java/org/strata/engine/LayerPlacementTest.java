package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;

/**
 * Placement learned from the expert's placements, on real text of four kinds (eval/layers, Russian) in a real corpus
 * scored by the real MiniLM: the expert places the passages of three documents per layer through the service, as the
 * workbench and the command line do; the placement then puts the other documents' passages mostly where they belong,
 * better than the descriptions alone, marks them as suggested with a confidence, never moves the expert's, changes
 * nothing when run again, learns from a correction, and goes into the recipe the Spark job places with.
 */
class LayerPlacementTest {
    @TempDir Path dir;

    record Item(String kind, String document, String text) {}

    /** The first documents of each kind of the tune split, at most {@code perKind} each, at most 6 passages a document. */
    static List<Item> items(String language, int perKind) throws Exception {
        Map<String, List<String>> docs = new HashMap<>();
        Map<String, Integer> perDoc = new HashMap<>();
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../../eval/layers/" + language + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t", 4);
            if (!f[0].equals("tune")) continue;
            List<String> seen = docs.computeIfAbsent(f[1], k -> new ArrayList<>());
            if (!seen.contains(f[2])) {
                if (seen.size() == perKind) continue;
                seen.add(f[2]);
            }
            if (perDoc.merge(f[2], 1, Integer::sum) > 6) continue;
            out.add(new Item(f[1], f[2], f[3].replace("\\n", "\n")));
        }
        return out;
    }

    /** The expert's layers of the sets: kind → name, description. */
    static Map<String, String[]> layers(String language) throws Exception {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../../eval/layers/layers.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f[0].equals(language)) m.put(f[1], new String[] {f[2], f[3]});
        }
        return m;
    }

    @Test
    void theExpertsPlacementsTeachAndAreNeverMoved() throws Exception {
        Map<String, String[]> layers = layers("ru");
        List<Item> items = items("ru", 5);
        Map<String, Item> byId = new HashMap<>();
        try (CorpusFolder c = CorpusFolder.create(dir, "слои")) {
            c.corpus().getLayers().clear();
            int order = 1;
            for (String[] l : layers.values()) {
                Layer layer = CorpusFactory.eINSTANCE.createLayer();
                layer.setName(l[0]);
                layer.setDescription(l[1]);
                layer.setKind(LayerKind.CUSTOM);
                layer.setOrder(order++);
                c.corpus().getLayers().add(layer);
            }
            c.save();
            List<Passage> ps = new ArrayList<>();
            Map<String, Integer> seq = new HashMap<>();
            for (Item it : items) {
                String id = DocumentPassages.id(it.document() + "\n" + it.text());
                byId.put(id, it);
                ps.add(Passage.ingested(id, it.document(), seq.merge(it.document(), 1, Integer::sum), 0, it.text().length(), it.text(), 100, "ru"));
            }
            c.store().addNew(ps);
            c.commit();
        }
        try (CorpusService s = CorpusService.open(dir)) {
            assertTrue(s.score(ScoreRequest.newPassages(), Progress.NONE, line -> { }).ok());
            // the descriptions alone first: every passage suggested
            LayerPlacement.Result cold = s.placeInLayers(Progress.NONE).orThrowIO();
            assertEquals(0, cold.examples());
            assertEquals(items.size(), cold.suggested());
            double coldRight = right(s, byId, layers, null);

            // the expert places every passage of three documents per layer
            Map<String, List<String>> placedDocs = new HashMap<>();
            for (Item it : items) {
                List<String> d = placedDocs.computeIfAbsent(it.kind(), k -> new ArrayList<>());
                if (!d.contains(it.document()) && d.size() < 3) d.add(it.document());
            }
            List<String> expertIds = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : placedDocs.entrySet()) {
                List<String> ids = byId.entrySet().stream().filter(x -> e.getValue().contains(x.getValue().document())).map(Map.Entry::getKey).toList();
                expertIds.addAll(ids);
                assertTrue(s.editPassages(new PassageSelection.Ids(ids), new PassageChange.SetLayer(layers.get(e.getKey())[0])).ok());
            }
            assertEquals(expertIds.size(), s.count(PassageFilter.NONE.with("placed=expert")).value());

            LayerPlacement.Result r = s.placeInLayers(Progress.NONE).orThrowIO();
            assertEquals(expertIds.size(), r.examples());
            assertEquals(items.size() - expertIds.size(), r.suggested());
            assertTrue(r.folds() >= 2, "three documents per layer: cross-validated");
            double learned = right(s, byId, layers, expertIds);
            System.out.println("placement: cross-validated " + r.accuracy() + ", descriptions alone " + r.priorAccuracy() + "; other documents " + learned + ", descriptions alone " + coldRight);
            assertTrue(r.accuracy() > r.priorAccuracy(), "cross-validated accuracy " + r.accuracy() + " vs the descriptions' " + r.priorAccuracy());
            assertTrue(learned >= 0.8, "the other documents' passages placed right: " + learned + " (descriptions alone " + coldRight + ")");
            assertTrue(learned > coldRight, learned + " vs the descriptions alone " + coldRight);

            // the expert's placements stay his; every other passage is a suggestion with its confidence
            List<Passage> all = new ArrayList<>();
            s.folder().store().forEach(false, all::add);
            for (Passage p : all) {
                if (expertIds.contains(p.id())) {
                    assertFalse(p.suggested(), p.id());
                    assertEquals(layers.get(byId.get(p.id()).kind())[0], p.layer());
                } else {
                    assertTrue(p.suggested() && p.confidence() > 0 && p.confidence() <= 1, p.id() + " " + p.confidence());
                }
            }
            List<Passage> unsure = s.search(PassageQuery.all().sort(PassageQuery.SortKey.CONFIDENCE).page(0, 5)).orThrowIO().rows();
            for (int i = 1; i < unsure.size(); i++) assertTrue(unsure.get(i - 1).confidence() <= unsure.get(i).confidence(), "least sure first");

            // run again: nothing moves
            s.placeInLayers(Progress.NONE).orThrowIO();
            List<String> again = new ArrayList<>();
            s.folder().store().forEach(false, p -> again.add(p.id() + " " + p.layer() + " " + p.confidence()));
            assertEquals(all.stream().map(p -> p.id() + " " + p.layer() + " " + p.confidence()).toList(), again,
                    "a second run with the same examples changes nothing");

            // the expert corrects the least sure suggestion: his now, kept by the next run, and one more example
            Passage least = unsure.get(0);
            String right = layers.get(byId.get(least.id()).kind())[0];
            assertTrue(s.editPassages(new PassageSelection.Ids(List.of(least.id())), new PassageChange.SetLayer(right)).ok());
            LayerPlacement.Result corrected = s.placeInLayers(Progress.NONE).orThrowIO();
            assertEquals(expertIds.size() + 1, corrected.examples());
            Passage kept = s.folder().store().get(least.id());
            assertFalse(kept.suggested());
            assertEquals(right, kept.layer());

            // the recipe carries the learned placement: the job's scorer places as the corpus did
            assertNotNull(LayerPlacement.saved(s.folder()));
            String json = Recipe.json(s.folder(), org.strata.export.PackRequest.Selection.defaults("prior"), null, 0, List.of(), List.of());
            RecipeFile recipe = RecipeFile.of("recipe.json", json, null);
            assertTrue(recipe.learnedPlacement());
            // one document with an expert's passage in it, all its passages in order, as a job's task holds them
            String doc = byId.get(least.id()).document();
            List<Passage> ofDoc = new ArrayList<>();
            s.folder().store().forEach(false, p -> {
                if (p.source().equals(doc)) ofDoc.add(p);
            });
            ofDoc.sort(java.util.Comparator.comparingInt(Passage::seq));
            try (RecipeScorer scorer = RecipeScorer.open(recipe, org.strata.score.EncoderSettings.cpu())) {
                List<RecipeScorer.Input> in = ofDoc.stream().map(p -> new RecipeScorer.Input(p.id(), p.text(), p.tokens(), 0, p.language())).toList();
                List<RecipeScorer.Scored> out = scorer.score(in);
                java.util.TreeMap<Integer, float[]> logits = new java.util.TreeMap<>();
                for (int i = 0; i < ofDoc.size(); i++) logits.put(ofDoc.get(i).seq(), out.get(i).logits());
                for (int i = 0; i < ofDoc.size(); i++) {
                    Passage p = ofDoc.get(i);
                    if (!p.suggested()) {
                        assertEquals(p.layer(), out.get(i).expert(), "the expert's placement travels with the recipe");
                        continue;
                    }
                    LayerPlacement.Placed at = LayerPlacement.place(out.get(i).logits(), LayerPlacement.neighbours(logits, p.seq()), scorer.layers());
                    assertEquals(p.layer(), at.layer(), p.id());
                    assertEquals(p.confidence(), at.confidence(), 0.0015f, p.id());
                }
            }
        }
    }

    /** The share of passages (other than those left out) in the layer of their kind. */
    private static double right(CorpusService s, Map<String, Item> byId, Map<String, String[]> layers, List<String> leftOut) throws Exception {
        int[] n = {0, 0};
        s.folder().store().forEach(false, p -> {
            if (leftOut != null && leftOut.contains(p.id())) return;
            n[1]++;
            if (p.layer().equals(layers.get(byId.get(p.id()).kind())[0])) n[0]++;
        });
        return (double) n[0] / n[1];
    }
}
