package org.strata.modeltools;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;

import com.google.protobuf.ByteString;

/**
 * BERT's self-attention written out (three MatMul+Add projections, Reshape and Transpose into heads, Q·Kᵀ, Div by
 * √head, Add of the padding mask, Softmax, ·V, Transpose and Reshape back) folded into ONNX Runtime's fused
 * {@code com.microsoft.Attention}: one packed projection and the attention kernels of the device (memory-efficient
 * attention on CUDA). The padding mask becomes each sequence's length and start, made once
 * ({@link #keyLengthsAndStarts}): Strata pads on the right, and a 1D mask is what lets ONNX Runtime's CUDA attention
 * take a fused kernel (a 2D 0/1 mask would keep it on the unfused path). Only the
 * padding mask BERT's exporters write is accepted: {@code Mul(Sub(1, Cast(Unsqueeze(Unsqueeze(attention_mask)))), c)}
 * with c at most -10,000. A graph without this pattern is returned as it was.
 */
final class Attentions {
    static final String MASK = "attention_mask";
    private static final String MASK32 = "attention_mask_lengths";

    private Attentions() {}

    static ModelProto fuse(ModelProto model) {
        GraphProto g = model.getGraph();
        if (g.getInputList().stream().noneMatch(i -> i.getName().equals(MASK))) return model;
        Graph graph = new Graph(g);
        List<NodeProto> added = new ArrayList<>();
        Map<NodeProto, NodeProto> replaced = new HashMap<>();
        Set<NodeProto> removed = new HashSet<>();
        List<TensorProto> weights = new ArrayList<>();
        for (NodeProto softmax : g.getNodeList()) {
            if (!softmax.getOpType().equals("Softmax")) continue;
            Match m = Match.of(softmax, graph);
            if (m == null) continue;
            String name = m.out + "_attention";
            weights.add(packed(name + "_qkv_weight", graph, m.weights, true));
            weights.add(packed(name + "_qkv_bias", graph, m.biases, false));
            NodeProto attention = NodeProto.newBuilder().setOpType("Attention").setDomain("com.microsoft").setName(name)
                    .addInput(m.x).addInput(name + "_qkv_weight").addInput(name + "_qkv_bias").addInput(MASK32).addOutput(m.out)
                    .addAttribute(AttributeProto.newBuilder().setName("num_heads").setType(AttributeProto.AttributeType.INT).setI(m.heads))
                    .addAttribute(AttributeProto.newBuilder().setName("scale").setType(AttributeProto.AttributeType.FLOAT).setF(1f / m.divisor))
                    .build();
            removed.addAll(m.nodes);
            replaced.put(m.last, attention);
            added.add(attention);
        }
        if (added.isEmpty()) return model;
        GraphProto.Builder out = g.toBuilder().clearNode();
        keyLengthsAndStarts(out);
        for (NodeProto n : g.getNodeList()) {
            if (replaced.containsKey(n)) out.addNode(replaced.get(n));
            else if (!removed.contains(n)) out.addNode(n);
        }
        out.addAllInitializer(weights);
        ModelProto.Builder b = model.toBuilder().setGraph(Graphs.withoutDeadNodes(out.build()));
        if (b.getOpsetImportList().stream().noneMatch(o -> o.getDomain().equals("com.microsoft"))) {
            b.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("com.microsoft").setVersion(1));
        }
        return b.build();
    }

    /**
     * The mask the fused attentions read, made once from {@code attention_mask} [batch, sequence] on the device, with
     * no shape arithmetic: [3 batch + 2] int32, each sequence's key length (its ones: Strata pads on the right), then
     * where each sequence's queries and keys begin in the padded batch, twice (0, S, 2S, ... batch S: the running sum
     * of the rows' widths). This form (ONNX Runtime's MASK_1D_KEY_SEQ_LEN_START) is the one its CUDA attention takes
     * its memory-efficient kernel for on every GPU from sm53 up, Hopper included; the plain [batch] lengths get
     * TensorRT's fused kernels on sm70-89 only and the unfused path elsewhere unless cuDNN's attention is on. The CPU
     * reads the first batch entries as the key lengths.
     */
    private static void keyLengthsAndStarts(GraphProto.Builder out) {
        String p = MASK32;
        out.addInitializer(TensorProto.newBuilder().setName(p + "_axis1").setDataType(TensorProto.DataType.INT64_VALUE).addDims(1).addInt64Data(1));
        out.addInitializer(TensorProto.newBuilder().setName(p + "_axis0").setDataType(TensorProto.DataType.INT64_VALUE).addInt64Data(0));
        out.addInitializer(TensorProto.newBuilder().setName(p + "_zero").setDataType(TensorProto.DataType.INT32_VALUE).addInt32Data(0));
        out.addInitializer(TensorProto.newBuilder().setName(p + "_one").setDataType(TensorProto.DataType.INT32_VALUE).addInt32Data(1));
        out.addInitializer(TensorProto.newBuilder().setName(p + "_first").setDataType(TensorProto.DataType.INT32_VALUE).addDims(1).addInt32Data(0));
        out.addNode(node("Cast", p + "_cast", List.of(MASK), p + "_int32",
                AttributeProto.newBuilder().setName("to").setType(AttributeProto.AttributeType.INT).setI(TensorProto.DataType.INT32_VALUE).build()));
        AttributeProto flat = AttributeProto.newBuilder().setName("keepdims").setType(AttributeProto.AttributeType.INT).setI(0).build();
        out.addNode(node("ReduceSum", p + "_keys", List.of(p + "_int32", p + "_axis1"), p + "_keys", flat));
        out.addNode(node("Mul", p + "_none", List.of(p + "_int32", p + "_zero"), p + "_zeros"));
        out.addNode(node("Add", p + "_all", List.of(p + "_zeros", p + "_one"), p + "_ones"));
        out.addNode(node("ReduceSum", p + "_widths", List.of(p + "_ones", p + "_axis1"), p + "_widths", flat));
        out.addNode(node("CumSum", p + "_ends", List.of(p + "_widths", p + "_axis0"), p + "_ends"));
        out.addNode(node("Concat", p + "_starts", List.of(p + "_first", p + "_ends"), p + "_starts",
                AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(0).build()));
        out.addNode(node("Concat", p + "_mask", List.of(p + "_keys", p + "_starts", p + "_starts"), MASK32,
                AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(0).build()));
    }

    private static NodeProto node(String op, String name, List<String> inputs, String output, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output);
        for (AttributeProto a : attributes) n.addAttribute(a);
        return n.build();
    }

    /** The three projections' weights side by side ([hidden, 3 hidden], row by row) or their biases one after another. */
    private static TensorProto packed(String name, Graph g, String[] parts, boolean matrix) {
        float[][] v = new float[3][];
        for (int i = 0; i < 3; i++) v[i] = Tensors.floats(g.weights.get(parts[i]).toBuilder());
        int rows = matrix ? (int) g.weights.get(parts[0]).getDims(0) : 1;
        int cols = v[0].length / rows;
        ByteBuffer raw = ByteBuffer.allocate(3 * v[0].length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < rows; r++) for (float[] part : v) for (int c = 0; c < cols; c++) raw.putFloat(part[r * cols + c]);
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(HalfPrecision.FLOAT).setRawData(ByteString.copyFrom(raw.array()));
        if (matrix) t.addDims(rows).addDims(3L * cols);
        else t.addDims(3L * cols);
        return t.build();
    }

    /** A graph's nodes by what they write and by what they read, and its weights by name. */
    static final class Graph {
        final Map<String, NodeProto> producer = new HashMap<>();
        final Map<String, List<NodeProto>> consumers = new HashMap<>();
        final Map<String, TensorProto> weights = new HashMap<>();

        Graph(GraphProto g) {
            for (NodeProto n : g.getNodeList()) {
                for (String o : n.getOutputList()) producer.put(o, n);
                for (String i : n.getInputList()) consumers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
            }
            for (TensorProto t : g.getInitializerList()) weights.put(t.getName(), t);
        }

        NodeProto from(String value, String op) {
            NodeProto n = producer.get(value);
            return n != null && n.getOpType().equals(op) ? n : null;
        }

        NodeProto only(NodeProto n, String op) {
            List<NodeProto> uses = consumers.getOrDefault(n.getOutput(0), List.of());
            return uses.size() == 1 && uses.get(0).getOpType().equals(op) ? uses.get(0) : null;
        }
    }

    /** One attention written out, from its Softmax. */
    private static final class Match {
        final List<NodeProto> nodes = new ArrayList<>();
        final String[] weights = new String[3];
        final String[] biases = new String[3];
        String x;
        String out;
        NodeProto last;
        int heads;
        float divisor;

        static Match of(NodeProto softmax, Graph g) {
            Match m = new Match();
            return m.match(softmax, g) ? m : null;
        }

        private boolean match(NodeProto softmax, Graph g) {
            if (intAttribute(softmax, "axis", -1) != -1 && intAttribute(softmax, "axis", -1) != 3) return false;
            NodeProto masked = g.from(softmax.getInput(0), "Add");
            if (masked == null) return false;
            NodeProto div = g.from(masked.getInput(0), "Div");
            String maskTerm = masked.getInput(1);
            if (div == null) {
                div = g.from(masked.getInput(1), "Div");
                maskTerm = masked.getInput(0);
            }
            if (div == null || !paddingMask(maskTerm, g) || g.only(div, "Add") != masked || g.only(masked, "Softmax") != softmax) return false;
            Float d = scalar(div.getInput(1), g);
            NodeProto scores = g.from(div.getInput(0), "MatMul");
            if (d == null || scores == null || g.only(scores, "Div") != div) return false;
            divisor = d;
            int[] qHeads = new int[2], kHeads = new int[2], vHeads = new int[2];
            if (!projection(scores.getInput(0), new long[] {0, 2, 1, 3}, 0, g, qHeads)) return false;
            if (!projection(scores.getInput(1), new long[] {0, 2, 3, 1}, 1, g, kHeads)) return false;
            NodeProto context = g.only(softmax, "MatMul");
            if (context == null || !context.getInput(0).equals(softmax.getOutput(0))) return false;
            if (!projection(context.getInput(1), new long[] {0, 2, 1, 3}, 2, g, vHeads)) return false;
            if (qHeads[0] != kHeads[0] || qHeads[0] != vHeads[0] || Math.abs(divisor - Math.sqrt(qHeads[1])) > 1e-3 * divisor) return false;
            heads = qHeads[0];
            NodeProto back = g.only(context, "Transpose");
            if (back == null || !perm(back, new long[] {0, 2, 1, 3})) return false;
            NodeProto merged = g.only(back, "Reshape");
            if (merged == null || !g.weights.containsKey(merged.getInput(1))) return false;
            long[] target = longs(g.weights.get(merged.getInput(1)));
            if (target.length != 3 || target[0] != 0 || target[1] != 0 || target[2] != (long) heads * qHeads[1]) return false;
            nodes.addAll(List.of(scores, div, masked, softmax, context, back, merged));
            out = merged.getOutput(0);
            last = merged;
            return true;
        }

        /** Add(bias, MatMul(x, W)) -> Reshape(heads, head size) -> Transpose(perm): projection {@code which} of Q, K, V. */
        private boolean projection(String value, long[] perm, int which, Graph g, int[] shape) {
            NodeProto t = g.from(value, "Transpose");
            if (t == null || !perm(t, perm) || g.consumers.getOrDefault(t.getOutput(0), List.of()).size() != 1) return false;
            NodeProto r = g.from(t.getInput(0), "Reshape");
            if (r == null || !g.weights.containsKey(r.getInput(1))) return false;
            long[] dims = longs(g.weights.get(r.getInput(1)));
            if (dims.length != 4 || dims[2] <= 0 || dims[3] <= 0) return false;
            NodeProto add = g.from(r.getInput(0), "Add");
            if (add == null || g.only(r, "Transpose") != t || g.only(add, "Reshape") != r) return false;
            String bias = g.weights.containsKey(add.getInput(0)) ? add.getInput(0) : add.getInput(1);
            NodeProto mm = g.from(bias.equals(add.getInput(0)) ? add.getInput(1) : add.getInput(0), "MatMul");
            if (mm == null || !g.weights.containsKey(bias) || !g.weights.containsKey(mm.getInput(1)) || g.only(mm, "Add") != add) return false;
            if (x != null && !x.equals(mm.getInput(0))) return false;
            x = mm.getInput(0);
            weights[which] = mm.getInput(1);
            biases[which] = bias;
            shape[0] = (int) dims[2];
            shape[1] = (int) dims[3];
            nodes.addAll(List.of(mm, add, r, t));
            return true;
        }

        /**
         * Whether a value is BERT's additive padding mask: {@code Mul(Sub(1, m), c)} (either order of Mul's inputs), m the
         * graph's attention_mask through casts and unsqueezes only, c a constant at most -10,000, so that masked positions
         * get no weight, as with ONNX Runtime's key lengths.
         */
        private static boolean paddingMask(String value, Graph g) {
            NodeProto mul = g.from(value, "Mul");
            if (mul == null || mul.getInputCount() != 2) return false;
            boolean firstIsConstant = g.weights.containsKey(mul.getInput(0));
            Float c = scalar(mul.getInput(firstIsConstant ? 0 : 1), g);
            NodeProto sub = g.from(mul.getInput(firstIsConstant ? 1 : 0), "Sub");
            if (c == null || c > -1e4f || sub == null) return false;
            Float one = scalar(sub.getInput(0), g);
            if (one == null || one != 1f) return false;
            String v = sub.getInput(1); // back through the casts and unsqueezes to the graph's mask
            for (int i = 0; i < 4 && !v.equals(MASK); i++) {
                NodeProto n = g.producer.get(v);
                if (n == null || !(n.getOpType().equals("Cast") || n.getOpType().equals("Unsqueeze"))) return false;
                v = n.getInput(0);
            }
            return v.equals(MASK);
        }

        private static boolean perm(NodeProto t, long[] perm) {
            for (AttributeProto a : t.getAttributeList()) {
                if (a.getName().equals("perm")) {
                    if (a.getIntsCount() != perm.length) return false;
                    for (int i = 0; i < perm.length; i++) if (a.getInts(i) != perm[i]) return false;
                    return true;
                }
            }
            return false;
        }

        private static long intAttribute(NodeProto n, String name, long otherwise) {
            for (AttributeProto a : n.getAttributeList()) if (a.getName().equals(name)) return a.getI();
            return otherwise;
        }

        private static Float scalar(String name, Graph g) {
            TensorProto t = g.weights.get(name);
            if (t == null || t.getDataType() != HalfPrecision.FLOAT) return null;
            float[] v = Tensors.floats(t.toBuilder());
            return v.length == 1 ? v[0] : null;
        }

        private static long[] longs(TensorProto t) {
            if (t.getDataType() != TensorProto.DataType.INT64_VALUE) return new long[0];
            if (t.getInt64DataCount() > 0) return t.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
            ByteBuffer b = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long[] v = new long[b.remaining() / 8];
            b.asLongBuffer().get(v);
            return v;
        }
    }
}
