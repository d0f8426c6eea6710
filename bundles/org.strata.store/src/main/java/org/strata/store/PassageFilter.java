package org.strata.store;

/**
 * Conditions on a passage's attributes, all of which must hold; a null field is no condition. {@code layer} ""
 * means "in no layer"; {@code scored} true keeps scored passages only, false unscored ones only; {@code suggested}
 * true keeps passages Strata placed, false those the expert placed.
 */
public record PassageFilter(String layer, PassageStatus status, Float minDensity, Float maxDensity, String source,
        String language, String concept, Long cluster, Boolean scored, Boolean suggested) {

    public static final PassageFilter NONE = new PassageFilter(null, null, null, null, null, null, null, null, null, null);

    public PassageFilter withLayer(String v) {
        return new PassageFilter(v, status, minDensity, maxDensity, source, language, concept, cluster, scored, suggested);
    }

    public PassageFilter withStatus(PassageStatus v) {
        return new PassageFilter(layer, v, minDensity, maxDensity, source, language, concept, cluster, scored, suggested);
    }

    public PassageFilter withDensity(Float min, Float max) {
        return new PassageFilter(layer, status, min, max, source, language, concept, cluster, scored, suggested);
    }

    public PassageFilter withSource(String v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, v, language, concept, cluster, scored, suggested);
    }

    public PassageFilter withLanguage(String v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, source, v, concept, cluster, scored, suggested);
    }

    public PassageFilter withConcept(String v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, source, language, v, cluster, scored, suggested);
    }

    public PassageFilter withCluster(Long v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, source, language, concept, v, scored, suggested);
    }

    public PassageFilter withScored(Boolean v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, source, language, concept, cluster, v, suggested);
    }

    public PassageFilter withSuggested(Boolean v) {
        return new PassageFilter(layer, status, minDensity, maxDensity, source, language, concept, cluster, scored, v);
    }

    /**
     * Parses "key=value" conditions: layer, status, source, language, concept, cluster, density (a range such as
     * 0.5..1 or &gt;=0.7), scored (true/false), placed (expert/suggested). The message of a bad condition says which keys exist.
     */
    public PassageFilter with(String condition) {
        int eq = condition.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("a filter is key=value, not '" + condition + "'");
        String k = condition.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
        String v = condition.substring(eq + 1).strip();
        return switch (k) {
            case "layer" -> withLayer(v.equals("none") ? "" : v);
            case "status" -> withStatus(PassageStatus.parse(v));
            case "source" -> withSource(v);
            case "language", "lang" -> withLanguage(v);
            case "concept" -> withConcept(v);
            case "cluster" -> withCluster(Long.parseLong(v));
            case "scored" -> withScored(Boolean.parseBoolean(v));
            case "density" -> density(v);
            case "placed" -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "expert" -> withSuggested(false);
                case "suggested" -> withSuggested(true);
                default -> throw new IllegalArgumentException("placed is expert or suggested, not '" + v + "'");
            };
            default -> throw new IllegalArgumentException("unknown filter '" + k
                    + "': one of layer, placed, status, source, language, concept, cluster, density, scored");
        };
    }

    private PassageFilter density(String v) {
        try {
            if (v.startsWith(">=")) return withDensity(Float.parseFloat(v.substring(2)), null);
            if (v.startsWith("<=")) return withDensity(null, Float.parseFloat(v.substring(2)));
            int dots = v.indexOf("..");
            if (dots >= 0) {
                return withDensity(dots == 0 ? null : Float.parseFloat(v.substring(0, dots)),
                        dots + 2 == v.length() ? null : Float.parseFloat(v.substring(dots + 2)));
            }
            float x = Float.parseFloat(v);
            return withDensity(x, x);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("density filter '" + v + "' is not a number or range such as 0.5..1 or >=0.7");
        }
    }
}
