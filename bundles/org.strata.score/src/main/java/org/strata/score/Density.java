package org.strata.score;

/**
 * Combines the parts of a density score into one number in [0,1]: the weighted geometric mean of knowledge and
 * information, lowered by redundancy and by boilerplate, scaled by self-repetition, word order and cut-off (scores
 * of 17 components, made before those, combine as then: the weighted arithmetic mean). The weights come from the
 * corpus's scoring profile.
 */
public final class Density {
    private Density() {}

    public static float combine(DensityWeights w, float knowledge, float information, float redundancy, float boilerplate) {
        double base = (w.knowledge() * knowledge + w.information() * information) / (w.knowledge() + w.information());
        double d = base * (1 - w.redundancy() * redundancy) * (1 - w.boilerplate() * boilerplate);
        return (float) Math.max(0, Math.min(1, d));
    }

    /** Redundancy from the cosine to the nearest other passage: 0 up to 0.80, rising to 1 at 0.95. */
    public static float redundancy(float nearestCosine) {
        return Math.max(0f, Math.min(1f, (nearestCosine - 0.80f) / 0.15f));
    }

    /**
     * The density of a components array (see {@link Components}). The result is scaled by
     * what is left when the passage's repetition of itself is taken out, and by its word order, which the encoder
     * cannot see (shuffled words embed like their original), and by whether it is whole or cut off in mid-sentence. Knowledge and
     * information are joined by a weighted geometric mean: a passage needs both. Scores of 17 components (before these) combine as then.
     */
    public static float combine(DensityWeights w, float[] c) {
        if (c.length < Components.COUNT_V2) {
            return combine(w, c[Components.KNOWLEDGE], c[Components.INFORMATION], c[Components.REDUNDANCY], c[Components.BOILERPLATE]);
        }
        double wk = w.knowledge(), wi = w.information();
        // a weighted geometric mean: density needs both, knowledge and information; neither makes up for the other
        double base = Math.exp((wk * Math.log(Math.max(1e-6, or(c[Components.KNOWLEDGE], 0.5f)))
                + wi * Math.log(Math.max(1e-6, or(c[Components.INFORMATION], 0.5f)))) / (wk + wi));
        double d = base * (1 - w.redundancy() * or(c[Components.REDUNDANCY], 0f)) * (1 - w.boilerplate() * or(c[Components.BOILERPLATE], 0f))
                * (1 - or(c[Components.SELF_REPETITION], 0f)) * (0.15 + 0.85 * or(c[Components.WORD_ORDER], 1f))
                * (1 - 0.4 * or(c[Components.CUT_OFF], 0f));
        return (float) Math.max(0, Math.min(1, d));
    }

    private static float or(float v, float otherwise) {
        return Float.isNaN(v) ? otherwise : v;
    }
}
