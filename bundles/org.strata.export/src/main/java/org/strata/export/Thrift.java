package org.strata.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Thrift's compact protocol, the writing half, as much as Parquet's footer and page headers need: structs,
 * i32, i64, binary, lists of i32, strings and structs.
 */
final class Thrift {
    static final int I32 = 5, I64 = 6, BINARY = 8, LIST = 9, STRUCT = 12;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastIds = new ArrayDeque<>();
    private int lastId;

    private void field(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) out.write(delta << 4 | type);
        else {
            out.write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    Thrift i32(int id, int v) {
        field(id, I32);
        varint(zigzag(v));
        return this;
    }

    Thrift i64(int id, long v) {
        field(id, I64);
        varint(zigzag(v));
        return this;
    }

    Thrift string(int id, String v) {
        field(id, BINARY);
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    /** Opens a struct field; fields follow, then {@link #end}. */
    Thrift struct(int id) {
        field(id, STRUCT);
        return begin();
    }

    /** Opens a struct in a list (no field header). */
    Thrift begin() {
        lastIds.push(lastId);
        lastId = 0;
        return this;
    }

    Thrift end() {
        out.write(0);
        lastId = lastIds.isEmpty() ? 0 : lastIds.pop();
        return this;
    }

    /** A list field's header: {@code size} elements of {@code type} follow. */
    Thrift list(int id, int type, int size) {
        field(id, LIST);
        if (size < 15) out.write(size << 4 | type);
        else {
            out.write(0xf0 | type);
            varint(size);
        }
        return this;
    }

    /** An i32 element of a list. */
    Thrift element(int v) {
        varint(zigzag(v));
        return this;
    }

    /** A string element of a list. */
    Thrift element(String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private void varint(long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }
}
