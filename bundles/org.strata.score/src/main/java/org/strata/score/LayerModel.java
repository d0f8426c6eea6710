package org.strata.score;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where a passage belongs among the curriculum's layers: a softmax over the layers whose logits are the passage's
 * closeness to each layer's description (the cold start: {@code priorScale} times the cosine of its embedding with
 * the layer's prototype, the embedding of the layer's name and description) plus a correction learned from the
 * passages the expert placed, over the embedding and the passage's hashed words ({@link TextFeatures}), so that the
 * expert's examples teach in the corpus's own language. With no examples the correction is zero and the model is the
 * nearest description. Immutable and thread-safe.
 */
public record LayerModel(List<String> layers, float[][] prototypes, float priorScale, float[][] weights, float[] bias,
        float[][] textWeights) {
    private static final int MAGIC = 0x53544c31; // "STL1"
    /** How far (in positions of its document) the passages lie that lend a passage their placement: this many before and after. */
    public static final int CONTEXT = 10;
    /** The weight of the neighbours' mean log-probabilities in a passage's logits (tuned on the tune split of eval/layers). */
    public static final float CONTEXT_WEIGHT = 6f;

    public LayerModel {
        layers = List.copyOf(layers);
        if (layers.isEmpty() || prototypes.length != layers.size() || weights.length != layers.size() || bias.length != layers.size()
                || (textWeights != null && textWeights.length != layers.size())) {
            throw new IllegalArgumentException("a layer model needs one prototype, weight row and bias per layer");
        }
    }

    /** The nearest description alone: what places passages before the expert placed any. */
    public static LayerModel prior(List<String> layers, float[][] prototypes, float priorScale) {
        int d = prototypes[0].length;
        return new LayerModel(layers, prototypes, priorScale, new float[layers.size()][d], new float[layers.size()], null);
    }

    public int dimension() {
        return prototypes[0].length;
    }

    /** Whether the model learned from the expert's placements (else it is the nearest description). */
    public boolean learned() {
        return textWeights != null;
    }

    /** The logits of the passage's layers (text may be null: the words then say nothing). */
    public float[] logits(float[] embedding, TextFeatures.Sparse text) {
        int n = layers.size();
        float[] z = new float[n];
        for (int k = 0; k < n; k++) {
            z[k] = priorScale * Encoder.dot(embedding, prototypes[k]) + Encoder.dot(embedding, weights[k]) + bias[k];
            if (textWeights != null && text != null) z[k] += TextFeatures.dot(text, textWeights[k]);
        }
        return z;
    }

    /** The probability of each layer. */
    public float[] probabilities(float[] embedding, TextFeatures.Sparse text) {
        return softmax(logits(embedding, text));
    }

    /** The index of the most probable layer (the first of equals). */
    public static int best(float[] probabilities) {
        int b = 0;
        for (int k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[b]) b = k;
        return b;
    }

    /**
     * A passage's logits with its document around it: its own plus {@link #CONTEXT_WEIGHT} times the mean
     * log-probability its neighbours' logits give each layer, so that a passage whose words are ambiguous goes where
     * the passages around it go. The neighbours come in document order, and are summed in it.
     */
    public static float[] inContext(float[] own, List<float[]> neighbours) {
        float[] out = own.clone();
        if (neighbours.isEmpty()) return out;
        double[] sum = new double[own.length];
        for (float[] z : neighbours) {
            float[] p = softmax(z);
            for (int c = 0; c < sum.length; c++) sum[c] += Math.log(p[c] + 1e-6);
        }
        for (int c = 0; c < out.length; c++) out[c] += (float) (CONTEXT_WEIGHT * sum[c] / neighbours.size());
        return out;
    }

    public static float[] softmax(float[] z) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) max = Math.max(max, v);
        double sum = 0;
        float[] p = new float[z.length];
        for (int k = 0; k < z.length; k++) sum += p[k] = (float) Math.exp(z[k] - max);
        for (int k = 0; k < z.length; k++) p[k] /= (float) sum;
        return p;
    }

    /** The model as bytes (gzipped; text weights kept where they are not zero), for the corpus folder and the recipe. */
    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(layers.size());
            out.writeInt(dimension());
            out.writeFloat(priorScale);
            for (int k = 0; k < layers.size(); k++) {
                out.writeUTF(layers.get(k));
                for (float v : prototypes[k]) out.writeFloat(v);
                for (float v : weights[k]) out.writeFloat(v);
                out.writeFloat(bias[k]);
            }
            out.writeBoolean(textWeights != null);
            if (textWeights != null) {
                out.writeInt(TextFeatures.BUCKETS);
                for (float[] row : textWeights) {
                    int nonzero = 0;
                    for (float v : row) if (v != 0) nonzero++;
                    out.writeInt(nonzero);
                    for (int b = 0; b < row.length; b++) {
                        if (row[b] == 0) continue;
                        out.writeInt(b);
                        out.writeFloat(row[b]);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /** Reads {@link #bytes()}; a damaged or foreign file is refused with what is wrong. */
    public static LayerModel read(byte[] data) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) throw new IOException("not a layer placement model");
            int n = in.readInt(), d = in.readInt();
            if (n <= 0 || n > 10_000 || d <= 0 || d > 100_000) throw new IOException("a layer placement model of " + n + " layers and " + d + " dimensions");
            float scale = in.readFloat();
            String[] names = new String[n];
            float[][] protos = new float[n][d], w = new float[n][d];
            float[] b = new float[n];
            for (int k = 0; k < n; k++) {
                names[k] = in.readUTF();
                for (int i = 0; i < d; i++) protos[k][i] = in.readFloat();
                for (int i = 0; i < d; i++) w[k][i] = in.readFloat();
                b[k] = in.readFloat();
            }
            float[][] t = null;
            if (in.readBoolean()) {
                int buckets = in.readInt();
                if (buckets != TextFeatures.BUCKETS) throw new IOException("a layer placement model over " + buckets + " word buckets, not " + TextFeatures.BUCKETS);
                t = new float[n][buckets];
                for (int k = 0; k < n; k++) {
                    int nonzero = in.readInt();
                    for (int i = 0; i < nonzero; i++) {
                        int at = in.readInt();
                        if (at < 0 || at >= buckets) throw new IOException("a word bucket " + at + " out of range");
                        t[k][at] = in.readFloat();
                    }
                }
            }
            return new LayerModel(List.of(names), protos, scale, w, b, t);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException("a layer placement model cut short or damaged: " + e.getMessage(), e);
        }
    }
}
