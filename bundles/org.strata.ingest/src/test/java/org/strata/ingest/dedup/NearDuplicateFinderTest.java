package org.strata.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {
    private static final String BASE = "Leg stiffness describes how much the leg compresses under load. A stiffer leg stores and returns "
            + "elastic energy in the Achilles tendon more efficiently, so less metabolic work is needed for each stride at high "
            + "speed, which is why sprinters train reactive strength with hops, bounds and drop jumps through the season.";

    @Test
    void nearCopiesClusterAndDifferentTextsDoNot() {
        NearDuplicateFinder f = new NearDuplicateFinder(NearDuplicateFinder.Settings.DEFAULT);
        f.add(BASE);
        f.add("Periodization divides a training year into macrocycles, mesocycles and microcycles, each with its own emphasis.");
        f.add(BASE + " Share this article.");                                                    // a near copy (J ~ 0.94)
        f.add(BASE.toUpperCase().replace("  ", " "));                                               // same words, other case
        f.add(BASE.substring(0, BASE.length() / 2) + " Something quite different follows here, about nutrition and sleep "
                + "and the timing of meals before competition, which has nothing to do with the first half at all.");
        assertEquals(List.of(List.of(0, 2, 3)), f.clusters());
    }

    @Test
    void similarityEstimatesJaccard() {
        MinHash m = new MinHash(3, 256, 1);
        assertEquals(1.0, MinHash.similarity(m.signature(BASE), m.signature(BASE.toLowerCase())), 1e-9);
        double half = MinHash.similarity(m.signature(BASE), m.signature(BASE.substring(0, BASE.length() / 2)));
        assertTrue(half > 0.3 && half < 0.7, "about half the shingles are shared: " + half);
    }
}
