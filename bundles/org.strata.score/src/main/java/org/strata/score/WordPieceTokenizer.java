package org.strata.score;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pure-Java BERT tokenizer (BertNormalizer + BertPreTokenizer + WordPiece + [CLS]/[SEP]) reading its
 * vocabulary and settings from a Hugging Face tokenizer.json whose model type is WordPiece. It gives the ids of
 * Hugging Face's tokenizers library, id for id (tested against it on the evaluation sets), and counts tokens ten
 * times faster than the library called through JNI (`strata bench tokenize`), which matters where every sentence of
 * every ingested file is counted. Any other tokenizer.json goes to {@link LibraryTokenizer}. Immutable and thread-safe.
 */
public final class WordPieceTokenizer implements Tokenizer {
    private static final int CACHE_LIMIT = 300_000;
    private final Map<String, Integer> vocab = new HashMap<>();
    private final Map<String, List<Integer>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean lowercase;
    private final boolean stripAccents;
    private final boolean handleChinese;
    private final String prefix;
    private final int maxCharsPerWord;
    private final int unkId, clsId, sepId, padId, size;

    /** Reads a tokenizer.json; the stream is consumed but not closed. */
    public static WordPieceTokenizer read(InputStream json, String name) throws EncoderException {
        JsonObject root;
        try {
            root = JsonParser.parseReader(new InputStreamReader(json, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new EncoderException(name + ": not a tokenizer.json (" + e.getMessage() + ")", e);
        }
        if (!isBert(root)) {
            throw new EncoderException(name + ": not a BERT WordPiece tokenizer (model " + Tokenizer.kind(root)
                    + "); Tokenizer.read reads every type", null);
        }
        return of(root, name);
    }

    /** Whether a tokenizer.json is BERT's: WordPiece behind BertNormalizer and BertPreTokenizer (or none given). */
    static boolean isBert(JsonObject root) {
        return "WordPiece".equals(Tokenizer.kind(root)) && typeIs(root.get("normalizer"), "BertNormalizer")
                && typeIs(root.get("pre_tokenizer"), "BertPreTokenizer");
    }

    private static boolean typeIs(JsonElement e, String type) {
        if (e == null || e.isJsonNull()) return true;
        return e.isJsonObject() && e.getAsJsonObject().has("type") && type.equals(e.getAsJsonObject().get("type").getAsString());
    }

    static WordPieceTokenizer of(JsonObject root, String name) throws EncoderException {
        JsonObject model = root.getAsJsonObject("model");
        if (!model.has("vocab") || !model.get("vocab").isJsonObject()) {
            throw new EncoderException(name + ": the tokenizer has no vocabulary", null);
        }
        try {
            return new WordPieceTokenizer(root, model);
        } catch (RuntimeException e) {
            throw new EncoderException(name + ": the tokenizer lacks [CLS], [SEP] or its unknown token", e);
        }
    }

    private WordPieceTokenizer(JsonObject root, JsonObject model) {
        for (Map.Entry<String, JsonElement> e : model.getAsJsonObject("vocab").entrySet()) {
            vocab.put(e.getKey(), e.getValue().getAsInt());
        }
        prefix = model.has("continuing_subword_prefix") ? model.get("continuing_subword_prefix").getAsString() : "##";
        maxCharsPerWord = model.has("max_input_chars_per_word") ? model.get("max_input_chars_per_word").getAsInt() : 100;
        String unk = model.has("unk_token") ? model.get("unk_token").getAsString() : "[UNK]";
        JsonElement n = root.get("normalizer");
        boolean lc = true, ch = true;
        Boolean sa = null;
        if (n != null && n.isJsonObject()) {
            JsonObject no = n.getAsJsonObject();
            if (no.has("lowercase")) lc = no.get("lowercase").getAsBoolean();
            if (no.has("handle_chinese_chars")) ch = no.get("handle_chinese_chars").getAsBoolean();
            if (no.has("strip_accents") && !no.get("strip_accents").isJsonNull()) sa = no.get("strip_accents").getAsBoolean();
        }
        lowercase = lc;
        handleChinese = ch;
        stripAccents = sa == null ? lc : sa; // HF: strip_accents null -> follows lowercase
        unkId = vocab.get(unk);
        clsId = vocab.get("[CLS]");
        sepId = vocab.get("[SEP]");
        padId = vocab.getOrDefault("[PAD]", 0);
        int max = -1;
        for (int id : vocab.values()) max = Math.max(max, id);
        size = max + 1;
    }

    @Override
    public String kind() { return "WordPiece"; }

    @Override
    public int padId() { return padId; }

    @Override
    public int vocabularySize() { return size; }

    @Override
    public int[] begin() { return new int[] {clsId}; }

    @Override
    public int[] end() { return new int[] {sepId}; }

    /**
     * The number of word pieces of a text, without [CLS] and [SEP]; additive over whitespace-separated words. Counts
     * add up over words, so each word is counted on its own: a printable ASCII word in one pass over its characters,
     * any other word by the full normalization (accents, controls, Chinese characters).
     */
    @Override
    public int count(String text) {
        WordCounts known = wordCounts.get();
        int n = 0, i = 0, len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            long h = 0xcbf29ce484222325L;
            for (; i < len && (c = text.charAt(i)) != ' ' && c != '\t' && c != '\n' && c != '\r'; i++) {
                if (c >= 0x7F || c < 0x20) ascii = false;
                h = (h ^ c) * 0x100000001b3L;
            }
            int slot = known.find(h, text, start, i);
            if (slot >= 0) {
                n += known.count[slot];
                continue;
            }
            int words = ascii ? countAsciiWord(text, start, i) : countGeneral(text.substring(start, i));
            known.add(h, text, start, i, words);
            n += words;
        }
        return n;
    }

    /** Each thread's counts of the words it met lately: most words of a text were counted before, in it or another. */
    private final ThreadLocal<WordCounts> wordCounts = ThreadLocal.withInitial(WordCounts::new);

    /**
     * Counts of whole words (between white space) by their chars, in an open-addressed table that is emptied when
     * three quarters full; a word is found by its hash and then compared char by char, so no string is made for it.
     */
    private static final class WordCounts {
        private static final int SLOTS = 1 << 16, PROBES = 8, LONGEST = 48;
        final long[] hash = new long[SLOTS];
        final char[][] word = new char[SLOTS][];
        final int[] count = new int[SLOTS];
        int used;

        int find(long h, String text, int from, int to) {
            if (to - from > LONGEST) return -1;
            for (int p = 0, s = spread(h); p < PROBES; p++, s = (s + 1) & (SLOTS - 1)) {
                char[] w = word[s];
                if (w == null) return -1;
                if (hash[s] == h && same(w, text, from, to)) return s;
            }
            return -1;
        }

        private static boolean same(char[] w, String text, int from, int to) {
            if (w.length != to - from) return false;
            for (int k = 0; k < w.length; k++) if (w[k] != text.charAt(from + k)) return false;
            return true;
        }

        void add(long h, String text, int from, int to, int words) {
            if (to - from > LONGEST) return;
            if (used >= SLOTS * 3 / 4) {
                java.util.Arrays.fill(word, null);
                used = 0;
            }
            for (int p = 0, s = spread(h); p < PROBES; p++, s = (s + 1) & (SLOTS - 1)) {
                if (word[s] != null) continue;
                char[] w = new char[to - from];
                text.getChars(from, to, w, 0);
                word[s] = w;
                hash[s] = h;
                count[s] = words;
                used++;
                return;
            }
        }

        private static int spread(long h) {
            h ^= h >>> 29;
            h *= 0xbf58476d1ce4e5b9L;
            return (int) (h ^ (h >>> 32)) & (SLOTS - 1);
        }
    }

    private int countGeneral(String text) {
        int n = 0;
        for (String word : preTokenize(normalize(text))) n += wordPiece(word).size();
        return n;
    }

    /** Pieces of a run of printable ASCII without white space: punctuation splits it, each part looked up once. */
    private int countAsciiWord(String text, int from, int to) {
        int n = 0, start = -1;
        boolean upper = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (i == to || isPunctuation(c)) {
                if (start >= 0) {
                    String word = text.substring(start, i);
                    n += wordPiece(lowercase && upper ? word.toLowerCase(java.util.Locale.ROOT) : word).size();
                    start = -1;
                    upper = false;
                }
                if (i < to) n++;
            } else {
                if (start < 0) start = i;
                upper |= c >= 'A' && c <= 'Z';
            }
        }
        return n;
    }

    /** All word-piece ids of a text, without [CLS] and [SEP] and without any length limit. */
    @Override
    public int[] pieces(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : preTokenize(normalize(text))) ids.addAll(wordPiece(word));
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
        return out;
    }

    public int clsId() { return clsId; }

    public int sepId() { return sepId; }

    /** Token ids including [CLS] and [SEP], truncated to maxLen. */
    public long[] encode(String text, int maxLen) {
        List<Integer> ids = new ArrayList<>();
        ids.add(clsId);
        outer:
        for (String word : preTokenize(normalize(text))) {
            for (int id : wordPiece(word)) {
                if (ids.size() >= maxLen - 1) break outer;
                ids.add(id);
            }
        }
        ids.add(sepId);
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
        return out;
    }

    String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            // clean_text
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) return;
            if (isWhitespace(cp)) { sb.append(' '); return; }
            if (handleChinese && isChinese(cp)) { sb.append(' ').appendCodePoint(cp).append(' '); return; }
            sb.appendCodePoint(cp);
        });
        String s = sb.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) return lowercase ? s.toLowerCase(java.util.Locale.ROOT) : s; // nothing to decompose; ASCII lower case is per char
        if (stripAccents) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder t = new StringBuilder(s.length());
            s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(t::appendCodePoint);
            s = t.toString();
        }
        if (lowercase) { // per code point, like HF (no context-sensitive final sigma)
            StringBuilder t = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> t.appendCodePoint(Character.toLowerCase(cp)));
            s = t.toString();
        }
        return s;
    }

    static List<String> preTokenize(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == ' ') {
                if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
            } else if (isPunctuation(cp)) {
                if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
                out.add(new String(Character.toChars(cp)));
            } else {
                cur.appendCodePoint(cp);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /** Word pieces of a word, cached: words repeat, and the greedy longest match costs many map look-ups a word. */
    List<Integer> wordPiece(String word) {
        List<Integer> cached = cache.get(word);
        if (cached != null) return cached;
        List<Integer> pieces = java.util.Collections.unmodifiableList(splitWord(word));
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(word, pieces);
        return pieces;
    }

    private List<Integer> splitWord(String word) {
        List<Integer> out = new ArrayList<>();
        if (word.codePointCount(0, word.length()) > maxCharsPerWord) { out.add(unkId); return out; }
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String sub = word.substring(start, end);
                if (start > 0) sub = prefix + sub;
                Integer id = vocab.get(sub);
                if (id != null) { found = id; break; }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) { out.clear(); out.add(unkId); return out; }
            out.add(found);
            start = end;
        }
        return out;
    }

    private static boolean isWhitespace(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return true;
        return Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return false;
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
                || t == Character.SURROGATE || t == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) return true;
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isChinese(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
