package org.strata.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word order for a language that has no {@link WordOrderModel}, in [0,1], from cues that hold in any language
 * written with capitals: a common word (a function word of the language, or one the passage also writes in lower
 * case) written with a capital starts a sentence, and a sentence is followed by a capital. Shuffling breaks these
 * at a rate near the share of sentence starts; edited prose almost never does. Texts with too few cues to tell get
 * 1. Pure, thread-safe.
 */
public final class WordOrder {
    /** Fewer cues than this and the order cannot be judged. */
    private static final int MIN_CUES = 4;

    private WordOrder() {}

    /** The share of broken cues: capitals inside sentences, small letters after full stops. */
    public static float brokenShare(String text, LanguageKit kit) {
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
                if (".!?:;\n\"(\u201C\u00AB-\u2014\u2022*#>|".indexOf(c) >= 0) end = true;
                else if (Character.isDigit(c)) end = false;
                i++;
            }
        }
        Set<String> lowerSeen = new HashSet<>();
        for (String w : raw) if (Character.isLowerCase(w.charAt(0))) lowerSeen.add(w);
        int cues = 0, broken = 0;
        for (int k = 0; k < raw.size(); k++) {
            String r = raw.get(k), w = r.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(r.charAt(0)) && r.length() > 1 && Character.isLowerCase(r.charAt(1))
                    && (kit.isFunctionWord(w) || lowerSeen.contains(w))) {
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
    public static float of(String text, LanguageKit kit) {
        float b = brokenShare(text, kit);
        return Math.max(0f, Math.min(1f, 1f - (b - 0.08f) / 0.20f));
    }
}
