package org.strata.score;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Any Hugging Face tokenizer.json (Unigram/SentencePiece as in XLM-R, multilingual-e5 and LaBSE's kin, byte-level and
 * SentencePiece BPE, WordLevel, WordPiece with any normalizer), run by Hugging Face's own tokenizers library through
 * DJL's binding, whose native library ships inside its jar (linux x86_64 and aarch64, macOS arm64, Windows x86_64) and
 * is never downloaded. The special tokens around a model window are the ones the tokenizer's post-processor adds.
 * Thread-safe: the library's tokenizer is immutable once loaded.
 */
public final class LibraryTokenizer implements Tokenizer {
    /** The model types of Hugging Face's tokenizers library. */
    public static final List<String> KINDS = List.of("WordPiece", "Unigram", "BPE", "WordLevel");

    private final HuggingFaceTokenizer tokenizer;
    private final String kind;
    private final int[] begin, end;
    private final int padId, size, maxLength;

    private LibraryTokenizer(HuggingFaceTokenizer tokenizer, String kind, JsonObject root) {
        this.tokenizer = tokenizer;
        this.kind = kind;
        // the special tokens around a text are what the post-processor adds to a word's own pieces
        long[] word = tokenizer.encode("a", false, false).getIds();
        long[] full = tokenizer.encode("a", true, false).getIds();
        int at = indexOf(full, word);
        if (at < 0) { // a post-processor that rewrites the pieces themselves: no special tokens then
            at = 0;
            full = word;
        }
        begin = ints(full, 0, at);
        end = ints(full, at + word.length, full.length);
        padId = padId(root);
        size = size(root);
        JsonElement t = root.get("truncation");
        maxLength = t != null && t.isJsonObject() && t.getAsJsonObject().has("max_length")
                ? t.getAsJsonObject().get("max_length").getAsInt() : 0;
    }

    /** Reads any tokenizer.json with the library, BERT's WordPiece too (benchmarks compare it with Strata's reader). */
    public static LibraryTokenizer read(java.io.InputStream in, String name) throws EncoderException {
        try {
            byte[] json = in.readAllBytes();
            JsonObject root = com.google.gson.JsonParser.parseString(new String(json, java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
            String kind = Tokenizer.kind(root);
            if (kind == null) throw new EncoderException(name + ": not a tokenizer.json (it has no model with a type)", null);
            return of(json, root, kind, name);
        } catch (java.io.IOException | RuntimeException e) {
            throw new EncoderException(name + ": not a tokenizer.json (" + e.getMessage() + ")", e);
        }
    }

    static LibraryTokenizer of(byte[] json, JsonObject root, String kind, String name) throws EncoderException {
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true"); // nothing is fetched
        Thread th = Thread.currentThread();
        ClassLoader before = th.getContextClassLoader();
        // the library finds its native part as a resource of its own jar (its own bundle under OSGi)
        th.setContextClassLoader(HuggingFaceTokenizer.class.getClassLoader());
        try {
            HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json),
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            return new LibraryTokenizer(t, kind, root);
        } catch (LinkageError e) {
            throw new EncoderException(name + ": Hugging Face's tokenizers library does not load on this machine (" + e.getMessage()
                    + "); a BERT WordPiece tokenizer works without it", e);
        } catch (RuntimeException e) {
            throw new EncoderException(name + ": the " + kind + " tokenizer cannot be loaded: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new EncoderException(name + ": cannot read the tokenizer: " + e.getMessage(), e);
        } finally {
            th.setContextClassLoader(before);
        }
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int count(String text) {
        return ids(text).length;
    }

    @Override
    public int[] pieces(String text) {
        long[] ids = ids(text);
        return ints(ids, 0, ids.length);
    }

    /**
     * The ids of a text without special tokens, through the library's JNI calls themselves: DJL's {@code encode}
     * also copies out every token string, offset and mask, which takes a third of the time of counting (measured by
     * `strata bench tokenize`: 115 against 168 us a Russian passage with the Unigram fixture).
     */
    private long[] ids(String text) {
        long encoding = TokenizersLibrary.LIB.encode(tokenizer.getHandle(), text, false);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    @Override
    public int[] begin() {
        return begin.clone();
    }

    @Override
    public int[] end() {
        return end.clone();
    }

    @Override
    public int padId() {
        return padId;
    }

    @Override
    public int vocabularySize() {
        return size;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    /** The padding the tokenizer.json declares, else its pad token among the added tokens, else 0. */
    private static int padId(JsonObject root) {
        JsonElement p = root.get("padding");
        if (p != null && p.isJsonObject() && p.getAsJsonObject().has("pad_id")) return p.getAsJsonObject().get("pad_id").getAsInt();
        JsonElement added = root.get("added_tokens");
        if (added != null && added.isJsonArray()) {
            for (JsonElement a : added.getAsJsonArray()) {
                String content = a.getAsJsonObject().get("content").getAsString();
                if (content.equals("<pad>") || content.equals("[PAD]") || content.equals("<|pad|>")) return a.getAsJsonObject().get("id").getAsInt();
            }
        }
        return 0;
    }

    /** One more than the highest id of the model's vocabulary and of the added tokens. */
    private static int size(JsonObject root) {
        int max = -1;
        JsonElement vocab = root.getAsJsonObject("model").get("vocab");
        if (vocab != null && vocab.isJsonArray()) max = vocab.getAsJsonArray().size() - 1; // Unigram: [piece, score] in id order
        else if (vocab != null && vocab.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : vocab.getAsJsonObject().entrySet()) max = Math.max(max, e.getValue().getAsInt());
        }
        JsonElement added = root.get("added_tokens");
        if (added != null && added.isJsonArray()) {
            for (JsonElement a : added.getAsJsonArray()) max = Math.max(max, a.getAsJsonObject().get("id").getAsInt());
        }
        return max + 1;
    }

    private static int indexOf(long[] in, long[] part) {
        outer:
        for (int i = 0; i + part.length <= in.length; i++) {
            for (int j = 0; j < part.length; j++) if (in[i + j] != part[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static int[] ints(long[] a, int from, int to) {
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) out[i - from] = (int) a[i];
        return out;
    }
}
