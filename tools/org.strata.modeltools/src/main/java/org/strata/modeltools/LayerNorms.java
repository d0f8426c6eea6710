package org.strata.modeltools;

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

/**
 * Layer norms written out as operators folded into ONNX's LayerNormalization: {@code ReduceMean(x)}, {@code d = Sub(x,
 * mean)}, {@code Pow(d, 2)}, {@code ReduceMean}, {@code Add(eps)}, {@code Sqrt}, {@code Div(d, .)}, {@code Mul(gamma)},
 * {@code Add(beta)} over the last axis, as BERT's exporters write them. The model's default opset is raised to 17, the
 * first with LayerNormalization (the operators of an encoder mean the same from 14 to 17).
 */
final class LayerNorms {
    private LayerNorms() {}

    static ModelProto fold(ModelProto model) {
        GraphProto g = model.getGraph();
        Map<String, NodeProto> producer = new HashMap<>();
        Map<String, List<NodeProto>> consumers = new HashMap<>();
        for (NodeProto n : g.getNodeList()) {
            for (String o : n.getOutputList()) producer.put(o, n);
            for (String i : n.getInputList()) consumers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
        }
        Map<String, TensorProto> weights = new HashMap<>();
        for (TensorProto t : g.getInitializerList()) weights.put(t.getName(), t);
        Set<NodeProto> removed = new HashSet<>();
        Map<NodeProto, NodeProto> replaced = new HashMap<>();
        for (NodeProto mean : g.getNodeList()) {
            if (!mean.getOpType().equals("ReduceMean") || removed.contains(mean)) continue;
            Match m = new Match(mean, consumers, producer, weights);
            if (!m.found()) continue;
            removed.addAll(m.nodes);
            replaced.put(mean, m.layerNorm());
        }
        if (replaced.isEmpty()) return model;
        // opset 17 is asked for below: from 14 on, an encoder's operators mean the same; an older model is left as it is
        if (model.getOpsetImportList().stream().anyMatch(o -> o.getDomain().isEmpty() && o.getVersion() < 14)) return model;
        GraphProto.Builder out = g.toBuilder().clearNode();
        for (NodeProto n : g.getNodeList()) {
            if (replaced.containsKey(n)) out.addNode(replaced.get(n));
            else if (!removed.contains(n)) out.addNode(n);
        }
        // the layer norms' epsilons and exponents, and Constant nodes that held them, are gone
        ModelProto.Builder b = model.toBuilder().setGraph(Graphs.withoutDeadNodes(out.build()));
        for (OperatorSetIdProto.Builder o : b.getOpsetImportBuilderList()) {
            if (o.getDomain().isEmpty() && o.getVersion() < 17) o.setVersion(17);
        }
        return b.build();
    }

    /** One layer norm written out, from its first ReduceMean. */
    private static final class Match {
        final List<NodeProto> nodes = new ArrayList<>();
        final Map<String, List<NodeProto>> consumers;
        final Map<String, NodeProto> producer;
        final Map<String, TensorProto> weights;
        String x;
        String gamma;
        String beta;
        String y;
        float epsilon;

        Match(NodeProto mean, Map<String, List<NodeProto>> consumers, Map<String, NodeProto> producer, Map<String, TensorProto> weights) {
            this.consumers = consumers;
            this.producer = producer;
            this.weights = weights;
            match(mean);
        }

        boolean found() {
            return y != null;
        }

        private void match(NodeProto mean) {
            if (!lastAxis(mean)) return;
            x = mean.getInput(0);
            NodeProto sub = only(mean, "Sub");
            if (sub == null || !sub.getInput(0).equals(x) || !sub.getInput(1).equals(mean.getOutput(0))) return;
            List<NodeProto> uses = consumers.getOrDefault(sub.getOutput(0), List.of());
            if (uses.size() != 2) return;
            NodeProto pow = uses.stream().filter(n -> n.getOpType().equals("Pow")).findFirst().orElse(null);
            NodeProto div = uses.stream().filter(n -> n.getOpType().equals("Div")).findFirst().orElse(null);
            Float two = pow == null ? null : scalar(pow.getInput(1));
            if (pow == null || div == null || !div.getInput(0).equals(sub.getOutput(0)) || !pow.getInput(0).equals(sub.getOutput(0)) || two == null
                    || two != 2f) return;
            NodeProto variance = only(pow, "ReduceMean");
            if (variance == null || !lastAxis(variance)) return;
            NodeProto add = only(variance, "Add");
            if (add == null) return;
            Float eps = scalar(other(add, variance.getOutput(0)));
            if (eps == null) return;
            NodeProto sqrt = only(add, "Sqrt");
            if (sqrt == null || !div.getInput(1).equals(sqrt.getOutput(0))) return;
            NodeProto mul = only(div, "Mul");
            if (mul == null) return;
            NodeProto shift = only(mul, "Add");
            if (shift == null) return;
            String g = other(mul, div.getOutput(0));
            String b = other(shift, mul.getOutput(0));
            if (!weights.containsKey(g) || !weights.containsKey(b)) return;
            nodes.addAll(List.of(mean, sub, pow, variance, add, sqrt, div, mul, shift));
            epsilon = eps;
            gamma = g;
            beta = b;
            y = shift.getOutput(0);
        }

        NodeProto layerNorm() {
            return NodeProto.newBuilder().setOpType("LayerNormalization").setName(y + "_layernorm").addInput(x).addInput(gamma).addInput(beta)
                    .addOutput(y)
                    .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(-1))
                    .addAttribute(AttributeProto.newBuilder().setName("epsilon").setType(AttributeProto.AttributeType.FLOAT).setF(epsilon))
                    .build();
        }

        /** The one node reading a node's output, if it is of the given operator. */
        private NodeProto only(NodeProto n, String op) {
            List<NodeProto> uses = consumers.getOrDefault(n.getOutput(0), List.of());
            return uses.size() == 1 && uses.get(0).getOpType().equals(op) ? uses.get(0) : null;
        }

        private static String other(NodeProto n, String one) {
            if (n.getInputCount() != 2) return null;
            return n.getInput(0).equals(one) ? n.getInput(1) : n.getInput(1).equals(one) ? n.getInput(0) : null;
        }

        private static boolean lastAxis(NodeProto reduce) {
            for (AttributeProto a : reduce.getAttributeList()) {
                if (a.getName().equals("axes")) return a.getIntsCount() == 1 && a.getInts(0) == -1;
            }
            return false;
        }

        private static TensorProto valueOf(NodeProto constant) {
            for (AttributeProto a : constant.getAttributeList()) if (a.getName().equals("value") && a.hasT()) return a.getT();
            return null;
        }

        /** A single float a name holds: a weight or a Constant node's value; null when it is not one. */
        private Float scalar(String name) {
            if (name == null) return null;
            TensorProto t = weights.get(name);
            if (t == null && producer.containsKey(name) && producer.get(name).getOpType().equals("Constant")) {
                t = valueOf(producer.get(name));
            }
            if (t == null || t.getDataType() != HalfPrecision.FLOAT) return null;
            float[] v = Tensors.floats(t.toBuilder());
            return v.length == 1 ? v[0] : null;
        }
    }
}
