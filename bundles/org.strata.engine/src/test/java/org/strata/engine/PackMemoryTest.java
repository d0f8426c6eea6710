package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackVerifier;
import org.strata.export.PackWriter;
import org.strata.score.Encoder;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;

/**
 * The retrieval memory beside the adapters: each stage's passages with the embeddings the corpus's encoder made,
 * in JSON Lines and Parquet, loaded as they are by DuckDB and searched there by a query encoded with the same model;
 * the card and manifest name the encoder; a passage never encoded is counted, not written with an empty vector.
 */
class PackMemoryTest {
    @TempDir Path tmp;

    private static List<JsonObject> lines(Path f) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(JsonParser.parseString(l).getAsJsonObject());
        return out;
    }

    @Test
    void eachStageHasAMemoryARagStackLoadsAndSearchesAsItIs() throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), tok);
        // the fixture's passages encoded by the shipped encoder, as scoring does; one document left unencoded
        String russian = "Жёсткость сухожилия определяет, сколько упругой энергии возвращается при отталкивании.";
        try (CorpusFolder c = CorpusFolder.open(dir); Encoder encoder = DefaultEncoder.open()) {
            List<Passage> all = new ArrayList<>();
            c.store().forEach(false, all::add);
            all.add(Passage.ingested("ru01", "/docs/ru.txt", 0, 0, russian.length(), russian, tok.count(russian), "ru").withLayer("concepts"));
            List<Passage> encoded = new ArrayList<>();
            List<Passage> toEncode = all.stream().filter(p -> !p.source().endsWith("vo2.md")).toList();
            float[][] e = encoder.embed(toEncode.stream().map(Passage::text).toList());
            for (int i = 0; i < e.length; i++) {
                Passage p = toEncode.get(i);
                encoded.add(p.withScore(Float.isNaN(p.density()) ? 0.7f : p.density(), p.components(), e[i]));
            }
            c.store().update(encoded);
            c.store().commit();
        }
        Path pack = tmp.resolve("pack");
        PackManifest m;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            m = PackExport.run(c, ExportRequest.defaults().withParquet(true).withMemory(true), pack, false, "strata test", PackWriter.Watch.NONE);
        }
        assertEquals(List.of(), PackVerifier.verify(pack, tok::count), "the memory files verify with the rest");

        PackManifest.MemoryEntry memory = m.memory();
        assertEquals("all-minilm-l6-v2", memory.encoder());
        assertEquals(PackExport.MINILM_HUB, memory.hub());
        assertEquals(384, memory.dimensions());
        long inStages = m.stages().stream().mapToLong(PackManifest.StageEntry::passages).sum();
        assertTrue(memory.withoutEmbedding() > 0, "vo2.md was never encoded: " + memory);
        assertEquals(inStages, memory.passages() + memory.withoutEmbedding());

        // every memory record: the stage's passage, its stored embedding, unit length; none from the unencoded document
        long records = 0;
        for (PackManifest.StageEntry s : m.stages()) {
            List<JsonObject> rows = lines(pack.resolve(s.folder()).resolve("memory.jsonl"));
            records += rows.size();
            for (JsonObject o : rows) {
                assertEquals(s.layer(), o.get("layer").getAsString());
                assertTrue(!o.get("source").getAsString().endsWith("vo2.md"));
                JsonArray v = o.getAsJsonArray("embedding");
                assertEquals(384, v.size());
                double norm = 0;
                for (var x : v) norm += x.getAsDouble() * x.getAsDouble();
                assertEquals(1.0, norm, 1e-3, "L2-normalized");
            }
        }
        assertEquals(memory.passages(), records);
        JsonObject ru = lines(pack.resolve(m.stages().get(0).folder()).resolve("memory.jsonl")).stream()
                .filter(o -> o.get("id").getAsString().equals("ru01")).findFirst().orElseThrow();
        assertEquals(russian, ru.get("text").getAsString());
        assertEquals("ru", ru.get("language").getAsString());

        // loaded as it is by DuckDB from Parquet, and searched by a query the same model encodes: the Russian passage first
        float[] query;
        try (Encoder encoder = DefaultEncoder.open()) {
            query = encoder.embed(List.of("упругая энергия сухожилия при отталкивании"))[0];
        }
        StringBuilder literal = new StringBuilder("[");
        for (int i = 0; i < query.length; i++) literal.append(i == 0 ? "" : ",").append(query[i]);
        literal.append("]::FLOAT[]");
        Path parquet = pack.resolve(m.stages().get(0).folder()).resolve("memory.parquet");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement q = db.createStatement()) {
            java.sql.ResultSet r = q.executeQuery("SELECT id, title, len(embedding) AS dims FROM read_parquet('" + parquet
                    + "') ORDER BY list_inner_product(embedding, " + literal + ") DESC LIMIT 1");
            r.next();
            assertEquals("ru01", r.getString("id"));
            assertEquals(384, r.getInt("dims"));
        }
        String card = Files.readString(pack.resolve("README.md"));
        assertTrue(card.contains("## Memory beside the adapters") && card.contains("sentence-transformers/all-MiniLM-L6-v2")
                && card.contains("384 dimensions, mean pooling, L2-normalized"), card);
        assertTrue(card.contains("config_name: " + m.stages().get(0).folder() + "_memory"), "a Hugging Face config per stage's memory");
        assertTrue(Files.readString(pack.resolve("trainers/llamafactory/run.sh")).lines().noneMatch(l -> l.contains("memory")),
                "no trainer trains on the memory");
    }

    @Test
    void aPackWithoutMemoryHasNone() throws Exception {
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), DefaultEncoder.tokenizer());
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            PackManifest m = PackExport.run(c, ExportRequest.defaults(), tmp.resolve("pack"), false, "strata test", PackWriter.Watch.NONE);
            assertNull(m.memory());
            assertTrue(m.stages().stream().allMatch(s -> s.files().stream().noneMatch(f -> f.path().endsWith("memory.jsonl"))));
            assertTrue(!Files.readString(tmp.resolve("pack/README.md")).contains("Memory beside"));
        }
    }
}
