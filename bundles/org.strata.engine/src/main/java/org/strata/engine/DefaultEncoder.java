package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;

import org.strata.encoder.minilm.MiniLm;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.EncoderSettings;
import org.strata.score.WordPieceTokenizer;

/** The encoder Strata uses unless a scoring profile names another: all-MiniLM-L6-v2, shipped in the build. */
public final class DefaultEncoder {
    private static WordPieceTokenizer tokenizer;

    private DefaultEncoder() {}

    /** The default tokenizer, read once. */
    public static synchronized WordPieceTokenizer tokenizer() throws EncoderException {
        if (tokenizer == null) {
            try (InputStream in = MiniLm.openTokenizer()) {
                tokenizer = WordPieceTokenizer.read(in, MiniLm.NAME + "-tokenizer.json");
            } catch (IOException e) {
                throw new EncoderException(e.getMessage(), e);
            }
        }
        return tokenizer;
    }

    /** A new CPU session of the default encoder; the caller closes it. */
    public static Encoder open() throws EncoderException {
        return open(EncoderSettings.cpu());
    }

    /** A new session of the default encoder with these settings (fp32 or int8 weights, device); the caller closes it. */
    public static Encoder open(EncoderSettings settings) throws EncoderException {
        byte[] model;
        try (InputStream in = MiniLm.openModel(settings.int8())) {
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new EncoderException(e.getMessage(), e);
        }
        return new Encoder(model, tokenizer(), MiniLm.NAME + (settings.int8() ? "-q" : ""), settings);
    }
}
