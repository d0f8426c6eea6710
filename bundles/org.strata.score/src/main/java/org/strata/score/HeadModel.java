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
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String input, output, name;
    private final int dimension;

    public HeadModel(byte[] onnx, String name, String input, String output) throws EncoderException {
        this.name = name;
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(1);
            session = env.createSession(onnx, so);
        } catch (OrtException e) {
            throw new EncoderException(name + ": not a loadable ONNX head (" + e.getMessage() + ")", e);
        }
        try {
            Map<String, NodeInfo> ins = session.getInputInfo(), outs = session.getOutputInfo();
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

    /** One score per embedding, each clamped to [0,1]. */
    public float[] apply(float[][] embeddings) throws EncoderException {
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
