package org.strata.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The tokenizer of an encoder, read from its Hugging Face {@code tokenizer.json}: it cuts texts into the ids the model
 * reads and counts every token figure of a corpus (the ingestion budget, stats, layer goals, packs). WordPiece with
 * BERT's normalizer and pre-tokenizer is read by {@link WordPieceTokenizer}, which gives the same ids as Hugging Face's
 * library (tested against it) at a tenth of its cost; every other tokenizer.json (Unigram/SentencePiece, BPE,
 * WordLevel, WordPiece with other normalizers) by Hugging Face's own tokenizers library ({@link LibraryTokenizer}).
 * Implementations are thread-safe.
 */
public interface Tokenizer {
    /** The model type of the tokenizer.json: WordPiece, Unigram, BPE or WordLevel. */
    String kind();

    /** The number of tokens of a text, without special tokens. */
    int count(String text);

    /** The token ids of a text, without special tokens and without any length limit. */
    int[] pieces(String text);

    /** The special tokens in front of every model window ([CLS], {@code <s>}; none for some BPE models). */
    int[] begin();

    /** The special tokens after every model window ([SEP], {@code </s>}). */
    int[] end();

    int padId();

    /** One more than the highest token id: the rows the model's embedding table must have. */
    int vocabularySize();

    /** The longest window the tokenizer.json asks for (its truncation's max_length), or 0 when it says nothing. */
    default int maxLength() {
        return 0;
    }

    /** Reads a tokenizer.json of any type the Hugging Face library knows; the stream is consumed but not closed. */
    static Tokenizer read(InputStream in, String name) throws EncoderException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new EncoderException(name + ": cannot read the tokenizer: " + e.getMessage(), e);
        }
        JsonObject root;
        try {
            root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new EncoderException(name + ": not a tokenizer.json (" + e.getMessage() + ")", e);
        }
        String kind = kind(root);
        if (kind == null) throw new EncoderException(name + ": not a tokenizer.json (it has no model with a type)", null);
        if (!LibraryTokenizer.KINDS.contains(kind)) {
            throw new EncoderException(name + ": a tokenizer of type " + kind + " is not known; Strata reads the types of "
                    + "Hugging Face tokenizers: " + String.join(", ", LibraryTokenizer.KINDS), null);
        }
        if (WordPieceTokenizer.isBert(root)) return WordPieceTokenizer.of(root, name);
        return LibraryTokenizer.of(bytes, root, kind, name);
    }

    /** The model type a tokenizer.json declares, or null. */
    static String kind(JsonObject root) {
        JsonElement model = root.get("model");
        if (model == null || !model.isJsonObject()) return null;
        JsonElement type = model.getAsJsonObject().get("type");
        return type != null && type.isJsonPrimitive() ? type.getAsString() : null;
    }
}
