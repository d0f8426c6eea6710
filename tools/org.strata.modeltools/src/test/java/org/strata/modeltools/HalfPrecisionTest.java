package org.strata.modeltools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Random;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import com.google.protobuf.ByteString;

import org.junit.jupiter.api.Test;

/**
 * A small encoder-shaped graph (embedding lookup, a mask cast to float and scaled by the most negative float, MatMul,
 * a layer norm written out as exporters write it) run by ONNX Runtime in fp32 and after {@link HalfPrecision}: the
 * layer norm is folded, the weights are fp16, the output is still fp32 and agrees.
 */
class HalfPrecisionTest {
    private static final int VOCAB = 50, HIDDEN = 16;

    @Test
    void theFp16GraphFoldsItsLayerNormAndAgreesWithFp32() throws Exception {
        ModelProto fp32 = encoderShaped();
        ModelProto half = HalfPrecision.half(fp32);
        Map<String, Integer> ops = HalfPrecision.operators(half.getGraph());
        assertEquals(1, ops.get("LayerNormalization"), ops.toString());
        assertFalse(ops.containsKey("Pow") || ops.containsKey("Sqrt") || ops.containsKey("ReduceMean"), ops.toString());
        for (TensorProto t : half.getGraph().getInitializerList()) {
            assertTrue(t.getDataType() != HalfPrecision.FLOAT, t.getName() + " is still fp32");
        }
        assertEquals(17, half.getOpsetImport(0).getVersion());

        long[][] ids = new long[3][7];
        long[][] mask = new long[3][7];
        Random r = new Random(3);
        for (int b = 0; b < 3; b++) for (int s = 0; s < 7; s++) {
            ids[b][s] = r.nextInt(VOCAB);
            mask[b][s] = s < 4 + b ? 1 : 0;
        }
        float[][][] a = run(fp32, ids, mask), h = run(half, ids, mask);
        double most = 0;
        for (int b = 0; b < 3; b++) for (int s = 0; s < 7; s++) for (int d = 0; d < HIDDEN; d++) most = Math.max(most, Math.abs(a[b][s][d] - h[b][s][d]));
        assertTrue(most < 0.02, "fp16 is within fp16's precision of fp32: " + most);
        assertTrue(most > 0, "the fp16 graph computes in fp16");
    }

    /** BERT's self-attention written out, over padded sequences: fused into one Attention, the same numbers. */
    @Test
    void anAttentionWrittenOutIsFusedAndComputesTheSame() throws Exception {
        ModelProto written = attentionShaped();
        ModelProto fused = HalfPrecision.fused(written);
        Map<String, Integer> ops = HalfPrecision.operators(fused.getGraph());
        assertEquals(1, ops.get("Attention"), ops.toString());
        assertFalse(ops.containsKey("Softmax") || ops.containsKey("Transpose") || ops.containsKey("Reshape"), ops.toString());
        long[][] ids = {{1, 5, 9, 2, 0, 0}, {3, 4, 5, 6, 7, 8}};
        long[][] mask = {{1, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 1, 1}};
        float[][][] a = run(written, ids, mask), f = run(fused, ids, mask), h = run(HalfPrecision.half(written), ids, mask);
        double most = 0, half = 0;
        for (int b = 0; b < 2; b++) for (int s = 0; s < 4 + 2 * b; s++) for (int d = 0; d < HIDDEN; d++) { // padded positions aside
            most = Math.max(most, Math.abs(a[b][s][d] - f[b][s][d]));
            half = Math.max(half, Math.abs(a[b][s][d] - h[b][s][d]));
        }
        assertTrue(most < 1e-4, "fused in fp32: " + most);
        assertTrue(half < 0.02, "fused in fp16: " + half);

        // the mask the attention reads: key lengths, then the sequences' starts in the padded batch for queries and keys
        ModelProto showing = fused.toBuilder().setGraph(fused.getGraph().toBuilder()
                .addOutput(value("attention_mask_lengths", TensorProto.DataType.INT32_VALUE, -1))).build();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(showing.toByteArray()); OnnxTensor i = OnnxTensor.createTensor(env, ids);
                OnnxTensor k = OnnxTensor.createTensor(env, mask); OrtSession.Result r = s.run(Map.of("input_ids", i, "attention_mask", k))) {
            assertEquals(java.util.List.of(4, 6, 0, 6, 12, 0, 6, 12),
                    java.util.Arrays.stream((int[]) r.get("attention_mask_lengths").get().getValue()).boxed().toList());
        }
    }

    /** Pooling inside: one [batch, hidden] output, the sum of the token vectors where the mask is 1. */
    @Test
    void thePooledOutputIsTheMaskedSumOfTheTokenVectors() throws Exception {
        ModelProto written = attentionShaped();
        ModelProto pooled = Pooling.pooled(written);
        assertEquals(1, pooled.getGraph().getOutputCount());
        assertEquals(Pooling.OUTPUT, pooled.getGraph().getOutput(0).getName());
        long[][] ids = {{1, 5, 9, 2, 0, 0}, {3, 4, 5, 6, 7, 8}};
        long[][] mask = {{1, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 1, 1}};
        float[][][] tokens = run(written, ids, mask);
        float[][] sums;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(pooled.toByteArray()); OnnxTensor i = OnnxTensor.createTensor(env, ids);
                OnnxTensor k = OnnxTensor.createTensor(env, mask); OrtSession.Result r = s.run(Map.of("input_ids", i, "attention_mask", k))) {
            sums = (float[][]) r.get(0).getValue();
        }
        for (int b = 0; b < 2; b++) {
            for (int d = 0; d < HIDDEN; d++) {
                float sum = 0;
                for (int t = 0; t < 6; t++) if (mask[b][t] == 1) sum += tokens[b][t][d];
                assertEquals(sum, sums[b][d], 1e-4, "batch " + b + ", dimension " + d);
            }
        }
    }

    private static ModelProto attentionShaped() {
        Random r = new Random(11);
        int heads = 2, size = HIDDEN / heads;
        GraphProto.Builder g = GraphProto.newBuilder().setName("attention-shaped");
        g.addInput(value("input_ids", TensorProto.DataType.INT64_VALUE, -1, -1));
        g.addInput(value("attention_mask", TensorProto.DataType.INT64_VALUE, -1, -1));
        g.addOutput(value("hidden", HalfPrecision.FLOAT, -1, -1, HIDDEN));
        g.addInitializer(floats("table", random(r, VOCAB * HIDDEN, 1f), VOCAB, HIDDEN));
        for (String p : new String[] {"q", "k", "v"}) {
            g.addInitializer(floats("w" + p, random(r, HIDDEN * HIDDEN, 0.5f), HIDDEN, HIDDEN));
            g.addInitializer(floats("b" + p, random(r, HIDDEN, 0.1f), HIDDEN));
        }
        g.addInitializer(floats("one", new float[] {1f}));
        g.addInitializer(floats("lowest", new float[] {-Float.MAX_VALUE}));
        g.addInitializer(floats("root", new float[] {(float) Math.sqrt(size)}));
        g.addInitializer(longs("axis1", 1));
        g.addInitializer(longs("axis2", 2));
        g.addInitializer(longs("heads", 0, 0, heads, size));
        g.addInitializer(longs("merged", 0, 0, HIDDEN));
        g.addNode(node("Gather", "table,input_ids", "x"));
        g.addNode(node("Unsqueeze", "attention_mask,axis1", "m1"));
        g.addNode(node("Unsqueeze", "m1,axis2", "m2"));
        g.addNode(node("Cast", "m2", "m3").toBuilder().addAttribute(AttributeProto.newBuilder().setName("to")
                .setType(AttributeProto.AttributeType.INT).setI(HalfPrecision.FLOAT)).build());
        g.addNode(node("Sub", "one,m3", "m4"));
        g.addNode(node("Mul", "m4,lowest", "maskTerm"));
        for (String p : new String[] {"q", "k", "v"}) {
            g.addNode(node("MatMul", "x,w" + p, p + "mm"));
            g.addNode(node("Add", "b" + p + "," + p + "mm", p + "add"));
            g.addNode(node("Reshape", p + "add,heads", p + "heads"));
            g.addNode(transpose(p + "heads", p + "t", p.equals("k") ? new long[] {0, 2, 3, 1} : new long[] {0, 2, 1, 3}));
        }
        g.addNode(node("MatMul", "qt,kt", "scores"));
        g.addNode(node("Div", "scores,root", "scaled"));
        g.addNode(node("Add", "scaled,maskTerm", "masked"));
        g.addNode(node("Softmax", "masked", "weights").toBuilder().addAttribute(AttributeProto.newBuilder().setName("axis")
                .setType(AttributeProto.AttributeType.INT).setI(-1)).build());
        g.addNode(node("MatMul", "weights,vt", "context"));
        g.addNode(transpose("context", "back", new long[] {0, 2, 1, 3}));
        g.addNode(node("Reshape", "back,merged", "hidden"));
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(14)).setGraph(g).build();
    }

    private static NodeProto transpose(String in, String out, long[] perm) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName("perm").setType(AttributeProto.AttributeType.INTS);
        for (long p : perm) a.addInts(p);
        return node("Transpose", in, out).toBuilder().addAttribute(a).build();
    }

    private static TensorProto longs(String name, long... v) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE).addDims(v.length);
        for (long x : v) t.addInt64Data(x);
        return t.build();
    }

    private static float[][][] run(ModelProto m, long[][] ids, long[][] mask) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(m.toByteArray()); OnnxTensor i = OnnxTensor.createTensor(env, ids);
                OnnxTensor k = OnnxTensor.createTensor(env, mask); OrtSession.Result r = s.run(Map.of("input_ids", i, "attention_mask", k))) {
            return (float[][][]) r.get(0).getValue();
        }
    }

    /** ids -> Gather -> MatMul -> softmax over the positions, the masked ones at -3.4e38 -> layer norm written out -> output (fp32). */
    private static ModelProto encoderShaped() {
        Random r = new Random(7);
        GraphProto.Builder g = GraphProto.newBuilder().setName("encoder-shaped");
        g.addInput(value("input_ids", TensorProto.DataType.INT64_VALUE, -1, -1));
        g.addInput(value("attention_mask", TensorProto.DataType.INT64_VALUE, -1, -1));
        g.addOutput(value("hidden", HalfPrecision.FLOAT, -1, -1, HIDDEN));
        g.addInitializer(floats("table", random(r, VOCAB * HIDDEN, 2f), VOCAB, HIDDEN));
        g.addInitializer(floats("w", random(r, HIDDEN * HIDDEN, 0.5f), HIDDEN, HIDDEN));
        g.addInitializer(floats("gamma", random(r, HIDDEN, 1f), HIDDEN));
        g.addInitializer(floats("beta", random(r, HIDDEN, 0.1f), HIDDEN));
        g.addInitializer(floats("lowest", new float[] {-Float.MAX_VALUE}));
        g.addInitializer(floats("two", new float[] {2f}));
        g.addInitializer(floats("one", new float[] {1f}));
        g.addInitializer(floats("eps", new float[] {1e-12f}));
        g.addInitializer(longs("axis2", 2));
        g.addNode(node("Gather", "table,input_ids", "embedded"));
        g.addNode(node("Cast", "attention_mask", "maskf").toBuilder().addAttribute(AttributeProto.newBuilder().setName("to")
                .setType(AttributeProto.AttributeType.INT).setI(HalfPrecision.FLOAT)).build());
        g.addNode(node("Sub", "one,maskf", "inverse"));
        g.addNode(node("Mul", "inverse,lowest", "neg")); // 0 * lowest must stay 0 in fp16: an infinity would make it NaN
        g.addNode(node("Unsqueeze", "neg,axis2", "neg3"));
        g.addNode(node("MatMul", "embedded,w", "projected"));
        g.addNode(node("Add", "projected,neg3", "scores"));
        g.addNode(node("Softmax", "scores", "weights").toBuilder().addAttribute(AttributeProto.newBuilder().setName("axis")
                .setType(AttributeProto.AttributeType.INT).setI(1)).build()); // over the positions: the masked ones get none
        g.addNode(node("Mul", "weights,projected", "x"));
        g.addNode(reduceMean("x", "mean"));
        g.addNode(node("Sub", "x,mean", "d"));
        g.addNode(node("Pow", "d,two", "sq"));
        g.addNode(reduceMean("sq", "var"));
        g.addNode(node("Add", "var,eps", "ve"));
        g.addNode(node("Sqrt", "ve", "sd"));
        g.addNode(node("Div", "d,sd", "n"));
        g.addNode(node("Mul", "n,gamma", "scaled"));
        g.addNode(node("Add", "scaled,beta", "hidden"));
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(14)).setGraph(g).build();
    }

    private static NodeProto node(String op, String inputs, String output) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(output + "_node").addOutput(output);
        for (String i : inputs.split(",")) n.addInput(i);
        return n.build();
    }

    private static NodeProto reduceMean(String in, String out) {
        return node("ReduceMean", in, out).toBuilder().addAttribute(AttributeProto.newBuilder().setName("axes").setType(AttributeProto.AttributeType.INTS).addInts(-1)).build();
    }

    private static float[] random(Random r, int n, float scale) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian() * scale;
        return v;
    }

    private static TensorProto floats(String name, float[] v, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(HalfPrecision.FLOAT).setRawData(ByteString.copyFrom(b.array()));
        for (long d : dims) t.addDims(d);
        return t.build();
    }

    private static ValueInfoProto value(String name, int type, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) shape.addDim(d < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam("d" + shape.getDimCount()) : TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape))).build();
    }
}
