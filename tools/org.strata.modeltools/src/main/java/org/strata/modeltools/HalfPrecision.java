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
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * An encoder's fp32 graph made fp16 for the GPU, its inputs and outputs kept as they were (token ids in, fp32
 * embeddings out). Every float weight and constant becomes fp16, clamped to fp16's finite range (an attention mask's
 * "minus the largest float" stays a very large negative number instead of becoming infinity, whose product with 0 is
 * NaN); every cast to float casts to fp16; the outputs are cast back to fp32 at the end. The layer norms written out
 * as ReduceMean, Sub, Pow, Sqrt and Div (as exporters write BERT's) are first folded into ONNX's LayerNormalization
 * (opset 17), which computes in fp32 inside: written out in fp16, the square of a large activation overflows; and each
 * self-attention written out is fused into ONNX Runtime's Attention ({@link Attentions}).
 * ONNX Runtime runs the result on the CPU too, which is how its agreement with fp32 is measured without a GPU.
 */
public final class HalfPrecision {
    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
    static final int FLOAT16 = TensorProto.DataType.FLOAT16_VALUE;
    /** The largest finite fp16. */
    static final float MAX = 65504f;

    private HalfPrecision() {}

    /** The model in fp16, its inputs and outputs as before. */
    public static ModelProto half(ModelProto model) {
        ModelProto.Builder m = fused(model).toBuilder();
        GraphProto.Builder g = m.getGraphBuilder();
        for (TensorProto.Builder t : g.getInitializerBuilderList()) if (t.getDataType() == FLOAT) Tensors.toHalf(t);
        Set<String> floatOutputs = new HashSet<>();
        for (ValueInfoProto o : g.getOutputList()) if (elementType(o) == FLOAT) floatOutputs.add(o.getName());
        List<NodeProto> nodes = new ArrayList<>();
        for (NodeProto n : g.getNodeList()) {
            NodeProto.Builder b = n.toBuilder();
            for (AttributeProto.Builder a : b.getAttributeBuilderList()) {
                if (a.hasT() && a.getT().getDataType() == FLOAT) Tensors.toHalf(a.getTBuilder());
                if (n.getOpType().equals("Cast") && a.getName().equals("to") && a.getI() == FLOAT) a.setI(FLOAT16);
            }
            for (int i = 0; i < b.getOutputCount(); i++) {
                if (floatOutputs.contains(b.getOutput(i))) b.setOutput(i, b.getOutput(i) + "_fp16");
            }
            for (int i = 0; i < b.getInputCount(); i++) { // a node inside that reads an output reads it in fp16
                if (floatOutputs.contains(b.getInput(i))) b.setInput(i, b.getInput(i) + "_fp16");
            }
            nodes.add(b.build());
        }
        for (String out : floatOutputs) nodes.add(cast(out + "_fp16", out, FLOAT));
        g.clearNode().addAllNode(nodes).clearValueInfo();
        for (ValueInfoProto i : g.getInputList()) {
            if (elementType(i) == FLOAT) throw new IllegalArgumentException("a float input (" + i.getName() + ") is not an encoder's");
        }
        return m.build();
    }

    /**
     * The model with its attentions and layer norms fused, still fp32: what {@link #half} turns into fp16, and what the
     * CPU can run to check the fusions (ONNX Runtime's CPU Attention is fp32 only).
     */
    public static ModelProto fused(ModelProto model) {
        return LayerNorms.fold(Attentions.fuse(model));
    }

    private static NodeProto cast(String in, String out, int to) {
        return NodeProto.newBuilder().setOpType("Cast").setName(out + "_cast").addInput(in).addOutput(out)
                .addAttribute(AttributeProto.newBuilder().setName("to").setType(AttributeProto.AttributeType.INT).setI(to)).build();
    }

    static int elementType(ValueInfoProto v) {
        return v.getType().getTensorType().getElemType();
    }

    /** How many nodes of each operator a graph has ("LayerNormalization" 13 ...), for reports and tests. */
    public static Map<String, Integer> operators(GraphProto g) {
        Map<String, Integer> out = new HashMap<>();
        for (NodeProto n : g.getNodeList()) out.merge(n.getOpType(), 1, Integer::sum);
        return out;
    }
}
