package org.strata.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonParser;

/**
 * Parquet beside JSON Lines, on request: each file of a stage read back and written again as Parquet with the
 * same records, in the same order, typed (strings, floats, longs, the components as a struct, lists).
 */
final class ParquetCopies {
    private ParquetCopies() {}

    static List<Parquet.Field> schema(String schema, List<String> componentKeys) {
        Parquet.Prim id = str("id");
        return switch (schema) {
            case "pretrain" -> List.of(id, str("text"), str("source"), str("layer"), new Parquet.Prim("density", Parquet.Kind.FLOAT, true));
            case "sft" -> List.of(new Parquet.ListOf("messages", new Parquet.Struct("element", List.of(str("role"), str("content")))));
            case "dpo" -> List.of(str("prompt"), str("chosen"), str("rejected"), str("rationale"));
            case "eval" -> List.of(id, str("kind"), str("prompt"), str("answer"), new Parquet.ListOf("passages", str("element")));
            case "memory" -> List.of(id, str("text"), str("source"), str("title"), str("layer"), new Parquet.ListOf("concepts", str("element")),
                    new Parquet.Prim("density", Parquet.Kind.FLOAT, true), str("language"), new Parquet.Prim("tokens", Parquet.Kind.INT64, false),
                    new Parquet.ListOf("embedding", new Parquet.Prim("element", Parquet.Kind.FLOAT, false)));
            case "attributes" -> {
                List<Parquet.Prim> comps = new ArrayList<>();
                for (String k : componentKeys) comps.add(new Parquet.Prim(k, Parquet.Kind.FLOAT, true));
                yield List.of(id, str("source"), str("layer"), str("placed"), new Parquet.Prim("confidence", Parquet.Kind.FLOAT, true), str("split"), new Parquet.Prim("density", Parquet.Kind.FLOAT, true),
                        new Parquet.Struct("components", comps), new Parquet.Prim("tokens", Parquet.Kind.INT64, false), str("language"),
                        str("status"), new Parquet.Prim("cluster", Parquet.Kind.INT64, false), new Parquet.ListOf("concepts", str("element")));
            }
            default -> throw new IllegalArgumentException("no Parquet schema for " + schema);
        };
    }

    private static Parquet.Prim str(String name) {
        return new Parquet.Prim(name, Parquet.Kind.STRING, false);
    }

    /** Whether a schema has a Parquet copy (OpenAI's preference records are for its API, which takes JSON Lines only). */
    static boolean copied(String schema) {
        return !schema.equals("dpo_openai");
    }

    /** Writes {@code f}'s records again as Parquet beside it; returns the new file's manifest entry. */
    static PackManifest.FileEntry copy(Path dir, PackManifest.FileEntry f, List<String> componentKeys) throws IOException {
        String path = f.path().replace(".jsonl", ".parquet");
        try (Parquet p = new Parquet(dir.resolve(path), schema(f.schema(), componentKeys));
                BufferedReader in = Files.newBufferedReader(dir.resolve(f.path()), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) p.write(JsonParser.parseString(line).getAsJsonObject());
            p.close();
            return new PackManifest.FileEntry(path, f.schema(), p.rows(), f.tokens(), p.sha256());
        }
    }
}
