package org.strata.score;

/**
 * The knowledge head: a prior from prototypes plus a learned linear correction, over unit embeddings.
 * <pre>logit(e) = scale * (max_p cos(e, p) - max_n cos(e, n)) + w·e + bias,  knowledge(e) = sigmoid(logit(e))</pre>
 * The positive prototypes are expository, technical writing (and the corpus's own concept definitions and layer
 * descriptions); the negative ones are spam, chatter, fiction and boilerplate. Before any judgment w is zero and
 * the prior alone ranks passages; each judgment moves w. A trained head may also weigh the passage's words
 * ({@link TextFeatures}: hashed words, word pairs and word starts, in any language), which the expert's choices
 * teach where the encoder does not know the language: {@code logit += t·features(text)}. Immutable;
 * {@link HeadOnnx} writes it as ONNX.
 */
public record Head(float[][] positive, float[][] negative, float scale, float[] weights, float bias, float[] textWeights) {
    public Head {
        if (positive.length == 0 || negative.length == 0) throw new IllegalArgumentException("a head needs both kinds of prototype");
        if (textWeights != null && textWeights.length != TextFeatures.BUCKETS) {
            throw new IllegalArgumentException("text weights for " + textWeights.length + " buckets, not " + TextFeatures.BUCKETS);
        }
        int d = weights.length;
        for (float[] p : positive) if (p.length != d) throw new IllegalArgumentException("prototype of dimension " + p.length + ", not " + d);
        for (float[] n : negative) if (n.length != d) throw new IllegalArgumentException("prototype of dimension " + n.length + ", not " + d);
    }

    /** A head over the embedding alone. */
    public Head(float[][] positive, float[][] negative, float scale, float[] weights, float bias) {
        this(positive, negative, scale, weights, bias, null);
    }

    /** The prior alone: no learned correction. */
    public static Head prior(float[][] positive, float[][] negative, float scale) {
        return new Head(positive, negative, scale, new float[positive[0].length], 0f);
    }

    public int dimension() {
        return weights.length;
    }

    /** The prior's part of the logit. */
    public float priorLogit(float[] e) {
        return scale * (maxDot(positive, e) - maxDot(negative, e));
    }

    public float logit(float[] e) {
        return priorLogit(e) + Encoder.dot(weights, e) + bias;
    }

    public float knowledge(float[] e) {
        return sigmoid(logit(e));
    }

    /** The logit with the learned weights of the passage's {@link TextFeatures} (none: the embedding's alone). */
    public float logit(float[] e, TextFeatures.Sparse text) {
        return logit(e) + (textWeights == null || text == null ? 0f : TextFeatures.dot(text, textWeights));
    }

    public float knowledge(float[] e, TextFeatures.Sparse text) {
        return sigmoid(logit(e, text));
    }

    /** The same prototypes with another correction over the embedding (and no text weights). */
    public Head withCorrection(float[] w, float b) {
        return new Head(positive, negative, scale, w, b, null);
    }

    /** The same prototypes with another correction over the embedding and text weights (null: none). */
    public Head withCorrection(float[] w, float b, float[] text) {
        return new Head(positive, negative, scale, w, b, text);
    }

    static float maxDot(float[][] rows, float[] e) {
        float best = Float.NEGATIVE_INFINITY;
        for (float[] r : rows) best = Math.max(best, Encoder.dot(r, e));
        return best;
    }

    static float sigmoid(double x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }
}
