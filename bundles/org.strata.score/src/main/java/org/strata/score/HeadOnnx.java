package org.strata.score;

import java.util.Map;

/**
 * Writes a {@link Head} as a standalone ONNX model (IR 8, opset 13) that any ONNX runtime can run: input
 * {@code embedding} float [batch, d], outputs {@code knowledge} (in [0,1]) and {@code logit}, both [batch, 1]:
 * <pre>logit = scale * (max(E·Pᵀ) - max(E·Nᵀ)) + E·w + bias,  knowledge = sigmoid(logit)</pre>
 * where P and N are the prior's positive and negative prototypes. A head with text weights takes two more inputs,
 * {@code text_ids} int64 and {@code text_values} float, both [batch, features] (a passage's {@link TextFeatures},
 * padded with id 0 and value 0), and adds {@code sum(text_weights[text_ids] * text_values)} to the logit.
 */
public final class HeadOnnx {
    private static final int FLOAT = Protobuf.FLOAT;

    private HeadOnnx() {}

    public static byte[] write(Head h, Map<String, String> metadata) {
        int d = h.dimension();
        Protobuf graph = new Protobuf();
        graph.message(1, node("MatMul", "sim_pos", "embedding", "prototypes_pos_t"));
        graph.message(1, node("ReduceMax", "max_pos", "sim_pos").message(5, axes()).message(5, keepDims()));
        graph.message(1, node("MatMul", "sim_neg", "embedding", "prototypes_neg_t"));
        graph.message(1, node("ReduceMax", "max_neg", "sim_neg").message(5, axes()).message(5, keepDims()));
        graph.message(1, node("Sub", "gap", "max_pos", "max_neg"));
        graph.message(1, node("Mul", "prior", "gap", "scale"));
        graph.message(1, node("MatMul", "linear", "embedding", "weights"));
        graph.message(1, node("Add", "sum", "prior", "linear"));
        boolean text = h.textWeights() != null;
        graph.message(1, node("Add", text ? "logit_embedding" : "logit", "sum", "bias"));
        if (text) {
            // the text's hashed features: a weight gathered per bucket id, times the feature's value, summed per row
            graph.message(1, node("Gather", "text_w", "text_weights", "text_ids"));
            graph.message(1, node("Mul", "text_terms", "text_w", "text_values"));
            graph.message(1, node("ReduceSum", "text_logit", "text_terms", "axis_1").message(5, keepDims()));
            graph.message(1, node("Add", "logit", "logit_embedding", "text_logit"));
        }
        graph.message(1, node("Sigmoid", "knowledge", "logit"));
        graph.string(2, "strata_density_head");
        graph.message(5, Protobuf.floatTensor("prototypes_pos_t", transpose(h.positive(), d), d, h.positive().length));
        graph.message(5, Protobuf.floatTensor("prototypes_neg_t", transpose(h.negative(), d), d, h.negative().length));
        graph.message(5, Protobuf.floatTensor("weights", h.weights().clone(), d, 1));
        graph.message(5, Protobuf.floatTensor("scale", new float[] {h.scale()}, 1));
        graph.message(5, Protobuf.floatTensor("bias", new float[] {h.bias()}, 1));
        if (text) {
            graph.message(5, Protobuf.floatTensor("text_weights", h.textWeights().clone(), h.textWeights().length));
            graph.message(5, Protobuf.longTensor("axis_1", new long[] {1}, 1));
        }
        graph.message(11, valueInfo("embedding", "batch", d));
        if (text) {
            graph.message(11, valueInfo("text_ids", 7, "batch", "features"));
            graph.message(11, valueInfo("text_values", FLOAT, "batch", "features"));
        }
        graph.message(12, valueInfo("knowledge", "batch", 1));
        graph.message(12, valueInfo("logit", "batch", 1));
        Protobuf model = new Protobuf().varint(1, 8).string(2, "strata").string(3, "1").varint(5, 1);
        model.message(7, graph);
        model.message(8, new Protobuf().string(1, "").varint(2, 13));
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            model.message(14, new Protobuf().string(1, e.getKey()).string(2, e.getValue()));
        }
        return model.toByteArray();
    }

    private static Protobuf node(String op, String output, String... inputs) {
        Protobuf n = new Protobuf();
        for (String in : inputs) n.string(1, in);
        n.string(2, output).string(3, output).string(4, op);
        return n;
    }

    private static Protobuf axes() {
        return new Protobuf().string(1, "axes").longs(8, 1).varint(20, 7); // INTS
    }

    private static Protobuf keepDims() {
        return new Protobuf().string(1, "keepdims").varint(3, 1).varint(20, 2); // INT
    }

    /** A [batch, features] input of the given element type, both dimensions named. */
    private static Protobuf valueInfo(String name, int type, String batch, String features) {
        Protobuf shape = new Protobuf().message(1, new Protobuf().string(2, batch)).message(1, new Protobuf().string(2, features));
        Protobuf tensorType = new Protobuf().varint(1, type).message(2, shape);
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensorType));
    }

    private static Protobuf valueInfo(String name, String batch, long width) {
        Protobuf shape = new Protobuf().message(1, new Protobuf().string(2, batch)).message(1, new Protobuf().varint(1, width));
        Protobuf tensorType = new Protobuf().varint(1, FLOAT).message(2, shape);
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensorType));
    }

    /** Rows of vectors [k][d] as one [d, k] matrix, row-major. */
    private static float[] transpose(float[][] rows, int d) {
        float[] t = new float[d * rows.length];
        for (int k = 0; k < rows.length; k++) for (int i = 0; i < d; i++) t[i * rows.length + k] = rows[k][i];
        return t;
    }
}
