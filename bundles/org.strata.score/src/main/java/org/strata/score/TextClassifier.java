package org.strata.score;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * An end-to-end ONNX text classifier chosen by the user (an educational-value classifier exported to ONNX, for
 * instance): token ids and attention mask in, one row of scores per text out. Its input and output names, which
 * value of the row is the score, and the values that map to 0 and 1 come from the scoring profile. Long texts
 * are scored over their whole length in windows, the window scores averaged by tokens. Thread-safe.
 */
public final class TextClassifier implements AutoCloseable {
    /** How a classifier is wired: names, the index of the score in the output row, and its range. */
    public record Mapping(String inputIds, String attentionMask, String output, int index, double min, double max) {
        public Mapping {
            if (!(max > min)) throw new IllegalArgumentException("the classifier's max (" + max + ") must exceed its min (" + min + ")");
            if (index < 0) throw new IllegalArgumentException("the classifier's output index must be 0 or more, not " + index);
        }
    }

    private static final int BATCH = 16;
    private final OrtEnvironment env = NativeRuntime.environment();
    private final OrtSession session;
    private final Tokenizer tokenizer;
    private final Mapping mapping;
    private final String output, name;
    private final boolean typeIds;

    public TextClassifier(byte[] onnx, Tokenizer tokenizer, Mapping mapping, String name) throws EncoderException {
        this.tokenizer = tokenizer;
        this.mapping = mapping;
        this.name = name;
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            session = env.createSession(onnx, so);
        } catch (OrtException e) {
            throw new EncoderException(name + ": not a loadable ONNX classifier (" + e.getMessage() + ")", e);
        }
        Set<String> ins = session.getInputNames(), outs = session.getOutputNames();
        String out = mapping.output() == null || mapping.output().isBlank() ? (outs.size() == 1 ? outs.iterator().next() : null) : mapping.output();
        try {
            for (String in : List.of(mapping.inputIds(), mapping.attentionMask())) {
                if (!ins.contains(in)) throw new EncoderException(name + ": no input named " + in + "; the classifier's inputs are " + ins
                        + " (map them in the scoring profile)", null);
            }
            if (out == null || !outs.contains(out)) throw new EncoderException(name + ": " + (out == null ? "it has outputs " + outs
                    + "; name the one to read" : "no output named " + out + "; its outputs are " + outs), null);
        } catch (EncoderException e) {
            close();
            throw e;
        }
        output = out;
        typeIds = ins.contains("token_type_ids") && !mapping.inputIds().equals("token_type_ids");
    }

    /** One score in [0,1] per text. */
    public float[] score(List<String> texts) throws EncoderException {
        Encoder.Tokenized t = Encoder.windows(tokenizer, texts);
        List<int[]> windows = java.util.Arrays.asList(t.seqs());
        double[] sum = new double[texts.size()], weight = new double[texts.size()];
        for (int b = 0; b < windows.size(); b += BATCH) {
            List<int[]> batch = windows.subList(b, Math.min(windows.size(), b + BATCH));
            float[] v = run(batch);
            for (int k = 0; k < batch.size(); k++) {
                int owner = t.owner()[b + k];
                double w = Math.max(1, batch.get(k).length - 2);
                sum[owner] += w * v[k];
                weight[owner] += w;
            }
        }
        float[] out = new float[texts.size()];
        for (int i = 0; i < out.length; i++) {
            double raw = sum[i] / weight[i];
            out[i] = (float) Math.max(0, Math.min(1, (raw - mapping.min()) / (mapping.max() - mapping.min())));
        }
        return out;
    }

    private float[] run(List<int[]> seqs) throws EncoderException {
        int b = seqs.size(), len = 0;
        for (int[] s : seqs) len = Math.max(len, s.length);
        long[] ids = new long[b * len], mask = new long[b * len];
        for (int i = 0; i < b; i++) {
            int[] s = seqs.get(i);
            for (int j = 0; j < len; j++) {
                ids[i * len + j] = j < s.length ? s[j] : tokenizer.padId();
                mask[i * len + j] = j < s.length ? 1 : 0;
            }
        }
        long[] shape = {b, len};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put(mapping.inputIds(), OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put(mapping.attentionMask(), OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape));
            try (OrtSession.Result r = session.run(in, Set.of(output))) {
                OnnxTensor t = (OnnxTensor) r.get(0);
                long[] s = t.getInfo().getShape();
                int width = s.length == 1 ? 1 : (int) s[s.length - 1];
                if (s.length > 2 || s[0] != b) throw new EncoderException(name + ": output " + output + " has shape "
                        + java.util.Arrays.toString(s) + ", expected one row per text", null);
                if (mapping.index() >= width) throw new EncoderException(name + ": output " + output + " has " + width
                        + " values a row; index " + mapping.index() + " is out of range", null);
                FloatBuffer fb = t.getFloatBuffer();
                float[] v = new float[b];
                for (int i = 0; i < b; i++) v[i] = fb.get(i * width + mapping.index());
                return v;
            }
        } catch (OrtException e) {
            throw new EncoderException(name + ": the classifier failed: " + e.getMessage(), e);
        } finally {
            in.values().forEach(OnnxTensor::close);
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
