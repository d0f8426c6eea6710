package org.strata.score;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /**
     * The signals of a passage, each in [0,1] (content words NaN for a language nothing knows), and {@code density},
     * the information they make together (nominal style NaN where no dictionary knows the language). Word order and
     * self-repetition are kept apart from it: they scale the whole score (see
     * {@link Density#combine(DensityWeights, float[])}), since the encoder cannot see them.
     */
    public record Signals(float compression, float diversity, float content, float letters, float prose, float wordLength,
            float length, float wordOrder, float selfRepetition, float code, float statements, float impersonal, float nominal, float density) {
        /** The components in a fixed order: compression, diversity, content, letters, prose, word length, length, word order. */
        public float[] components() {
            return new float[] {compression, diversity, content, letters, prose, wordLength, length, wordOrder};
        }

        /** A one-line explanation: the components, weakest first. */
        public String explain() {
            List<Map.Entry<String, Float>> parts = new ArrayList<>(List.of(Map.entry("compression", compression),
                    Map.entry("diversity", diversity), Map.entry("letters", letters), Map.entry("prose", prose),
                    Map.entry("word length", wordLength), Map.entry("length", length), Map.entry("word order", wordOrder),
                    Map.entry("said once", 1 - selfRepetition), Map.entry("not code", 1 - code), Map.entry("statements", statements)));
            if (!Float.isNaN(impersonal)) parts.add(Map.entry("impersonal", impersonal));
            if (!Float.isNaN(content)) parts.add(Map.entry("content words", content));
            if (!Float.isNaN(nominal)) parts.add(Map.entry("nominal style", nominal));
            parts.sort(Map.Entry.comparingByValue());
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "density %.2f:", density));
            for (Map.Entry<String, Float> e : parts) sb.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue()));
            return sb.toString();
        }
    }

    private static final int WINDOW = 50;
    /** The mean word length of ordinary prose where the language's own is not known. */
    private static final double DEFAULT_WORD_LENGTH = 4.9;

    private DensitySignals() {}

    /** The signals of an English passage (tests and benchmarks; the engine passes each passage's language). */
    public static Signals of(String text, int tokens) {
        return of(text, tokens, LanguageKit.of("en"));
    }

    /**
     * The signals of a passage in the language of {@code kit}: function words and the typical word length come from
     * the language; word order from its model, else from capitals and full stops alone.
     */
    public static Signals of(String text, int tokens, LanguageKit kit) {
        return of(text, words(text), tokens, kit);
    }

    /** As above, with the text's {@link #words} already cut (the caller measures more with them). */
    static Signals of(String text, List<String> words, int tokens, LanguageKit kit) {
        float ratio = compressionRatio(text);
        float compression = clamp((ratio - 0.25f) / 0.30f);
        float diversity = clamp((mattr(words) - 0.45f) / 0.40f);
        float content = kit.known() ? clamp((contentShare(words, kit) - 0.30f) / 0.35f) : Float.NaN;
        float letters = clamp((letterShare(text) - 0.60f) / 0.30f);
        Prose sentences = prose(text);
        float prose = clamp((sentences.share() - 0.3f) / 0.6f);
        double typical = kit.wordOrder() != null ? kit.wordOrder().meanWordLength() : DEFAULT_WORD_LENGTH;
        // measured on the passage's sentences: labels and menu items around them ("Загрузить и импортировать файл")
        // are long words that say nothing
        List<String> inSentences = words(sentences.sentences());
        float wordLength = clamp((float) ((meanWordLength(inSentences.isEmpty() ? words : inSentences) - (typical - 0.9)) / 1.4));
        float length = clamp((tokens - 8f) / 40f);
        float wordOrder = kit.wordOrder() != null ? kit.wordOrder().score(text) : WordOrder.of(text, kit);
        float selfRepetition = SelfRepetition.of(ratio, words);
        float code = CodeCues.of(text);
        float statements = statementShare(text);
        // compression and lexical diversity are not in the mean: dense writing repeats its terms and compresses like
        // any prose (they rank reference text below fiction); they guard against repetition as gates below
        float impersonal = impersonal(words, kit);
        // nouns and prepositions, the mark of informational writing, measured on sentences as word length is
        float nominal = nominal(inSentences.isEmpty() ? words : inSentences, kit.morphology());
        // a weighted mean of the signals measured (content words, person and nominal style need the language's resources)
        double[] w = {0.20, 0.10, 0.20, 0.20, 0.05, 0.10, 0.15, 0.20};
        float[] v = {content, letters, prose, wordLength, length, statements, impersonal, nominal};
        double sum = 0, weights = 0;
        for (int i = 0; i < v.length; i++) {
            if (Float.isNaN(v[i])) continue;
            sum += w[i] * v[i];
            weights += w[i];
        }
        double quality = sum / weights;
        // a passage that is not prose, compresses like repetition or is mostly function words is held down whatever
        // else it has
        double weakest = Math.min(prose, Math.min(compression, Float.isNaN(content) ? 1f : content));
        float density = (float) (quality * (0.3 + 0.7 * Math.min(1.0, 2 * weakest)));
        return new Signals(compression, diversity, content, letters, prose, wordLength, length, wordOrder, selfRepetition, code,
                statements, impersonal, nominal, clamp(density));
    }

    /** Nouns and prepositions among the words the dictionary knows, 0 at a quarter, 1 at a half; NaN without a dictionary. */
    static float nominal(List<String> words, Morphology morphology) {
        if (morphology == null) return Float.NaN;
        int known = 0, nominal = 0;
        for (String w : words) {
            if (!Character.isLetter(w.charAt(0))) continue;
            Morphology.Part p = morphology.part(w);
            if (p == Morphology.Part.UNKNOWN) continue;
            known++;
            if (p == Morphology.Part.NOUN || p == Morphology.Part.PREPOSITION) nominal++;
        }
        return known < 5 ? Float.NaN : clamp(((float) nominal / known - 0.25f) / 0.25f);
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

    /** A passage's sentences (five words or more, ended by . ! ? or :), joined by spaces, and the share of its words they hold. */
    record Prose(String sentences, float share) {}

    /** The passage's sentences, joined by spaces. */
    static String sentences(String text) {
        return prose(text).sentences();
    }

    /** The passage's sentences and the share of its words in them, in one pass. */
    static Prose prose(String text) {
        StringBuilder out = new StringBuilder();
        int total = 0, inSentences = 0, current = 0, start = 0;
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
                if (sentenceEnd && current >= 5) {
                    inSentences += current;
                    out.append(text, start, i + 1).append(' ');
                }
                if (sentenceEnd || c == '|' || c == '\n') {
                    current = 0;
                    start = i + 1;
                }
            }
        }
        return new Prose(out.toString(), total == 0 ? 0 : (float) inSentences / total);
    }

    /**
     * Whether a passage is cut off: 0 when it ends as a sentence ends, or is a heading or a label (a few words and no
     * sentence); else from 0.5 to 1 as the unfinished sentence grows to 20 words. (A start in
     * small letters is no sign: names such as "systemd" or "iPhone" start so.)
     */
    static float cutOff(String text) {
        String t = text.strip();
        if (t.isEmpty()) return 0;
        int end = t.length() - 1;
        while (end > 0 && "\"'»”)]*".indexOf(t.charAt(end)) >= 0) end--;
        char last = t.charAt(end);
        float tail = 0;
        if (".!?…:;".indexOf(last) < 0) {
            int lastStop = Math.max(Math.max(t.lastIndexOf(". "), t.lastIndexOf("! ")), Math.max(t.lastIndexOf("? "), t.lastIndexOf('\n')));
            int words = Boilerplate.countWords(t.substring(lastStop + 1));
            // a few words with no sentence before them, or on a line of their own: a heading, a label or a list item
            boolean label = (lastStop < 0 || t.charAt(lastStop) == '\n') && words < 8;
            tail = label ? 0 : 0.5f + 0.5f * Math.min(1f, words / 20f);
        }
        return tail;
    }

    /**
     * 1 for text that does not speak of its speaker (reference writing), falling to 0 as first-person singular (and
     * familiar second-person) pronouns reach 4% of the words, as in dialogue, chatter and stories; NaN where the language has
     * no such list.
     */
    static float impersonal(List<String> words, LanguageKit kit) {
        if (kit.personal().isEmpty()) return Float.NaN;
        if (words.isEmpty()) return 1;
        int n = 0;
        for (String w : words) if (kit.personal().contains(w)) n++;
        return clamp(1f - (float) n / words.size() / 0.04f);
    }

    /**
     * The share of sentences that state (end with a full stop or a colon) rather than ask or exclaim: about all of
     * them in reference writing, fewer in chatter, jokes and dialogue. Mapped to [0,1]: 1 at 90% and more.
     */
    static float statementShare(String text) {
        int statements = 0, others = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || "\"»”)".indexOf(text.charAt(i + 1)) >= 0;
            if (!end || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && c != '!' && c != '?') continue;
            if (c == '.' || c == ':') statements++;
            else if (c == '!' || c == '?' || c == '…') others++;
        }
        if (statements + others == 0) return 0.5f;
        return clamp(((float) statements / (statements + others) - 0.4f) / 0.5f);
    }

    static float meanWordLength(List<String> words) {
        if (words.isEmpty()) return 0;
        long chars = 0;
        for (String w : words) chars += w.length();
        return (float) chars / words.size();
    }

    /** Whether a lower-case word carries content in the language: not a function word, not one or two letters. */
    static boolean isContentWord(String w, LanguageKit kit) {
        return w.length() > 2 && !kit.isFunctionWord(w) && Character.isLetter(w.charAt(0));
    }

    static float contentShare(List<String> words, LanguageKit kit) {
        if (words.isEmpty()) return 0;
        int content = 0;
        for (String w : words) if (isContentWord(w, kit)) content++;
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
