package org.strata.score;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * Intrinsic signals of semantic density that need no model: how well the text compresses (repetition and
 * boilerplate compress well), lexical diversity (moving-average type/token ratio), the share of content words
 * (not function words) and the share of letters among visible characters (link lists, tables of numbers and
 * markup score low), the share of words in finished sentences (menus, link bars and chatter without sentences
 * score low), the mean word length (chatter uses short words) and the {@link WordOrder} (word salad scores low).
 * Each is mapped to [0,1]; {@link #of} takes their weighted mean, held down when prose, word order, compression or
 * content words are weak. Pure, thread-safe.
 */
public final class DensitySignals {
    /** The components of a density score, each in [0,1], and the combined score. */
    public record Signals(float compression, float diversity, float content, float letters, float prose, float wordLength,
            float length, float wordOrder, float density) {
        /** The components in a fixed order: compression, diversity, content, letters, prose, word length, length, word order. */
        public float[] components() {
            return new float[] {compression, diversity, content, letters, prose, wordLength, length, wordOrder};
        }

        /** A one-line explanation: the components, weakest first. */
        public String explain() {
            List<Map.Entry<String, Float>> parts = new ArrayList<>(List.of(Map.entry("compression", compression),
                    Map.entry("diversity", diversity), Map.entry("content words", content), Map.entry("letters", letters),
                    Map.entry("prose", prose), Map.entry("word length", wordLength), Map.entry("length", length),
                    Map.entry("word order", wordOrder)));
            parts.sort(Map.Entry.comparingByValue());
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "density %.2f:", density));
            for (Map.Entry<String, Float> e : parts) sb.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue()));
            return sb.toString();
        }
    }

    private static final Set<String> FUNCTION_WORDS = new java.util.HashSet<>(List.of(("a about above after again against all am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few for from further "
            + "had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my "
            + "myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than "
            + "that the their theirs them themselves then there these they this those through to too under until up very was we were "
            + "what when where which while who whom why will with would you your yours yourself yourselves yes oh ok okay lol hey hi "
            + "really just like get got gonna wanna thing things stuff lot lots well also maybe actually basically").split(" ")));
    private static final int WINDOW = 50;

    private DensitySignals() {}

    public static Signals of(String text, int tokens) {
        List<String> words = words(text);
        float compression = clamp((compressionRatio(text) - 0.25f) / 0.30f);
        float diversity = clamp((mattr(words) - 0.45f) / 0.40f);
        float content = clamp((contentShare(words) - 0.30f) / 0.35f);
        float letters = clamp((letterShare(text) - 0.60f) / 0.30f);
        float prose = clamp((proseShare(text) - 0.3f) / 0.6f);
        float wordLength = clamp((meanWordLength(words) - 3.9f) / 1.4f);
        float length = clamp((tokens - 8f) / 40f);
        float wordOrder = WordOrder.of(text);
        double quality = 0.15 * compression + 0.15 * diversity + 0.20 * content + 0.10 * letters + 0.15 * prose
                + 0.15 * wordLength + 0.10 * length;
        // a passage that is not prose, repeats itself, is mostly function words or is word salad is held down
        // whatever else it has
        double weakest = Math.min(prose, Math.min(compression, content));
        float density = (float) (quality * (0.3 + 0.7 * Math.min(1.0, 2 * weakest)) * (0.2 + 0.8 * wordOrder));
        return new Signals(compression, diversity, content, letters, prose, wordLength, length, wordOrder, clamp(density));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '\'' && cur.length() > 0)) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /** Compressed size over raw size with Deflate; low for repetitive text. Short texts get a fixed-cost correction. */
    static float compressionRatio(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        if (raw.length == 0) return 0;
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            d.setInput(raw);
            d.finish();
            byte[] buf = new byte[raw.length + 64];
            int n = 0;
            while (!d.finished()) n += d.deflate(buf, n, buf.length - n);
            // Deflate's framing and literal-table start-up make tiny inputs look incompressible; discount it
            double expectedOverhead = 12;
            return (float) Math.min(1.0, Math.max(0, n - expectedOverhead) / raw.length);
        } finally {
            d.end();
        }
    }

    /** Moving-average type/token ratio over windows of 50 words (plain TTR for shorter texts). */
    static float mattr(List<String> words) {
        if (words.isEmpty()) return 0;
        if (words.size() <= WINDOW) return (float) new java.util.HashSet<>(words).size() / words.size();
        Map<String, Integer> counts = new HashMap<>();
        int distinct = 0;
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            if (counts.merge(words.get(i), 1, Integer::sum) == 1) distinct++;
            if (i >= WINDOW) {
                String old = words.get(i - WINDOW);
                if (counts.merge(old, -1, Integer::sum) == 0) {
                    counts.remove(old);
                    distinct--;
                }
            }
            if (i >= WINDOW - 1) sum += (double) distinct / WINDOW;
        }
        return (float) (sum / (words.size() - WINDOW + 1));
    }

    /** The share of words that stand in sentences of at least five words ending with . ! ? or : */
    static float proseShare(String text) {
        int total = 0, inSentences = 0, current = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                total++;
                current++;
            }
            inWord = letter;
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '|' || c == '\n') {
                boolean sentenceEnd = c != '|' && c != '\n' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
                if (sentenceEnd && current >= 5) inSentences += current;
                if (sentenceEnd || c == '|' || c == '\n') current = 0;
            }
        }
        return total == 0 ? 0 : (float) inSentences / total;
    }

    static float meanWordLength(List<String> words) {
        if (words.isEmpty()) return 0;
        long chars = 0;
        for (String w : words) chars += w.length();
        return (float) chars / words.size();
    }

    /** Whether a lower-case word carries content (is not a function or filler word). */
    static boolean isContentWord(String w) {
        return w.length() > 2 && !FUNCTION_WORDS.contains(w);
    }

    static float contentShare(List<String> words) {
        if (words.isEmpty()) return 0;
        int content = 0;
        for (String w : words) if (w.length() > 2 && !FUNCTION_WORDS.contains(w)) content++;
        return (float) content / words.size();
    }

    static float letterShare(String text) {
        int visible = 0, letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            visible++;
            if (Character.isLetter(c)) letters++;
        }
        return visible == 0 ? 0 : (float) letters / visible;
    }

    private static float clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(0f, Math.min(1f, v));
    }
}
