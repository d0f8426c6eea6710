package org.strata.modeltools;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import ai.onnx.proto.OnnxMl.TensorProto;

import com.google.protobuf.ByteString;

/** Float tensors of an ONNX graph turned into fp16. */
final class Tensors {
    private Tensors() {}

    /** The tensor's values in fp16, clamped to fp16's finite range, as raw little-endian data. */
    static void toHalf(TensorProto.Builder t) {
        float[] v = floats(t);
        ByteBuffer raw = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) raw.putShort(Float.floatToFloat16(clamp(f)));
        t.clearFloatData().setDataType(HalfPrecision.FLOAT16).setRawData(ByteString.copyFrom(raw.array()));
    }

    static float clamp(float f) {
        return Float.isNaN(f) ? f : Math.max(-HalfPrecision.MAX, Math.min(HalfPrecision.MAX, f));
    }

    /** A float tensor's values, from its raw data or its float_data. */
    static float[] floats(TensorProto.Builder t) {
        if (t.getDataType() != HalfPrecision.FLOAT) throw new IllegalArgumentException(t.getName() + " is not a float tensor");
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new IllegalArgumentException(t.getName() + ": weights in an external file are not read; save the model as one file");
        }
        if (!t.getRawData().isEmpty()) {
            ByteBuffer b = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            float[] v = new float[b.remaining() / 4];
            b.asFloatBuffer().get(v);
            return v;
        }
        float[] v = new float[t.getFloatDataCount()];
        for (int i = 0; i < v.length; i++) v[i] = t.getFloatData(i);
        return v;
    }
}
