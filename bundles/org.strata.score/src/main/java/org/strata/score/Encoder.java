package org.strata.score;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * A BERT-style sentence encoder on ONNX Runtime: WordPiece tokens in, mean-pooled, L2-normalized embeddings
 * out. Texts longer than the model's window are encoded over their whole length in windows whose embeddings
 * are averaged (weighted by tokens). Batches are built from texts of similar length so little is spent on
 * padding. fp32 models give the same embedding for a text whatever batch it is in. Not thread-safe: one
 * encoder per thread, or calls from one thread at a time.
 */
public final class Encoder implements AutoCloseable {
    /** The most positions BERT-style models accept, [CLS] and [SEP] included. */
    public static final int MAX_POSITIONS = 512;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean typeIds;
    private final String output;
    private final int dimension;
    private final String name;

    /**
     * Creates a CPU session over the model bytes. {@code name} names the model in messages.
     */
    public Encoder(byte[] onnxModel, WordPieceTokenizer tokenizer, String name) throws EncoderException {
        this.tokenizer = tokenizer;
        this.name = name;
        try {
            OrtSession.SessionOptions so = new OrtSession.SessionOptions();
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            so.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            so.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = env.createSession(onnxModel, so);
        } catch (OrtException e) {
            throw new EncoderException(name + ": not a loadable ONNX model (" + e.getMessage() + ")", e);
        } catch (UnsatisfiedLinkError e) {
            throw new EncoderException("ONNX Runtime's native library cannot load on this machine: " + e.getMessage(), e);
        }
        try {
            Set<String> inputs = session.getInputNames();
            if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
                throw new EncoderException(name + ": expected inputs input_ids and attention_mask, the model has " + inputs, null);
            }
            typeIds = inputs.contains("token_type_ids");
            String out = null;
            long dim = -1;
            for (Map.Entry<String, NodeInfo> e : session.getOutputInfo().entrySet()) {
                if (e.getValue().getInfo() instanceof TensorInfo ti && ti.getShape().length == 3) {
                    out = e.getKey();
                    dim = ti.getShape()[2];
                    break;
                }
            }
            if (out == null) throw new EncoderException(name + ": no token-level output [batch, sequence, hidden] among "
                    + session.getOutputNames(), null);
            output = out;
            dimension = (int) dim;
        } catch (OrtException e) {
            close();
            throw new EncoderException(name + ": cannot read the model's inputs and outputs: " + e.getMessage(), e);
        } catch (EncoderException e) {
            close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    public int dimension() {
        return dimension;
    }

    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** Embeds each text; the result has one unit vector per text, in the order given. */
    public float[][] embed(List<String> texts, int batchSize) throws EncoderException {
        int window = MAX_POSITIONS - 2;
        List<long[]> seqs = new ArrayList<>(); // token ids with [CLS]/[SEP]
        List<int[]> owner = new ArrayList<>(); // {text index}
        for (int i = 0; i < texts.size(); i++) {
            int[] p = tokenizer.pieces(texts.get(i));
            int start = 0;
            do {
                int end = Math.min(p.length, start + window);
                long[] s = new long[end - start + 2];
                s[0] = tokenizer.clsId();
                for (int j = start; j < end; j++) s[j - start + 1] = p[j];
                s[s.length - 1] = tokenizer.sepId();
                seqs.add(s);
                owner.add(new int[] {i});
                start = end;
            } while (start < p.length);
        }
        Integer[] order = new Integer[seqs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> seqs.get(i).length));
        float[][] sums = new float[texts.size()][dimension];
        for (int b = 0; b < order.length; b += batchSize) {
            List<long[]> batch = new ArrayList<>();
            for (int k = b; k < Math.min(order.length, b + batchSize); k++) batch.add(seqs.get(order[k]));
            float[][] e = run(batch);
            for (int k = 0; k < e.length; k++) {
                int seq = order[b + k];
                float weight = seqs.get(seq).length - 2;
                float[] sum = sums[owner.get(seq)[0]];
                for (int d = 0; d < dimension; d++) sum[d] += e[k][d] * Math.max(1f, weight);
            }
        }
        for (float[] v : sums) normalize(v);
        return sums;
    }

    private float[][] run(List<long[]> seqs) throws EncoderException {
        int b = seqs.size();
        int len = 0;
        for (long[] s : seqs) len = Math.max(len, s.length);
        long[] ids = new long[b * len];
        long[] mask = new long[b * len];
        for (int i = 0; i < b; i++) {
            long[] s = seqs.get(i);
            for (int j = 0; j < len; j++) {
                ids[i * len + j] = j < s.length ? s[j] : tokenizer.padId();
                mask[i * len + j] = j < s.length ? 1 : 0;
            }
        }
        long[] shape = {b, len};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape));
            try (OrtSession.Result r = session.run(in, Set.of(output))) {
                OnnxTensor t = (OnnxTensor) r.get(0);
                FloatBuffer fb = t.getFloatBuffer();
                float[][] res = new float[b][dimension];
                for (int i = 0; i < b; i++) {
                    int n = 0;
                    for (int j = 0; j < len; j++) {
                        if (mask[i * len + j] == 0) continue;
                        n++;
                        int base = (i * len + j) * dimension;
                        for (int k = 0; k < dimension; k++) res[i][k] += fb.get(base + k);
                    }
                    for (int k = 0; k < dimension; k++) res[i][k] /= n;
                    normalize(res[i]);
                }
                return res;
            }
        } catch (OrtException e) {
            throw new EncoderException(name + ": inference failed: " + e.getMessage()
                    + " (does the tokenizer belong to this model?)", e);
        } finally {
            for (OnnxTensor t : in.values()) t.close();
        }
    }

    static void normalize(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        float inv = (float) (1.0 / Math.max(Math.sqrt(s), 1e-12));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
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
