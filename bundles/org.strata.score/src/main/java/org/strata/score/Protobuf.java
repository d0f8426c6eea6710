package org.strata.score;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The few pieces of the protocol buffers wire format that writing an ONNX model takes. */
final class Protobuf {
    /** ONNX's element type code for float. */
    static final int FLOAT = 1;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An ONNX TensorProto of floats: dims, data type, name, and the values as little-endian raw data. */
    static Protobuf floatTensor(String name, float[] data, long... dims) {
        byte[] raw = new byte[data.length * 4];
        for (int i = 0; i < data.length; i++) {
            int bits = Float.floatToRawIntBits(data[i]);
            for (int k = 0; k < 4; k++) raw[4 * i + k] = (byte) (bits >>> (8 * k));
        }
        return new Protobuf().longs(1, dims).varint(2, FLOAT).string(8, name).bytes(9, raw);
    }

    /** An ONNX TensorProto of int64s (element type 7), the values as little-endian raw data. */
    static Protobuf longTensor(String name, long[] data, long... dims) {
        byte[] raw = new byte[data.length * 8];
        for (int i = 0; i < data.length; i++) for (int k = 0; k < 8; k++) raw[8 * i + k] = (byte) (data[i] >>> (8 * k));
        return new Protobuf().longs(1, dims).varint(2, 7).string(8, name).bytes(9, raw);
    }

    Protobuf varint(int field, long value) {
        tag(field, 0);
        raw(value);
        return this;
    }

    Protobuf string(int field, String s) {
        return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Protobuf message(int field, Protobuf m) {
        return bytes(field, m.out.toByteArray());
    }

    Protobuf bytes(int field, byte[] b) {
        tag(field, 2);
        raw(b.length);
        out.writeBytes(b);
        return this;
    }

    /** A packed repeated int64 field. */
    Protobuf longs(int field, long... v) {
        Protobuf p = new Protobuf();
        for (long x : v) p.raw(x);
        return bytes(field, p.out.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int field, int wire) {
        raw(((long) field << 3) | wire);
    }

    private void raw(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
