package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.Extractor;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * Near duplicates found from the band keys made at ingestion are the ones found by reading and hashing every text,
 * on the same passages: the same clusters, the same first members, the same statuses.
 */
class NearDuplicatesTest {
    @TempDir Path tmp;

    private static final String BASE = "Elastic energy stored in the Achilles tendon during the braking phase of ground contact is "
            + "returned in the propulsive phase, which lowers the metabolic cost of running at a given speed by a "
            + "substantial margin compared with a purely muscular drive of the same stride";

    @Test
    void keysMadeAtIngestionFindWhatTheTextsFind() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            StringBuilder doc = new StringBuilder();
            doc.append(BASE).append(i % 2 == 0 ? " in trained runners." : " in trained athletes.").append("\n\n"); // near copies
            doc.append("Unique note ").append(i).append(": session ").append(i * 7).append(" covered hill sprints of ")
                    .append(20 + i).append(" seconds with full recovery between the repetitions and a cool-down jog.\n\n");
            Files.writeString(in.resolve("doc-" + i + ".txt"), doc);
        }
        Map<String, String> keyed, texts;
        NearDuplicates.Result a, b;
        List<Passage> passages = new ArrayList<>();
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("keyed"), "keyed");
                Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, 256, 2)) {
            ingestion.run(c, List.of(in), r -> { });
            c.store().forEach(false, passages::add);
            assertTrue(passages.stream().allMatch(p -> p.nearKeys() != null && p.nearKeys().length == 12), "keys made at ingestion");
            a = NearDuplicates.run(c, Ingestion.NEAR_SETTINGS);
            keyed = states(c);
        }
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("texts"), "texts")) {
            c.store().addAll(passages.stream().map(p -> p.withNearKeys(null)).toList()); // as a corpus from before the keys
            c.store().commit();
            b = NearDuplicates.run(c, Ingestion.NEAR_SETTINGS);
            texts = states(c);
        }
        assertEquals(b, a);
        assertEquals(texts, keyed);
        assertEquals(new NearDuplicates.Result(1, 1), a, "the runners and athletes versions (the rest are exact duplicates)");
        assertEquals(a.duplicates(), keyed.values().stream().filter(v -> v.startsWith(PassageStatus.DUPLICATE.name())).count());
    }

    private static Map<String, String> states(CorpusFolder c) throws Exception {
        Map<String, String> out = new TreeMap<>();
        c.store().forEachAttributes(p -> out.put(p.id(), p.status() + " " + p.cluster()));
        return out;
    }
}
