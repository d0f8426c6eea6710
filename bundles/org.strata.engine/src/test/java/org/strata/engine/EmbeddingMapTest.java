package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.strata.store.Passage;

/** The 2-D map keeps apart what the embeddings keep apart. */
class EmbeddingMapTest {
    private static Passage passage(String id, String layer, float[] v) {
        return Passage.ingested(id, "doc.txt", 0, 0, 1, "x", 1, "en").withScore(0.5f, new float[0], v).withLayer(layer);
    }

    @Test
    void twoGroupsOfMeaningLandOnTwoSidesOfTheMap() {
        Random r = new Random(7);
        List<Passage> ps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            float[] v = new float[16];
            for (int j = 0; j < v.length; j++) v[j] = (float) (0.05 * r.nextGaussian());
            boolean a = i % 2 == 0;
            v[3] += a ? 1 : -1; // the groups differ along one direction
            v[9] += (float) (0.4 * r.nextGaussian()); // and spread along another
            ps.add(passage((a ? "a" : "b") + i, a ? "concepts" : "paradoxes", v));
        }
        ps.add(passage("odd", "logic", new float[8])); // another width: left out
        List<EmbeddingMap.Point> map = EmbeddingMap.project(ps);
        assertEquals(200, map.size());
        double aMax = -1, aMin = 2, bMax = -1, bMin = 2;
        for (EmbeddingMap.Point p : map) {
            assertTrue(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1, p.toString());
            if (p.id().startsWith("a")) {
                aMax = Math.max(aMax, p.x());
                aMin = Math.min(aMin, p.x());
                assertEquals("concepts", p.layer());
            } else {
                bMax = Math.max(bMax, p.x());
                bMin = Math.min(bMin, p.x());
            }
        }
        assertTrue(aMax < bMin || bMax < aMin, "the first axis separates the groups: a " + aMin + ".." + aMax + ", b " + bMin + ".." + bMax);
        assertEquals(map, EmbeddingMap.project(ps), "the same passages draw the same map");
    }

    @Test
    void identicalOrMissingEmbeddingsDoNotBreakTheMap() {
        List<Passage> same = List.of(passage("x", "concepts", new float[] {1, 0}), passage("y", "concepts", new float[] {1, 0}));
        for (EmbeddingMap.Point p : EmbeddingMap.project(same)) {
            assertEquals(0.5, p.x());
            assertEquals(0.5, p.y());
        }
        assertEquals(List.of(), EmbeddingMap.project(List.of(Passage.ingested("n", "d", 0, 0, 1, "x", 1, "en"))));
        assertEquals(List.of(), EmbeddingMap.project(List.of()));
    }
}
