package org.strata.score;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each part counts. Knowledge and information are weights of a mean; redundancy and boilerplate are
 * how much of the score a fully redundant or fully boilerplate passage loses.
 */
public record DensityWeights(float knowledge, float information, float redundancy, float boilerplate) {
    public static final DensityWeights DEFAULT = new DensityWeights(0.5f, 0.5f, 0.5f, 0.8f);

    public DensityWeights {
        if (knowledge < 0 || information < 0 || knowledge + information <= 0) {
            throw new IllegalArgumentException("the knowledge and information weights must be >= 0 and not both 0");
        }
        if (redundancy < 0 || redundancy > 1 || boilerplate < 0 || boilerplate > 1) {
            throw new IllegalArgumentException("the redundancy and boilerplate weights lie in [0,1]");
        }
    }

    /** The default weights with those named in the map (knowledge, information, redundancy, boilerplate) replaced. */
    public static DensityWeights of(Map<String, Float> named) {
        DensityWeights d = DEFAULT;
        for (String k : named.keySet()) {
            if (!Components.NAMES.subList(0, 4).contains(k)) {
                throw new IllegalArgumentException("unknown signal weight '" + k + "': knowledge, information, redundancy or boilerplate");
            }
        }
        return new DensityWeights(named.getOrDefault("knowledge", d.knowledge), named.getOrDefault("information", d.information),
                named.getOrDefault("redundancy", d.redundancy), named.getOrDefault("boilerplate", d.boilerplate));
    }

    /** The weights by name, in the order knowledge, information, redundancy, boilerplate (as profiles and pages list them). */
    public Map<String, Float> named() {
        Map<String, Float> out = new LinkedHashMap<>();
        out.put("knowledge", knowledge);
        out.put("information", information);
        out.put("redundancy", redundancy);
        out.put("boilerplate", boilerplate);
        return out;
    }
}
