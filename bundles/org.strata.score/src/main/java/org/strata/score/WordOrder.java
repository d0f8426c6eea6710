package org.strata.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How natural the order of the words is, in [0,1]: 1 for ordinary sentences, near 0 for word salad (shuffled
 * text, keyword stuffing, spun spam). A determiner is followed by its noun phrase, not by another determiner, a
 * preposition, a verb "to be" or the end of a sentence; a preposition is not followed by another preposition or
 * a full stop; a capitalized function word starts a sentence. Shuffling breaks these at a rate near the share of
 * function words, about ten times the rate of edited prose. Texts with too few function words to tell get 1.
 * Pure, thread-safe.
 */
public final class WordOrder {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their", "our", "your",
            "my", "every", "each");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "with", "on", "by", "from", "at", "into", "about",
            "between", "through", "under", "over", "during", "without", "within", "among");
    private static final Set<String> AFTER_DETERMINER_BAD = Set.of("and", "or", "is", "are", "was", "were", "be", "been", "of", "to",
            "in", "for", "with", "on", "by", "from", "at", "the", "a", "an", "it", "he", "she", "they", "we", "not", "that");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "in", "for", "with", "on", "by", "from", "at", "and",
            "or", "to", "is", "are", "was", "were", "that", "this", "it");
    /** Fewer cues than this and the order cannot be judged. */
    private static final int MIN_CUES = 4;

    private WordOrder() {}

    /** The share of broken cues: determiners and prepositions in impossible places, stray capitals and full stops. */
    public static float brokenShare(String text) {
        List<String> raw = new ArrayList<>();
        List<Boolean> afterEnd = new ArrayList<>(); // the word starts a sentence (or a line, a quote, an item)
        List<Boolean> beforeStop = new ArrayList<>(); // a full stop, ! or ? follows the word
        boolean end = true;
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) i++;
                raw.add(text.substring(s, i));
                afterEnd.add(end);
                beforeStop.add(i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
                        && Character.isWhitespace(text.charAt(i + 1)));
                end = false;
            } else {
                if (".!?:;\n\"(\u201C-\u2014\u2022*#>|".indexOf(c) >= 0) end = true;
                else if (Character.isDigit(c)) end = false;
                i++;
            }
        }
        Set<String> lowerSeen = new HashSet<>();
        for (String w : raw) if (Character.isLowerCase(w.charAt(0))) lowerSeen.add(w);
        int cues = 0, broken = 0;
        for (int k = 0; k < raw.size(); k++) {
            String r = raw.get(k), w = r.toLowerCase(Locale.ROOT);
            String next = k + 1 < raw.size() ? raw.get(k + 1).toLowerCase(Locale.ROOT) : null;
            if (DETERMINERS.contains(w) && next != null && !beforeStop.get(k)) {
                cues++;
                if (AFTER_DETERMINER_BAD.contains(next)) broken++;
            } else if (PREPOSITIONS.contains(w) && next != null && !beforeStop.get(k)) {
                cues++;
                if (PREPOSITIONS.contains(next)) broken++;
            }
            if ((DETERMINERS.contains(w) || PREPOSITIONS.contains(w)) && beforeStop.get(k)) {
                cues++;
                broken++; // "... of." ends no sentence
            }
            if (Character.isUpperCase(r.charAt(0)) && r.length() > 1 && Character.isLowerCase(r.charAt(1))
                    && (FUNCTION.contains(w) || lowerSeen.contains(w))) {
                cues++; // a common word written with a capital starts a sentence
                if (!afterEnd.get(k)) broken++;
            }
            if (beforeStop.get(k) && k + 1 < raw.size()) {
                cues++; // and a sentence is followed by a capital
                if (Character.isLowerCase(raw.get(k + 1).charAt(0)) && afterEnd.get(k + 1)) broken++;
            }
        }
        return cues < MIN_CUES ? 0 : (float) broken / cues;
    }

    /** 1 for natural word order, falling to 0 as the broken share rises from 8% to 28%. */
    public static float of(String text) {
        float b = brokenShare(text);
        return Math.max(0f, Math.min(1f, 1f - (b - 0.08f) / 0.20f));
    }
}
