package org.strata.score;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The components of a density score that need no model: information (from {@link DensitySignals} and the share
 * of domain terms) and boilerplate (from {@link Boilerplate}). Knowledge and redundancy are left NaN for the
 * caller, who has the head and the corpus's neighbours. Immutable, thread-safe.
 */
public final class Intrinsic {
    private final Set<String> domainTerms;

    /**
     * @param domainTexts the corpus's own words for its domain: concept names, aliases and definitions, layer
     *        names and descriptions; their content words become the domain terms (none: that component is not measured)
     */
    public Intrinsic(List<String> domainTexts) {
        Set<String> terms = new HashSet<>();
        for (String t : domainTexts) {
            if (t == null) continue;
            for (String w : DensitySignals.words(t)) if (w.length() >= 4 && DensitySignals.isContentWord(w)) terms.add(stem(w));
        }
        domainTerms = Set.copyOf(terms);
    }

    /** The components of one passage; {@code repeatedShare} as in {@link Boilerplate#of(String, float)}. */
    public float[] measure(String text, int tokens, float repeatedShare) {
        float[] c = new float[Components.COUNT];
        DensitySignals.Signals s = DensitySignals.of(text, tokens);
        System.arraycopy(s.components(), 0, c, Components.COMPRESSION, 8);
        float domain = domainShare(text);
        c[Components.DOMAIN_TERMS] = domain;
        c[Components.INFORMATION] = Float.isNaN(domain) ? s.density() : 0.85f * s.density() + 0.15f * domain;
        Boilerplate.Cues b = Boilerplate.of(text, repeatedShare);
        c[Components.BOILERPLATE] = b.boilerplate();
        c[Components.LEGAL] = b.legal();
        c[Components.NAVIGATION] = b.navigation();
        c[Components.LINK_LIST] = b.linkList();
        c[Components.REPEATED] = b.repeated();
        c[Components.KNOWLEDGE] = Float.NaN;
        c[Components.REDUNDANCY] = Float.NaN;
        return c;
    }

    /** The share of content words that are domain terms, mapped so that one in four counts fully; NaN without terms. */
    float domainShare(String text) {
        if (domainTerms.isEmpty()) return Float.NaN;
        int content = 0, domain = 0;
        for (String w : DensitySignals.words(text)) {
            if (w.length() < 4 || !DensitySignals.isContentWord(w)) continue;
            content++;
            if (domainTerms.contains(stem(w))) domain++;
        }
        return content == 0 ? 0 : Math.min(1f, domain / (0.25f * content));
    }

    /** A crude English stem, enough to match "tendons" with "tendon" and "loading" with "load". */
    static String stem(String w) {
        for (String suffix : Arrays.asList("ing", "es", "ed", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) return w.substring(0, w.length() - suffix.length());
        }
        return w;
    }
}
