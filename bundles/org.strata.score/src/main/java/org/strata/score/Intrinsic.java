package org.strata.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The components of a density score that need no model: information (from {@link DensitySignals} and the share
 * of domain terms), boilerplate (from {@link Boilerplate} and {@link CodeCues}), self-repetition and word order,
 * each measured in the passage's language ({@link LanguageKit}), and the encoder's coverage of that language.
 * Knowledge and redundancy are left NaN for the caller, who has the head and the corpus's neighbours. Immutable,
 * thread-safe.
 */
public final class Intrinsic {
    /** Encoder tokens per word at or under which the encoder's vocabulary covers a text fully, and where it stops covering it. */
    static final float COVERED = 1.7f, UNCOVERED = 2.7f;

    private final List<String> domainWords;
    private final Map<String, Set<String>> domainStems = new ConcurrentHashMap<>();
    private final Map<String, WordOrderModel> wordOrders;
    private final Map<String, LanguageKit> kits = new ConcurrentHashMap<>();

    /**
     * @param domainTexts the corpus's own words for its domain: concept names, aliases and definitions, layer
     *        names and descriptions; their content words become the domain terms (none: that component is not measured)
     */
    public Intrinsic(List<String> domainTexts) {
        this(domainTexts, Map.of());
    }

    /**
     * @param domainTexts as above
     * @param wordOrders word-order models learned from the corpus's own passages, by language: used for the
     *        languages Strata ships no model for (a shipped model is kept where there is one)
     */
    public Intrinsic(List<String> domainTexts, Map<String, WordOrderModel> wordOrders) {
        this.wordOrders = Map.copyOf(wordOrders);
        List<String> words = new ArrayList<>();
        for (String t : domainTexts) {
            if (t == null) continue;
            for (String w : DensitySignals.words(t)) if (w.length() >= 4 && Character.isLetter(w.charAt(0))) words.add(w);
        }
        domainWords = List.copyOf(words);
    }

    /** The components of an English passage; {@code repeatedShare} as in {@link Boilerplate#of(String, float)}. */
    public float[] measure(String text, int tokens, float repeatedShare) {
        return measure(text, tokens, repeatedShare, "en");
    }

    /**
     * The components of one passage in its language (an ISO 639-1 code; "" or one nothing knows: the
     * language-independent signals only); {@code tokens} as the encoder counts them; {@code repeatedShare} as in
     * {@link Boilerplate#of(String, float)}.
     */
    public float[] measure(String text, int tokens, float repeatedShare, String language) {
        LanguageKit kit = kit(language);
        float[] c = new float[Components.COUNT];
        List<String> words = DensitySignals.words(text);
        DensitySignals.Signals s = DensitySignals.of(text, words, tokens, kit);
        System.arraycopy(s.components(), 0, c, Components.COMPRESSION, 8);
        float domain = domainShare(words, kit);
        c[Components.DOMAIN_TERMS] = domain;
        c[Components.INFORMATION] = Float.isNaN(domain) ? s.density() : 0.85f * s.density() + 0.15f * domain;
        Boilerplate.Cues b = Boilerplate.of(text, repeatedShare, s.code(), kit.code());
        c[Components.BOILERPLATE] = b.boilerplate();
        c[Components.LEGAL] = b.legal();
        c[Components.NAVIGATION] = b.navigation();
        c[Components.LINK_LIST] = b.linkList();
        c[Components.REPEATED] = b.repeated();
        c[Components.SELF_REPETITION] = s.selfRepetition();
        c[Components.CODE] = s.code();
        c[Components.COVERAGE] = coverage(words, tokens);
        c[Components.CUT_OFF] = DensitySignals.cutOff(text);
        c[Components.STATEMENTS] = s.statements();
        c[Components.IMPERSONAL] = s.impersonal();
        c[Components.NOMINAL] = s.nominal();
        c[Components.KNOWLEDGE] = Float.NaN;
        c[Components.REDUNDANCY] = Float.NaN;
        return c;
    }

    /** The language's kit, with the corpus's learned word-order model where Strata ships none. */
    LanguageKit kit(String language) {
        LanguageKit kit = LanguageKit.of(language);
        WordOrderModel learned = wordOrders.get(kit.code());
        if (learned == null || kit.wordOrder() != null) return kit;
        return kits.computeIfAbsent(kit.code(), k -> kit.withWordOrder(learned));
    }

    /**
     * How well the encoder's vocabulary covers a text, from the encoder's tokens per word: about 1.3 where its
     * vocabulary knows the language (whole words and common pieces), three and more where it spells the words out
     * in fragments (Russian through an English WordPiece vocabulary), where its embedding says little.
     */
    static float coverage(List<String> words, int tokens) {
        int n = 0;
        for (String w : words) if (Character.isLetter(w.charAt(0))) n++;
        if (n == 0 || tokens <= 0) return Float.NaN;
        float perWord = (float) tokens / n;
        return Math.max(0f, Math.min(1f, (UNCOVERED - perWord) / (UNCOVERED - COVERED)));
    }

    /** The share of content words that are domain terms, mapped so that one in four counts fully; NaN without terms. */
    float domainShare(List<String> words, LanguageKit kit) {
        if (domainWords.isEmpty()) return Float.NaN;
        Set<String> terms = domainStems.computeIfAbsent(kit.code(), k -> stems(domainWords, kit));
        if (terms.isEmpty()) return Float.NaN;
        LanguageKit.Stemmer stemmer = kit.stemmer();
        int content = 0, domain = 0;
        for (String w : words) {
            if (w.length() < 4 || !DensitySignals.isContentWord(w, kit)) continue;
            content++;
            if (terms.contains(stemmer.stem(w))) domain++;
        }
        return content == 0 ? 0 : Math.min(1f, domain / (0.25f * content));
    }

    private static Set<String> stems(List<String> words, LanguageKit kit) {
        LanguageKit.Stemmer stemmer = kit.stemmer();
        Set<String> out = new HashSet<>();
        for (String w : words) if (DensitySignals.isContentWord(w, kit)) out.add(stemmer.stem(w));
        return Set.copyOf(out);
    }
}
