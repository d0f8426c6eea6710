package org.strata.score;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * A knowledge head loaded from ONNX and run by ONNX Runtime: Strata's own heads ({@link HeadOnnx}), or any model
 * that maps embeddings [batch, d] to one score per row in [0,1] ([batch] or [batch, 1]). The input and output
 * names are taken from the model, or given when it has several. Thread-safe (ONNX Runtime sessions are).
 */
public final class HeadModel implements AutoCloseable {
    private final OrtEnvironment env = NativeRuntime.environment();
    private final OrtSession session;
    private final String input, output, name;
    private final int dimension;
    /** Whether the head also reads the passages' text features (inputs text_ids and text_values). */
    private final boolean text;

    public HeadModel(byte[] onnx, String name, String input, String output) throws EncoderException {
        this.name = name;
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(1);
            session = env.createSession(onnx, so);
        } catch (OrtException e) {
            throw new EncoderException(name + ": not a loadable ONNX head (" + e.getMessage() + ")", e);
        }
        try {
            Map<String, NodeInfo> ins = new java.util.LinkedHashMap<>(session.getInputInfo()), outs = session.getOutputInfo();
            text = ins.containsKey("text_ids") && ins.containsKey("text_values");
            if (text) {
                ins.remove("text_ids");
                ins.remove("text_values");
            }
            this.input = pick(ins, input, "input");
            this.output = pick(outs, output != null ? output : outs.containsKey("knowledge") ? "knowledge" : null, "output");
            long[] shape = ((TensorInfo) ins.get(this.input).getInfo()).getShape();
            if (shape.length != 2 || shape[1] <= 0) {
                throw new EncoderException(name + ": the head's input " + this.input + " must be [batch, d], it is "
                        + java.util.Arrays.toString(shape), null);
            }
            dimension = (int) shape[1];
        } catch (OrtException | ClassCastException e) {
            close();
            throw new EncoderException(name + ": cannot read the head's inputs and outputs: " + e.getMessage(), e);
        } catch (EncoderException e) {
            close();
            throw e;
        }
    }

    private String pick(Map<String, NodeInfo> nodes, String wanted, String what) throws EncoderException {
        if (wanted != null) {
            if (!nodes.containsKey(wanted)) throw new EncoderException(name + ": no " + what + " named " + wanted + " among " + nodes.keySet(), null);
            return wanted;
        }
        if (nodes.size() != 1) throw new EncoderException(name + ": the head has " + what + "s " + nodes.keySet() + "; name the one to use", null);
        return nodes.keySet().iterator().next();
    }

    /** The width of the embeddings this head takes. */
    public int dimension() {
        return dimension;
    }

    /** Whether the head reads the passages' texts too (a head trained with {@link TextFeatures}). */
    public boolean readsText() {
        return text;
    }

    /** One score per embedding, each clamped to [0,1]; a head that reads texts is refused (use the other apply). */
    public float[] apply(float[][] embeddings) throws EncoderException {
        if (text) throw new EncoderException(name + ": the head reads the passages' texts as well as their embeddings", null);
        return apply(null, embeddings);
    }

    /** One score per passage, by its text (read only by a head trained with text features) and its embedding. */
    public float[] apply(java.util.List<String> texts, float[][] embeddings) throws EncoderException {
        if (embeddings.length == 0) return new float[0];
        int b = embeddings.length;
        FloatBuffer in = FloatBuffer.allocate(b * dimension);
        for (float[] e : embeddings) {
            if (e.length != dimension) throw new EncoderException(name + ": the head takes embeddings of " + dimension
                    + " dimensions, the encoder gives " + e.length, null);
            in.put(e);
        }
        in.flip();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(input, OnnxTensor.createTensor(env, in, new long[] {b, dimension}));
            if (text) {
                if (texts == null || texts.size() != b) throw new EncoderException(name + ": the head reads texts; none were given", null);
                TextFeatures.Sparse[] f = new TextFeatures.Sparse[b];
                int k = 1;
                for (int i = 0; i < b; i++) {
                    f[i] = TextFeatures.of(texts.get(i));
                    k = Math.max(k, f[i].ids().length);
                }
                long[] ids = new long[b * k];
                float[] values = new float[b * k];
                for (int i = 0; i < b; i++) {
                    for (int j = 0; j < f[i].ids().length; j++) {
                        ids[i * k + j] = f[i].ids()[j];
                        values[i * k + j] = f[i].values()[j];
                    }
                }
                inputs.put("text_ids", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(ids), new long[] {b, k}));
                inputs.put("text_values", OnnxTensor.createTensor(env, FloatBuffer.wrap(values), new long[] {b, k}));
            }
            try (OrtSession.Result r = session.run(inputs, java.util.Set.of(output))) {
                FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
                if (fb.remaining() != b) throw new EncoderException(name + ": the head gave " + fb.remaining() + " values for " + b + " rows", null);
                float[] out = new float[b];
                for (int i = 0; i < b; i++) out[i] = Math.max(0f, Math.min(1f, fb.get(i)));
                return out;
            }
        } catch (OrtException e) {
            throw new EncoderException(name + ": the head failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release
        }
    }
}
