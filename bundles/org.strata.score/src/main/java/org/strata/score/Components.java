package org.strata.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stored components of a density score, in a fixed order: the four parts of the score (knowledge,
 * information, redundancy, boilerplate), then the signals they are made of. A component that could not be
 * measured is NaN (domain terms, for a corpus that names no concepts).
 */
public final class Components {
    public static final int KNOWLEDGE = 0, INFORMATION = 1, REDUNDANCY = 2, BOILERPLATE = 3, COMPRESSION = 4, DIVERSITY = 5,
            CONTENT = 6, LETTERS = 7, PROSE = 8, WORD_LENGTH = 9, LENGTH = 10, WORD_ORDER = 11, DOMAIN_TERMS = 12, LEGAL = 13,
            NAVIGATION = 14, LINK_LIST = 15, REPEATED = 16, SELF_REPETITION = 17, CODE = 18, COVERAGE = 19, CUT_OFF = 20, STATEMENTS = 21, IMPERSONAL = 22,
            NOMINAL = 23;
    /** How many components a score has. */
    public static final int COUNT = 24;
    /** How many components a score had before nominal style (its density combines as now: nominal style is part of information). */
    public static final int COUNT_V2 = 23;
    /** How many components a score had before self-repetition, code, coverage and cut-off (the first corpora's scores). */
    public static final int COUNT_V1 = 17;
    /** Their names, as the CLI and the workbench show them. */
    public static final List<String> NAMES = List.of("knowledge", "information", "redundancy", "boilerplate", "compression",
            "lexical diversity", "content words", "letters", "prose", "word length", "length", "word order", "domain terms",
            "legal text", "navigation", "link list", "repeated lines", "self repetition", "code", "encoder coverage", "cut off", "statements", "impersonal",
            "nominal style");
    /** What each component measures, for explanations. */
    public static final List<String> MEANINGS = List.of("the knowledge head on the embedding (the part that learns)",
            "the intrinsic signals below, combined", "similarity to the nearest other passage of the corpus",
            "legal text, navigation, link lists, lines repeated across documents, code",
            "how little the text compresses (repetition compresses well)", "moving-average type/token ratio",
            "share of words that are not function words", "share of letters among visible characters",
            "share of words in finished sentences", "mean word length", "tokens, up to about 50",
            "natural word order (word salad scores low)", "share of words from the corpus's concepts and layers",
            "licences, copyright, privacy and cookie notices", "menus, calls to action, share bars",
            "short lines with no sentence, separators", "lines the corpus has seen in several documents",
            "share of words that say again what the passage already said (the score is scaled by what is left)",
            "code, listings, changelogs, version strings (counted with boilerplate)",
            "how well the encoder's vocabulary covers the passage's language (low: its embedding says little)",
            "the passage ends in mid-sentence (a fragment, not a whole thought)",
            "share of sentences that state rather than ask or exclaim (chatter, jokes and dialogue ask and exclaim)",
            "few first-person singular pronouns (dialogue, chatter and stories speak of their speaker; reference writing does not)",
            "share of nouns and prepositions in its sentences (informational writing is nominal; stories and talk are verbal), where a "
                    + "dictionary of the language knows its words");

    private Components() {}

    /** A readable list "name value" of the components, skipping those not measured. */
    public static String describe(float[] c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(c.length, COUNT); i++) {
            if (!Float.isNaN(c[i])) parts.add(String.format(Locale.ROOT, "%s %.2f", NAMES.get(i), c[i]));
        }
        return String.join(", ", parts);
    }
}
