package org.strata.score;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a passage is boilerplate, in [0,1]: legal and licence text, cookie and consent notices, navigation
 * and calls to action, link lists and menus (many short lines with no sentence, separators such as | or »), and
 * lines that the corpus has seen in many documents (the caller counts those, see {@code repeatedShare}). Each cue
 * is measured as a share of the passage's words, so one "read more" in an article costs little while a footer
 * made of such phrases scores near 1. Pure, thread-safe.
 */
public final class Boilerplate {
    /** The cues found in a passage, each a share in [0,1], and their combination. */
    public record Cues(float legal, float navigation, float linkList, float repeated, float boilerplate) {}

    private static final Pattern LEGAL = Pattern.compile("\\b(all rights reserved|copyright|\\(c\\)|©|trademarks?|registered trademark|"
            + "terms (of|and) (use|service|conditions)|privacy (policy|notice|statement)|cookie(s| policy| settings)?|consent|"
            + "disclaimer|without warranty|warrant(y|ies)|merchantability|fitness for a particular purpose|liab(le|ility)|"
            + "licen[cs]ed? under|the licen[cs]e|redistribut\\w*|permission is hereby granted|governing law|indemnif\\w*|"
            + "unsubscribe|gdpr|affiliate links?)\\b");
    private static final Pattern NAVIGATION = Pattern.compile("\\b(home|menu|next|previous|prev|back to top|skip to( main)? content|"
            + "read more|continue reading|click here|sign (in|up)|log ?in|log ?out|register|subscribe|follow us|share (this|on)|"
            + "tweet|like us|facebook|twitter|instagram|linkedin|pinterest|whatsapp|newsletter|contact us|about us|site ?map|"
            + "search|categories|tags?|archives?|related (posts|articles)|you may also like|leave a (comment|reply)|"
            + "posted (by|in|on)|comments?|reply|permalink|buy now|add to cart|free shipping|download now|learn more|"
            + "accept( all)?|manage preferences)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[|»›•·→]|\\s/\\s|\\s-\\s");

    private Boilerplate() {}

    public static Cues of(String text) {
        return of(text, 0f);
    }

    /**
     * The cues of a passage; {@code repeatedShare} is the share of its characters in lines that the corpus has
     * seen in several documents (0 when unknown).
     */
    public static Cues of(String text, float repeatedShare) {
        String lower = text.toLowerCase(Locale.ROOT);
        int words = Math.max(1, countWords(lower));
        float legal = clamp(3f * wordsIn(LEGAL, lower) / words);
        float navigation = clamp(3f * wordsIn(NAVIGATION, lower) / words);
        float linkList = linkList(text);
        float repeated = clamp(repeatedShare);
        // the strongest cue counts most; the others add a little each
        float max = Math.max(Math.max(legal, navigation), Math.max(linkList, repeated));
        float sum = legal + navigation + linkList + repeated;
        return new Cues(legal, navigation, linkList, repeated, clamp(max + 0.25f * (sum - max)));
    }

    /** Words covered by matches of the pattern. */
    private static int wordsIn(Pattern p, String lower) {
        int n = 0;
        Matcher m = p.matcher(lower);
        while (m.find()) n += Math.max(1, countWords(m.group()));
        return n;
    }

    /**
     * The share of lines that look like the items of a menu or link list: short (at most six words), with no
     * sentence punctuation at their end; and separator characters between short items on one line.
     */
    static float linkList(String text) {
        String[] lines = text.split("\n");
        int items = 0, words = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int w = countWords(l);
            words += w;
            char last = l.charAt(l.length() - 1);
            boolean sentence = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',';
            if (w > 0 && w <= 6 && !sentence && lines.length > 2) items += w;
            else {
                Matcher m = SEPARATORS.matcher(l);
                int seps = 0;
                while (m.find()) seps++;
                if (seps >= 2 && w / (seps + 1) <= 4) items += w;
            }
        }
        return words == 0 ? 0 : clamp((float) items / words);
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean l = Character.isLetterOrDigit(s.charAt(i));
            if (l && !in) n++;
            in = l;
        }
        return n;
    }

    private static float clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(0f, Math.min(1f, v));
    }
}
