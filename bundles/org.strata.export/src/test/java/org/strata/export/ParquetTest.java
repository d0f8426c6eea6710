package org.strata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files read back by an independent reader (DuckDB): types, nulls, structs, lists, many row groups. */
class ParquetTest {
    @TempDir Path tmp;

    private static List<Parquet.Field> schema() {
        return List.of(new Parquet.Prim("id", Parquet.Kind.STRING, false), new Parquet.Prim("density", Parquet.Kind.FLOAT, true),
                new Parquet.Prim("tokens", Parquet.Kind.INT64, false),
                new Parquet.Struct("components", List.of(new Parquet.Prim("knowledge", Parquet.Kind.FLOAT, true),
                        new Parquet.Prim("legal_text", Parquet.Kind.FLOAT, true))),
                new Parquet.ListOf("concepts", new Parquet.Prim("element", Parquet.Kind.STRING, false)),
                new Parquet.ListOf("messages", new Parquet.Struct("element", List.of(new Parquet.Prim("role", Parquet.Kind.STRING, false),
                        new Parquet.Prim("content", Parquet.Kind.STRING, false)))));
    }

    @Test
    void duckDbReadsEveryValueBack() throws Exception {
        Path file = tmp.resolve("t.parquet");
        int n = 40_000; // more than two row groups
        try (Parquet p = new Parquet(file, schema())) {
            for (int i = 0; i < n; i++) {
                String concepts = i % 3 == 0 ? "[]" : i % 3 == 1 ? "[\"tendon\"]" : "[\"tendon\",\"Müller 😀\"]";
                String density = i % 5 == 0 ? "null" : String.valueOf(i / (float) n);
                p.write(JsonParser.parseString("{\"id\":\"p" + i + "\",\"density\":" + density + ",\"tokens\":" + (i * 1_000_000_007L)
                        + ",\"components\":{\"knowledge\":0.5,\"legal_text\":" + (i % 2 == 0 ? "null" : "1.0") + "},\"concepts\":" + concepts
                        + ",\"messages\":[{\"role\":\"user\",\"content\":\"q" + i + "\\nline\"},{\"role\":\"assistant\",\"content\":\"a\"}]}")
                        .getAsJsonObject());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            ResultSet count = s.executeQuery("SELECT count(*), count(density), sum(len(concepts)), sum(len(messages)) FROM read_parquet('" + file + "')");
            count.next();
            assertEquals(n, count.getLong(1));
            assertEquals(n - n / 5, count.getLong(2), "nulls kept");
            long lengths = 0;
            for (int i = 0; i < n; i++) lengths += i % 3;
            assertEquals(lengths, count.getLong(3), "list lengths");
            assertEquals(2L * n, count.getLong(4));
            ResultSet r = s.executeQuery("SELECT id, density, tokens, components.knowledge, components.legal_text, concepts, messages[1].content, "
                    + "messages[2].role FROM read_parquet('" + file + "') WHERE id = 'p29999'");
            r.next();
            assertEquals("p29999", r.getString(1));
            assertEquals(29999 / (float) n, r.getFloat(2), 0f);
            assertEquals(29999 * 1_000_000_007L, r.getLong(3));
            assertEquals(0.5f, r.getFloat(4), 0f);
            assertEquals(1.0f, r.getFloat(5), 0f);
            assertEquals("[tendon, Müller 😀]", r.getObject(6).toString());
            assertEquals("q29999\nline", r.getString(7));
            assertEquals("assistant", r.getString(8));
            List<String> types = new ArrayList<>();
            ResultSet d = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')");
            while (d.next()) types.add(d.getString(1) + " " + d.getString(2));
            assertEquals(List.of("id VARCHAR", "density FLOAT", "tokens BIGINT", "components STRUCT(knowledge FLOAT, legal_text FLOAT)",
                    "concepts VARCHAR[]", "messages STRUCT(\"role\" VARCHAR, \"content\" VARCHAR)[]"), types);
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws Exception {
        String[] sha = new String[2];
        for (int k = 0; k < 2; k++) {
            try (Parquet p = new Parquet(tmp.resolve("s" + k + ".parquet"), schema())) {
                JsonObject o = JsonParser.parseString("{\"id\":\"x\",\"density\":0.5,\"tokens\":3,\"components\":{},\"concepts\":[],\"messages\":[]}")
                        .getAsJsonObject();
                p.write(o);
                p.close();
                sha[k] = p.sha256();
            }
        }
        assertEquals(sha[0], sha[1]);
    }
}
