package org.strata.modeltools;

import java.util.List;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * The encoder's pooling moved into the graph: its only output becomes {@value #OUTPUT} [batch, hidden], the sum of the
 * token vectors over the attention mask (the encoder normalizes it, which makes it the mean's direction), instead of
 * every token's vector. On a GPU this is what leaves the device: [batch, 384] floats a batch instead of [batch,
 * sequence, 384], 256 times less at 256 tokens, and no pooling loop on the CPU. The pooler and any other output
 * nothing needs are dropped.
 */
public final class Pooling {
    /** The pooled output's name, which the encoder looks for. */
    public static final String OUTPUT = "strata_pooled";

    private Pooling() {}

    /** The model with its token-level output ([batch, sequence, hidden], fp32) summed over the mask; as it was without one. */
    public static ModelProto pooled(ModelProto model) {
        GraphProto g = model.getGraph();
        ValueInfoProto tokens = g.getOutputList().stream()
                .filter(o -> HalfPrecision.elementType(o) == HalfPrecision.FLOAT && o.getType().getTensorType().getShape().getDimCount() == 3)
                .findFirst().orElse(null);
        if (tokens == null || g.getInputList().stream().noneMatch(i -> i.getName().equals(Attentions.MASK))) return model;
        TensorShapeProto.Dimension hidden = tokens.getType().getTensorType().getShape().getDim(2);
        String t = tokens.getName();
        GraphProto.Builder b = g.toBuilder().clearOutput();
        b.addInitializer(axes("strata_pool_axis2", 2)).addInitializer(axes("strata_pool_axis1", 1));
        b.addNode(node("Cast", List.of(Attentions.MASK), "strata_pool_mask").toBuilder()
                .addAttribute(AttributeProto.newBuilder().setName("to").setType(AttributeProto.AttributeType.INT).setI(HalfPrecision.FLOAT)));
        b.addNode(node("Unsqueeze", List.of("strata_pool_mask", "strata_pool_axis2"), "strata_pool_mask3"));
        b.addNode(node("Mul", List.of(t, "strata_pool_mask3"), "strata_pool_masked"));
        b.addNode(node("ReduceSum", List.of("strata_pool_masked", "strata_pool_axis1"), OUTPUT).toBuilder()
                .addAttribute(AttributeProto.newBuilder().setName("keepdims").setType(AttributeProto.AttributeType.INT).setI(0)));
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch")).addDim(hidden);
        b.addOutput(ValueInfoProto.newBuilder().setName(OUTPUT)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(HalfPrecision.FLOAT).setShape(shape))));
        return model.toBuilder().setGraph(Graphs.withoutDeadNodes(b.build())).build();
    }

    private static TensorProto axes(String name, long axis) {
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE).addDims(1).addInt64Data(axis).build();
    }

    private static NodeProto node(String op, List<String> inputs, String output) {
        return NodeProto.newBuilder().setOpType(op).setName(output + "_node").addAllInput(inputs).addOutput(output).build();
    }
}
