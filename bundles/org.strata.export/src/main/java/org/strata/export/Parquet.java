package org.strata.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A Parquet file of JSON records with a fixed schema: strings, floats and longs, required or optional, a struct
 * of them, and lists of strings or of structs of strings. Written as the format specifies it (PLAIN values,
 * RLE levels, v1 data pages, uncompressed, one page per column per row group, Thrift compact footer), by hand,
 * because Apache Parquet's Java writer cannot run without Hadoop on the class path.
 */
final class Parquet implements AutoCloseable {
    enum Kind { STRING, FLOAT, INT64 }

    /** A column of the schema. */
    sealed interface Field permits Prim, Struct, ListOf {
        String name();
    }

    record Prim(String name, Kind kind, boolean optional) implements Field {}

    /** A required group of primitive fields. */
    record Struct(String name, List<Prim> fields) implements Field {}

    /** A required list of required strings or of required structs of required strings. */
    record ListOf(String name, Field element) implements Field {}

    private static final int ROWS_PER_GROUP = 16_384;
    private static final int REQUIRED = 0, OPTIONAL = 1, REPEATED = 2;

    /** One leaf column being filled: its levels and values of the current row group. */
    private static final class Leaf {
        final List<String> path;
        final Prim prim;
        final boolean repeated;
        final int maxDef;
        final IntList rep = new IntList(), def = new IntList();
        final ByteArrayOutputStream values = new ByteArrayOutputStream();
        final List<long[]> chunks = new ArrayList<>(); // per row group: offset, size, values

        Leaf(List<String> path, Prim prim, boolean repeated, int maxDef) {
            this.path = path;
            this.prim = prim;
            this.repeated = repeated;
            this.maxDef = maxDef;
        }
    }

    private final List<Field> schema;
    private final List<Leaf> leaves = new ArrayList<>();
    private final OutputStream out;
    private final MessageDigest digest = PackFile.sha256();
    private final List<long[]> groups = new ArrayList<>(); // rows, bytes
    private long position;
    private long rows;
    private int groupRows;
    private String sha256;

    Parquet(Path file, List<Field> schema) throws IOException {
        this.schema = schema;
        for (Field f : schema) leaves(f);
        out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16);
        write("PAR1".getBytes(StandardCharsets.US_ASCII));
    }

    private void leaves(Field f) {
        switch (f) {
            case Prim p -> leaves.add(new Leaf(List.of(p.name()), p, false, p.optional() ? 1 : 0));
            case Struct s -> {
                for (Prim p : s.fields()) leaves.add(new Leaf(List.of(s.name(), p.name()), p, false, p.optional() ? 1 : 0));
            }
            case ListOf l -> {
                if (l.element() instanceof Prim p) leaves.add(new Leaf(List.of(l.name(), "list", "element"), p, true, 1));
                else for (Prim p : ((Struct) l.element()).fields()) {
                    leaves.add(new Leaf(List.of(l.name(), "list", "element", p.name()), p, true, 1));
                }
            }
        }
    }

    /** Adds one record; a missing or null optional value is a null. */
    void write(JsonObject row) throws IOException {
        int i = 0;
        for (Field f : schema) {
            switch (f) {
                case Prim p -> value(leaves.get(i++), 0, row.get(p.name()));
                case Struct s -> {
                    JsonObject o = row.has(s.name()) && row.get(s.name()).isJsonObject() ? row.getAsJsonObject(s.name()) : new JsonObject();
                    for (Prim p : s.fields()) value(leaves.get(i++), 0, o.get(p.name()));
                }
                case ListOf l -> {
                    JsonArray a = row.has(l.name()) && row.get(l.name()).isJsonArray() ? row.getAsJsonArray(l.name()) : new JsonArray();
                    int width = l.element() instanceof Struct s ? s.fields().size() : 1;
                    for (int k = 0; k < width; k++) {
                        Leaf leaf = leaves.get(i + k);
                        if (a.isEmpty()) {
                            leaf.rep.add(0);
                            leaf.def.add(0);
                        }
                        for (int e = 0; e < a.size(); e++) {
                            JsonElement el = l.element() instanceof Struct s ? a.get(e).getAsJsonObject().get(s.fields().get(k).name()) : a.get(e);
                            leaf.rep.add(e == 0 ? 0 : 1);
                            leaf.def.add(1);
                            plain(leaf, el);
                        }
                    }
                    i += width;
                }
            }
        }
        rows++;
        if (++groupRows == ROWS_PER_GROUP) flushGroup();
    }

    private void value(Leaf leaf, int rep, JsonElement v) {
        if (leaf.prim.optional()) {
            boolean present = v != null && !v.isJsonNull();
            leaf.def.add(present ? 1 : 0);
            if (present) plain(leaf, v);
        } else {
            if (v == null || v.isJsonNull()) throw new IllegalArgumentException("no value for the required column " + leaf.path);
            leaf.def.add(0);
            plain(leaf, v);
        }
    }

    private static void plain(Leaf leaf, JsonElement v) {
        ByteArrayOutputStream b = leaf.values;
        switch (leaf.prim.kind()) {
            case STRING -> {
                byte[] s = v.getAsString().getBytes(StandardCharsets.UTF_8);
                le(b, s.length, 4);
                b.write(s, 0, s.length);
            }
            case FLOAT -> le(b, Float.floatToIntBits(v.getAsFloat()), 4);
            case INT64 -> le(b, v.getAsLong(), 8);
        }
    }

    private static void le(ByteArrayOutputStream b, long v, int bytes) {
        for (int i = 0; i < bytes; i++) b.write((int) (v >>> (8 * i)) & 0xff);
    }

    /** Writes the columns of the row group so far, one data page each. */
    private void flushGroup() throws IOException {
        if (groupRows == 0) return;
        long start = position;
        for (Leaf leaf : leaves) {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            if (leaf.repeated) levels(page, leaf.rep);
            if (leaf.maxDef > 0) levels(page, leaf.def);
            leaf.values.writeTo(page);
            int count = leaf.def.size();
            byte[] header = new Thrift().begin().i32(1, 0).i32(2, page.size()).i32(3, page.size())
                    .struct(5).i32(1, count).i32(2, 0).i32(3, 3).i32(4, 3).end().end().bytes();
            long offset = position;
            write(header);
            write(page.toByteArray());
            leaf.chunks.add(new long[] {offset, position - offset, count});
            leaf.rep.clear();
            leaf.def.clear();
            leaf.values.reset();
        }
        groups.add(new long[] {groupRows, position - start});
        groupRows = 0;
    }

    /** Levels of bit width 1 as RLE runs, with the 4-byte length that v1 pages put before them. */
    private static void levels(ByteArrayOutputStream page, IntList levels) {
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        int i = 0;
        while (i < levels.size()) {
            int v = levels.get(i), j = i;
            while (j < levels.size() && levels.get(j) == v) j++;
            long header = (long) (j - i) << 1;
            while ((header & ~0x7fL) != 0) {
                runs.write((int) (header & 0x7f) | 0x80);
                header >>>= 7;
            }
            runs.write((int) header);
            runs.write(v);
            i = j;
        }
        le(page, runs.size(), 4);
        page.writeBytes(runs.toByteArray());
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        position += b.length;
    }

    long rows() {
        return rows;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        if (sha256 != null) return;
        flushGroup();
        Thrift t = new Thrift().begin().i32(1, 1);
        List<Object[]> elements = new ArrayList<>();
        elements.add(new Object[] {"schema", -1, REQUIRED, schema.size(), -1, -1});
        for (Field f : schema) schemaElements(f, elements);
        t.list(2, Thrift.STRUCT, elements.size());
        for (Object[] e : elements) {
            t.begin();
            if ((int) e[1] >= 0) t.i32(1, (int) e[1]);
            if (e != elements.get(0)) t.i32(3, (int) e[2]);
            t.string(4, (String) e[0]);
            if ((int) e[3] >= 0) t.i32(5, (int) e[3]);
            if ((int) e[4] >= 0) t.i32(6, (int) e[4]);
            if ((int) e[5] >= 0) t.struct(10).struct((int) e[5]).end().end();
            t.end();
        }
        t.i64(3, rows);
        t.list(4, Thrift.STRUCT, groups.size());
        for (int g = 0; g < groups.size(); g++) {
            t.begin().list(1, Thrift.STRUCT, leaves.size());
            for (Leaf leaf : leaves) {
                long[] c = leaf.chunks.get(g);
                t.begin().i64(2, c[0]).struct(3).i32(1, physical(leaf.prim.kind()));
                t.list(2, Thrift.I32, 2).element(0).element(3);
                t.list(3, Thrift.BINARY, leaf.path.size());
                for (String p : leaf.path) t.element(p);
                t.i32(4, 0).i64(5, c[2]).i64(6, c[1]).i64(7, c[1]).i64(9, c[0]).end().end();
            }
            t.i64(2, groups.get(g)[1]).i64(3, groups.get(g)[0]).end();
        }
        t.string(6, "strata").end();
        byte[] footer = t.bytes();
        write(footer);
        ByteArrayOutputStream len = new ByteArrayOutputStream();
        le(len, footer.length, 4);
        write(len.toByteArray());
        write("PAR1".getBytes(StandardCharsets.US_ASCII));
        out.close();
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** Schema elements depth first: name, physical type, repetition, children, converted type, logical type field. */
    private static void schemaElements(Field f, List<Object[]> out) {
        switch (f) {
            case Prim p -> out.add(new Object[] {p.name(), physical(p.kind()), p.optional() ? OPTIONAL : REQUIRED, -1,
                    p.kind() == Kind.STRING ? 0 : -1, p.kind() == Kind.STRING ? 1 : -1});
            case Struct s -> {
                out.add(new Object[] {s.name(), -1, REQUIRED, s.fields().size(), -1, -1});
                for (Prim p : s.fields()) schemaElements(p, out);
            }
            case ListOf l -> {
                out.add(new Object[] {l.name(), -1, REQUIRED, 1, 3, 3});
                out.add(new Object[] {"list", -1, REPEATED, 1, -1, -1});
                if (l.element() instanceof Prim p) schemaElements(new Prim("element", p.kind(), false), out);
                else schemaElements(new Struct("element", ((Struct) l.element()).fields()), out);
            }
        }
    }

    private static int physical(Kind k) {
        return switch (k) {
            case STRING -> 6;
            case FLOAT -> 4;
            case INT64 -> 2;
        };
    }

    /** A growable list of small ints. */
    private static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }
    }
}
