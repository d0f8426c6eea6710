package org.strata.score;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What natural word order looks like in one language, learned from its text: a class bigram model, as the
 * perplexity filters of CCNet-style pipelines use a language model, but small enough to ship and to learn from a
 * corpus's own text. A word is its own class when it is among the language's most frequent words (which are its
 * function words, whatever the language), else the class of its last two letters (the inflection, which carries
 * agreement in Russian as "-ing" and "-ly" do in English); capitals, numbers and sentence punctuation are classes
 * too. A passage is scored by the mean pointwise mutual information of its neighbouring classes: positive for
 * ordinary sentences, near or below zero for shuffled words, keyword stuffing and spun text, where neighbours are
 * as good as random. Nothing in it is specific to a language. A model learned from a corpus's own passages measures
 * each with a part of itself that did not learn from it ({@link #train}). Immutable, thread-safe.
 */
public final class WordOrderModel {
    /** How many of the most frequent words are classes of their own. */
    static final int VOCABULARY = 400;
    /** Dirichlet smoothing of P(next | class) towards P(next). */
    private static final double BETA = 20;
    /** Pseudo-pairs of ordinary text that pull a short passage's mean towards natural (few pairs say little). */
    private static final double SHRINK = 6;
    /** Folds of a learned model: each paragraph is measured by a model that did not learn from it. */
    static final int FOLDS = 5;
    private static final Map<String, WordOrderModel> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final WordOrderModel NONE = new WordOrderModel("", Map.of(), Map.of(), Map.of(), 0, 0, 1, 0);

    private final String language;
    private final Map<String, Integer> vocabulary; // word -> class id
    private final Map<String, Integer> classes; // class name -> id
    private final Map<Long, Integer> pairs; // (a << 32 | b) -> count
    private final int[] unigram;
    private final long total;
    private final double natural, shuffled, meanWordLength;
    private final int paragraphs;
    /** Of a learned model: the models of its folds, each learned without the texts of its fold (empty when shipped). */
    private final List<WordOrderModel> folds;

    private WordOrderModel(String language, Map<String, Integer> vocabulary, Map<String, Integer> classes, Map<Long, Integer> pairs,
            double natural, double shuffled, double meanWordLength, int paragraphs) {
        this(language, vocabulary, classes, pairs, natural, shuffled, meanWordLength, paragraphs, List.of());
    }

    private WordOrderModel(String language, Map<String, Integer> vocabulary, Map<String, Integer> classes, Map<Long, Integer> pairs,
            double natural, double shuffled, double meanWordLength, int paragraphs, List<WordOrderModel> folds) {
        this.language = language;
        this.vocabulary = vocabulary;
        this.classes = classes;
        this.pairs = pairs;
        this.unigram = new int[classes.size()];
        long t = 0;
        for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
            unigram[(int) (e.getKey() >>> 32)] += e.getValue();
            t += e.getValue();
        }
        this.total = t;
        this.natural = natural;
        this.shuffled = shuffled;
        this.meanWordLength = meanWordLength;
        this.paragraphs = paragraphs;
        this.folds = List.copyOf(folds);
    }

    /** The model shipped for a language ("en", "ru"), or null. */
    public static WordOrderModel shipped(String language) {
        WordOrderModel m = SHIPPED.computeIfAbsent(language, l -> {
            try (InputStream in = WordOrderModel.class.getResourceAsStream("wordorder-" + l + ".txt.gz")) {
                return in == null ? NONE : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the word-order model of '" + l + "' in the org.strata.score jar is unreadable", e);
            }
        });
        return m == NONE ? null : m;
    }

    public String language() {
        return language;
    }

    /** How many paragraphs the model learned from (0 where its file does not say). */
    public int paragraphs() {
        return paragraphs;
    }

    /** The mean word length (letters) of the text the model learned from. */
    public double meanWordLength() {
        return meanWordLength;
    }

    /**
     * The mean pointwise mutual information of a passage's neighbouring classes (nats); shrunk towards natural when
     * short. A learned model measures a text with the model of its fold, which did not learn from it: a corpus's
     * model measures the very passages it learned from, and a model measuring its own text remembers it (a shuffled
     * passage among them would look as natural as its neighbours).
     */
    public double meanPmi(String text) {
        double[] s = (folds.isEmpty() ? this : folds.get(fold(text))).pmiSum(text);
        return (s[0] + SHRINK * natural) / (s[1] + SHRINK);
    }

    /** The sum of the PMI of a text's neighbouring classes known to the model, and how many pairs. */
    private double[] pmiSum(String text) {
        int[] seq = classesOf(text, vocabulary, classes, false);
        double sum = 0;
        int n = 0;
        for (int i = 1; i < seq.length; i++) {
            if (seq[i - 1] < 0 || seq[i] < 0) continue;
            sum += pmi(seq[i - 1], seq[i]);
            n++;
        }
        return new double[] {sum, n};
    }

    /**
     * Word order in [0,1]: a logistic of the mean PMI, 0.5 halfway between the 90th percentile of shuffled text and
     * the 10th percentile of ordinary text of the language, 0.95 at the latter.
     */
    public float score(String text) {
        double mid = (natural + shuffled) / 2, k = Math.log(19) / Math.max(1e-6, natural - mid);
        return (float) (1 / (1 + Math.exp(-k * (meanPmi(text) - mid))));
    }

    private double pmi(int a, int b) {
        double pb = (unigram[b] + 0.5) / (total + 0.5 * unigram.length);
        Integer c = pairs.get(((long) a << 32) | b);
        double pba = ((c == null ? 0 : c) + BETA * pb) / (unigram[a] + BETA);
        return Math.log(pba / pb);
    }

    /**
     * The class of every token of a text: -1 where a class is unknown to the model. With {@code grow}, unknown
     * classes are added to {@code classes} (training).
     */
    static int[] classesOf(String text, Map<String, Integer> vocabulary, Map<String, Integer> classes, boolean grow) {
        List<String> names = tokens(text, vocabulary);
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = classes.get(names.get(i));
            if (id == null && grow) {
                id = classes.size();
                classes.put(names.get(i), id);
            }
            out[i] = id == null ? -1 : id;
        }
        return out;
    }

    /** The class names of a text's tokens: a paragraph start, words, numbers and punctuation. */
    static List<String> tokens(String text, Map<String, Integer> vocabulary) {
        List<String> out = new ArrayList<>();
        out.add("<p>");
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                i = wordEnd(text, i);
                String w = text.substring(s, i);
                String lower = w.toLowerCase(Locale.ROOT);
                boolean cap = Character.isUpperCase(w.charAt(0));
                String cls;
                if (vocabulary.containsKey(lower)) cls = lower;
                else if (lower.length() <= 2) cls = "~" + lower.length();
                else cls = "~" + lower.substring(lower.length() - 2);
                out.add(cap ? "^" + cls : cls);
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(text.charAt(i)) || ((text.charAt(i) == '.' || text.charAt(i) == ',')
                        && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) i++;
                out.add("#");
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\u2026') out.add(".");
                else if (c == ',') out.add(",");
                else if (c == ':' || c == ';') out.add(":");
                else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') out.add("<p>");
                i++;
            }
        }
        // runs of the same punctuation ("...", "?!") are one mark
        List<String> merged = new ArrayList<>(out.size());
        for (String t : out) {
            if (!merged.isEmpty() && (t.equals(".") || t.equals("<p>")) && merged.get(merged.size() - 1).equals(t)) continue;
            merged.add(t);
        }
        return merged;
    }

    /** The end of the word that starts at {@code i}: letters, joined by an apostrophe or a hyphen ("don't", "e-mail"). */
    static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n && (Character.isLetter(text.charAt(i)) || ((text.charAt(i) == '\'' || text.charAt(i) == '-'
                || text.charAt(i) == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) i++;
        return i;
    }

    /**
     * Learns a model from a language's text (paragraphs of ordinary writing), and calibrates it on paragraphs of at
     * least 30 words as they are and with their words shuffled. Each paragraph is measured by a model learned
     * without it (five folds by a hash of the text): a model measured on its own text finds it more natural than new
     * text of the same kind, the more so the less it learned from, and would set its boundary too high. The model
     * keeps its folds (only them) and measures every text with the one that did not learn from it ({@link #meanPmi}).
     */
    public static WordOrderModel train(String language, List<String> paragraphs) {
        Random random = new Random(11);
        List<Double> nat = new ArrayList<>(), shuf = new ArrayList<>();
        List<WordOrderModel> folds = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<String> rest = new ArrayList<>(), held = new ArrayList<>();
            for (String p : paragraphs) (fold(p) == fold ? held : rest).add(p);
            WordOrderModel m = fit(language, rest);
            folds.add(m);
            for (String p : held) {
                List<String> w = new ArrayList<>(Arrays.asList(p.strip().split("\\s+")));
                if (w.size() < 30) continue;
                nat.add(m.rawMean(p));
                Collections.shuffle(w, random);
                shuf.add(m.rawMean(String.join(" ", w)));
            }
        }
        // the boundaries: the 90th percentile of shuffled text, and the 10th of ordinary text above it (a corpus's
        // own passages hold some word salad, which would otherwise pull the boundary of ordinary text down to it)
        Collections.sort(shuf);
        double shuffled = shuf.isEmpty() ? 0 : shuf.get(shuf.size() * 9 / 10);
        List<Double> ordinary = new ArrayList<>();
        for (double v : nat) if (v > shuffled) ordinary.add(v);
        Collections.sort(ordinary);
        double natural = ordinary.isEmpty() ? shuffled + 1 : ordinary.get(ordinary.size() / 10);
        // only the folds are kept: every text is measured by one of them
        return new WordOrderModel(language, Map.of(), Map.of(), Map.of(), natural, shuffled, meanWordLength(paragraphs), paragraphs.size(), folds);
    }

    /** The typical word length (letters) of the paragraphs, as {@link DensitySignals} measures it. */
    private static double meanWordLength(List<String> paragraphs) {
        long letters = 0, words = 0;
        for (String p : paragraphs) {
            for (String w : DensitySignals.words(p)) {
                if (!Character.isLetter(w.charAt(0))) continue;
                letters += w.length();
                words++;
            }
        }
        return words == 0 ? 0 : (double) letters / words;
    }

    /** The fold of a text: a hash of it, the same in every run and for every copy of it. */
    static int fold(String text) {
        return Math.floorMod(text.hashCode(), FOLDS);
    }

    /** The counts of a model learned from paragraphs (a fold of a learned model), not calibrated. */
    private static WordOrderModel fit(String language, List<String> paragraphs) {
        Map<String, Integer> freq = new HashMap<>();
        for (String p : paragraphs) {
            // the vocabulary counts words as tokens() cuts them, which is how they are looked up
            for (int i = 0; i < p.length(); ) {
                if (!Character.isLetter(p.charAt(i))) {
                    i++;
                    continue;
                }
                int end = wordEnd(p, i);
                freq.merge(p.substring(i, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
                i = end;
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> vocabulary = new HashMap<>();
        for (int i = 0; i < Math.min(VOCABULARY, top.size()); i++) vocabulary.put(top.get(i).getKey(), i);
        Map<String, Integer> classes = new HashMap<>();
        Map<Long, Integer> pairs = new HashMap<>();
        for (String p : paragraphs) {
            int[] seq = classesOf(p, vocabulary, classes, true);
            for (int i = 1; i < seq.length; i++) pairs.merge(((long) seq[i - 1] << 32) | seq[i], 1, Integer::sum);
            if (seq.length > 0) pairs.merge(((long) seq[seq.length - 1] << 32) | classes.get("<p>"), 1, Integer::sum);
        }
        return new WordOrderModel(language, vocabulary, classes, pairs, 0, 0, 0, paragraphs.size());
    }

    private double rawMean(String text) {
        double[] s = pmiSum(text);
        return s[1] == 0 ? 0 : s[0] / s[1];
    }

    /**
     * Writes the model as gzipped text: a header, then its tables and those of its folds, each the vocabulary, the
     * classes, the number of pairs and "a b count" per pair.
     */
    public void write(OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("strata-wordorder 2\t" + language + "\t" + natural + "\t" + shuffled + "\t" + meanWordLength + "\t" + paragraphs + "\t"
                    + folds.size() + "\n");
            writeTables(w);
            for (WordOrderModel f : folds) f.writeTables(w);
        }
    }

    private void writeTables(BufferedWriter w) throws IOException {
        String[] vocab = new String[vocabulary.size()];
        vocabulary.forEach((k, v) -> vocab[v] = k);
        w.write(String.join(" ", vocab) + "\n");
        String[] names = new String[classes.size()];
        classes.forEach((k, v) -> names[v] = k);
        w.write(String.join(" ", names) + "\n");
        w.write(pairs.size() + "\n");
        List<Long> keys = new ArrayList<>(pairs.keySet());
        Collections.sort(keys);
        for (long k : keys) w.write((k >>> 32) + " " + (k & 0xffffffffL) + " " + pairs.get(k) + "\n");
    }

    /** Reads a model {@link #write} wrote (or an earlier Strata shipped); an IOException names what is wrong with it. */
    public static WordOrderModel read(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return readFrom(r);
        } catch (RuntimeException e) { // a line cut short or a number garbled
            throw new IOException("a damaged word-order model: " + e, e);
        }
    }

    /** How many paragraphs a written model learned from, from its first line alone (0 where it does not say). */
    public static int paragraphs(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            String[] head = first == null ? new String[0] : first.split("\t");
            if (head.length < 5 || !head[0].startsWith("strata-wordorder ")) throw new IOException("not a word-order model");
            return head.length > 5 ? Integer.parseInt(head[5]) : 0;
        } catch (NumberFormatException e) {
            throw new IOException("a damaged word-order model: " + e, e);
        }
    }

    private static WordOrderModel readFrom(BufferedReader r) throws IOException {
        String first = r.readLine();
        if (first == null) throw new IOException("an empty word-order model");
        String[] head = first.split("\t");
        boolean v1 = head[0].equals("strata-wordorder 1");
        if (!v1 && !head[0].equals("strata-wordorder 2")) throw new IOException("not a word-order model: " + head[0]);
        double natural = Double.parseDouble(head[2]), shuffled = Double.parseDouble(head[3]), wordLength = Double.parseDouble(head[4]);
        int paragraphs = head.length > 5 ? Integer.parseInt(head[5]) : 0, folds = v1 ? 0 : Integer.parseInt(head[6]);
        if (folds != 0 && folds != FOLDS) throw new IOException("a word-order model of " + folds + " folds, not " + FOLDS);
        List<WordOrderModel> tables = new ArrayList<>();
        for (int t = 0; t <= folds; t++) {
            Map<String, Integer> vocabulary = names(line(r)), classes = names(line(r));
            Map<Long, Integer> pairs = new HashMap<>();
            int n = v1 ? Integer.MAX_VALUE : Integer.parseInt(line(r));
            for (int i = 0; i < n; i++) {
                String line = v1 ? r.readLine() : line(r);
                if (line == null) break; // the end of a model of the first format
                String[] f = line.split(" ");
                pairs.put((Long.parseLong(f[0]) << 32) | Long.parseLong(f[1]), Integer.parseInt(f[2]));
            }
            tables.add(new WordOrderModel(head[1], vocabulary, classes, pairs, natural, shuffled, wordLength, paragraphs));
        }
        WordOrderModel m = tables.get(0);
        return new WordOrderModel(head[1], m.vocabulary, m.classes, m.pairs, natural, shuffled, wordLength, paragraphs, tables.subList(1, tables.size()));
    }

    private static String line(BufferedReader r) throws IOException {
        String line = r.readLine();
        if (line == null) throw new IOException("a word-order model cut short");
        return line;
    }

    private static Map<String, Integer> names(String line) {
        Map<String, Integer> out = new HashMap<>();
        if (line.isEmpty()) return out;
        String[] names = line.split(" ");
        for (int i = 0; i < names.length; i++) out.put(names[i], i);
        return out;
    }
}
