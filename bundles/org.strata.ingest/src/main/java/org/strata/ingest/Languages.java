package org.strata.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

/**
 * Language detection for documents and passages, with the n-gram profiles of 71 languages that ship in the Optimaize
 * jar. Gives ISO 639-1 codes such as "en", "de", "ru", or "" when the text is too short or unclear to say.
 * <p>
 * The text's 1- to 3-grams are scored by naive Bayes over the profiles, in one deterministic pass. (Optimaize's own
 * detector samples n-grams at random over seven trials, which costs about a millisecond a text and may give another
 * answer on the next run; this costs tens of microseconds and always gives the same answer.) A language is named
 * only when it beats the runner-up by a clear margin per n-gram. Thread-safe.
 */
public final class Languages {
    private static final int MIN_LETTERS = 40;
    /** Texts are judged on this many characters at most: enough for a clear answer, and the cost stays flat. */
    private static final int SAMPLE_CHARS = 600;
    /** Smoothing for an n-gram a language's profile lacks (Optimaize's alpha / base frequency). */
    private static final double UNSEEN = 0.5 / 10_000;
    /** The least mean log-likelihood lead per n-gram over the runner-up for a confident answer. */
    private static final double MIN_MARGIN = 0.06;
    private static volatile Model model;

    private Languages() {}

    /**
     * For each known n-gram, the languages whose profile has it and their log-probability gain over unseen: the n-gram
     * (one to three chars) packed into a long is looked up in an open-addressed table, so that scoring a text makes no
     * string and no map entry per n-gram; the languages of table slot {@code i} are {@code languages[from[i]..from[i+1])}.
     */
    private record Model(String[] codes, long[] keys, int[] slot, int[] from, short[] languages, float[] gain) {
        /** The table slot of an n-gram, or -1 when no profile has it. */
        int find(long key) {
            int mask = keys.length - 1;
            for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) return slot[i];
                if (keys[i] == 0) return -1;
            }
        }
    }

    /** An n-gram of up to three chars as a long: its length above its chars, so that no key is 0. */
    private static long key(char[] s, int at, int n) {
        long k = n;
        for (int i = 0; i < n; i++) k = (k << 16) | s[at + i];
        return k;
    }

    private static long key(String gram) {
        return key(gram.toCharArray(), 0, gram.length());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 29);
    }

    private static Model model() {
        Model m = model;
        if (m == null) {
            synchronized (Languages.class) {
                if (model == null) model = load();
                m = model;
            }
        }
        return m;
    }

    /**
     * The profiles packed into the table in two passes over their n-grams: one to number the distinct n-grams and
     * count their languages, one to lay out the languages of each, in profile order.
     */
    private static Model load() {
        LanguageProfile[] profiles = readProfiles();
        String[] codes = new String[profiles.length];
        double unseen = Math.log(UNSEEN);
        int pairs = 0;
        for (LanguageProfile p : profiles) for (Map.Entry<String, Integer> ignored : p.iterateGrams()) pairs++;
        // pass 1: number the distinct n-grams in order of first sight, through a table large enough for every pair
        int wide = Integer.highestOneBit(Math.max(2, pairs) * 2 - 1) << 1;
        long[] seen = new long[wide];
        int[] seenSlot = new int[wide];
        long[] bySlot = new long[pairs];
        int[] count = new int[pairs + 1];
        int[] pairSlot = new int[pairs];
        short[] pairLanguage = new short[pairs];
        float[] pairGain = new float[pairs];
        int distinct = 0, n = 0;
        for (int l = 0; l < profiles.length; l++) {
            LanguageProfile p = profiles[l];
            codes[l] = p.getLocale().getLanguage();
            for (Map.Entry<String, Integer> g : p.iterateGrams()) {
                String gram = g.getKey();
                long total = p.getNumGramOccurrences(gram.length());
                if (total <= 0 || gram.isEmpty() || gram.length() > 3) continue;
                long k = key(gram);
                int i = (int) mix(k) & (wide - 1);
                while (seen[i] != 0 && seen[i] != k) i = (i + 1) & (wide - 1);
                if (seen[i] == 0) {
                    seen[i] = k;
                    seenSlot[i] = distinct;
                    bySlot[distinct++] = k;
                }
                count[seenSlot[i] + 1]++;
                pairSlot[n] = seenSlot[i];
                pairLanguage[n] = (short) l;
                pairGain[n++] = (float) (Math.log(UNSEEN + g.getValue() / (double) total) - unseen);
            }
        }
        // the table kept: sized for the distinct n-grams, filled in slot order
        int capacity = Integer.highestOneBit(Math.max(2, distinct) * 2 - 1) << 1;
        long[] keys = new long[capacity];
        int[] slot = new int[capacity];
        for (int s = 0; s < distinct; s++) {
            int i = (int) mix(bySlot[s]) & (capacity - 1);
            while (keys[i] != 0) i = (i + 1) & (capacity - 1);
            keys[i] = bySlot[s];
            slot[i] = s;
        }
        // pass 2: each n-gram's languages laid out together, in profile order (the pairs come in that order)
        int[] from = new int[distinct + 1];
        for (int s = 0; s < distinct; s++) from[s + 1] = from[s] + count[s + 1];
        int[] fill = java.util.Arrays.copyOf(from, distinct);
        short[] languages = new short[n];
        float[] gain = new float[n];
        for (int j = 0; j < n; j++) {
            int at = fill[pairSlot[j]]++;
            languages[at] = pairLanguage[j];
            gain[at] = pairGain[j];
        }
        return new Model(codes, keys, slot, from, languages, gain);
    }

    /** Each language's gain for an n-gram, by language code (zh-CN and zh-TW both "zh"): for tests. */
    static Map<String, List<Float>> gains(String gram) {
        Model m = model();
        Map<String, List<Float>> out = new java.util.TreeMap<>();
        int g = gram.isEmpty() || gram.length() > 3 ? -1 : m.find(key(gram));
        if (g < 0) return out;
        for (int i = m.from()[g]; i < m.from()[g + 1]; i++) out.computeIfAbsent(m.codes()[m.languages()[i]], k -> new ArrayList<>()).add(m.gain()[i]);
        return out;
    }

    private static LanguageProfile[] readProfiles() {
        try {
            return new LanguageProfileReader().readAllBuiltIn().toArray(LanguageProfile[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the build", e);
        }
    }

    /** The language of a text, or "" when unsure. Long texts are judged on their first 600 characters. */
    public static String detect(String text) {
        Guess g = guess(text);
        return g.margin() >= MIN_MARGIN ? g.language() : "";
    }

    /** The likeliest language and its mean log-likelihood lead per n-gram over the best other language. */
    record Guess(String language, double margin) {}

    static Guess guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(sample.charAt(i))) letters++;
        if (letters < MIN_LETTERS) return new Guess("", 0);
        Model m = model();
        double[] score = new double[m.codes().length];
        // Optimaize's standard n-grams, in its order: the text padded with a space at each end, then every 1-gram but a
        // space, every 2-gram, every 3-gram without a space in the middle
        char[] s = padded(sample);
        int known = 0, distinct = 0;
        Counts c = COUNTS.get();
        int[] seen = c.seen(m), touched = c.touched(3 * s.length);
        for (int n = 1; n <= 3; n++) {
            for (int at = 0; at + n <= s.length; at++) {
                if ((n == 1 && s[at] == ' ') || (n == 3 && s[at + 1] == ' ')) continue;
                int g = m.find(key(s, at, n));
                if (g < 0) continue;
                known++;
                if (seen[g]++ == 0) touched[distinct++] = g;
            }
        }
        // each distinct n-gram's gains once, times its count: most of a text's n-grams are repeats of common ones
        for (int k = 0; k < distinct; k++) {
            int g = touched[k], times = seen[g];
            seen[g] = 0;
            for (int i = m.from()[g], end = m.from()[g + 1]; i < end; i++) score[m.languages()[i]] += (double) m.gain()[i] * times;
        }
        if (known == 0) return new Guess("", 0);
        int best = 0;
        for (int i = 1; i < score.length; i++) if (score[i] > score[best]) best = i;
        double second = Double.NEGATIVE_INFINITY; // the best other language (zh-CN and zh-TW are both "zh")
        for (int i = 0; i < score.length; i++) if (!m.codes()[i].equals(m.codes()[best])) second = Math.max(second, score[i]);
        return new Guess(m.codes()[best], (score[best] - second) / known);
    }

    /** A thread's counts of the n-grams of the text it scores, by table slot (left all zero after each text). */
    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

    private static final class Counts {
        private int[] seen = new int[0], touched = new int[0];

        int[] seen(Model m) {
            if (seen.length < m.from().length) seen = new int[m.from().length];
            return seen;
        }

        int[] touched(int grams) {
            if (touched.length < grams) touched = new int[grams];
            return touched;
        }
    }

    private static char[] padded(String text) {
        boolean front = text.charAt(0) != ' ', back = text.charAt(text.length() - 1) != ' ';
        char[] s = new char[text.length() + (front ? 1 : 0) + (back ? 1 : 0)];
        if (front) s[0] = ' ';
        text.getChars(0, text.length(), s, front ? 1 : 0);
        if (back) s[s.length - 1] = ' ';
        return s;
    }

    /**
     * A document's language from its passages': the one that covers the most tokens (a document that mixes
     * languages is judged by its main one), or "" when no passage's language is clear.
     */
    public static String dominant(List<String> languages, List<Integer> tokens) {
        Map<String, Long> weight = new HashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            if (!languages.get(i).isEmpty()) weight.merge(languages.get(i), (long) tokens.get(i), Long::sum);
        }
        return weight.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    /** How many passages with a clear language are sampled to decide whether a document mixes languages... */
    private static final int LANGUAGE_SAMPLE = 9;
    /** ...out of at most this many tried (passages of data or code have none). */
    private static final int LANGUAGE_TRIES = 64;

    /**
     * Each passage's language, for the passages of one document (whose whole text is {@code text}). A sample of
     * passages spread over the document (at golden-ratio steps, so that a bilingual text whose languages alternate
     * is not sampled in one language only) is detected first, until nine have a clear language; only when at least
     * two languages each hold two of them (a document that really mixes languages, not one odd passage of code or
     * names) is every passage detected. Otherwise all take the document's language.
     */
    public static List<String> ofPassages(List<Segment> segments, String text) {
        int n = segments.size();
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(n, ""));
        java.util.Map<String, Integer> sampled = new java.util.HashMap<>();
        java.util.BitSet seen = new java.util.BitSet(n);
        int clear = 0;
        for (int k = 0; k < Math.min(n, LANGUAGE_TRIES) && clear < LANGUAGE_SAMPLE; k++) {
            int i = n <= LANGUAGE_TRIES ? k : (int) (n * ((0.5 + k * 0.6180339887) % 1.0));
            if (seen.get(i)) continue;
            seen.set(i);
            if (!prose(segments.get(i).text())) continue; // data and code would outvote the prose
            out.set(i, detect(segments.get(i).text()));
            if (!out.get(i).isEmpty()) {
                sampled.merge(out.get(i), 1, Integer::sum);
                clear++;
            }
        }
        boolean mixed = sampled.values().stream().filter(c -> c >= 2).count() >= 2;
        if (mixed) {
            for (int i = 0; i < n; i++) if (!seen.get(i)) out.set(i, detect(segments.get(i).text()));
        }
        String main = dominant(out, segments.stream().map(Segment::tokens).toList());
        if (main.isEmpty()) main = detect(text);
        for (int i = 0; i < n; i++) if (out.get(i).isEmpty() || !mixed) out.set(i, main);
        return out;
    }

    /**
     * Text with the spacing of prose (a space every 15 characters or more often; Chinese and Japanese ideographs count
     * as spaced), not data or code.
     */
    static boolean prose(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || Character.isIdeographic(c)) spaces++;
        }
        return spaces * 15 >= text.length();
    }

    /** A passage's language: its own when it is clear, else its document's. */
    public static String ofPassage(String passage, String documentLanguage) {
        String own = detect(passage);
        return own.isEmpty() ? documentLanguage : own;
    }
}
