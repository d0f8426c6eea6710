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
        byte[] cuda = null;
        try (InputStream in = MiniLm.openModel(settings.int8())) {
            model = in.readAllBytes();
            // on CUDA the fp16 twin runs (its scores agree with fp32's: docs/benchmarks.md); int8 is a CPU mode
            if (settings.device() != EncoderSettings.Device.CPU && !settings.int8() && Encoder.cudaBuilt()) cuda = fp16OrNone();
        } catch (IOException e) {
            throw new EncoderException(e.getMessage(), e);
        }
        return new Encoder(model, cuda, tokenizer(), MiniLm.NAME + (settings.int8() ? "-q" : ""), settings);
    }

    /** The default encoder's fp16 weights run on the settings' device (the CPU runs them too, slowly): for measuring them. */
    public static Encoder openFp16(EncoderSettings settings) throws EncoderException {
        try {
            byte[] half = fp16();
            return new Encoder(half, half, tokenizer(), MiniLm.NAME, settings);
        } catch (IOException e) {
            throw new EncoderException(e.getMessage(), e);
        }
    }

    /** The fp16 weights, or none (CUDA then runs the fp32 ones) where a build left them out. */
    private static byte[] fp16OrNone() {
        try {
            return fp16();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] fp16() throws IOException {
        try (InputStream in = MiniLm.openFp16()) {
            return in.readAllBytes();
        }
    }
}
