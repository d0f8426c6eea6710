package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.Extractor;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;

/** What ingestion stores for each passage: a token count that is the encoder's own, and the passage's language. */
class PassageTextTest {
    private static final String EN = "The stretch-shortening cycle lets a muscle-tendon unit store elastic energy while it is "
            + "lengthened and return it in the concentric phase that follows (Komi, 2000). Ground contacts shorter than 250 ms "
            + "depend on it; longer contacts dissipate most of the stored energy as heat.";
    private static final String DE = "Der Dehnungs-Verkürzungs-Zyklus erlaubt es der Muskel-Sehnen-Einheit, während der "
            + "exzentrischen Phase elastische Energie zu speichern und sie in der folgenden konzentrischen Phase wieder "
            + "abzugeben. Kurze Bodenkontakte unter 250 ms nutzen diesen Mechanismus besonders gut aus.";

    @TempDir Path tmp;

    @Test
    void tokenCountsAreTheEncodersAndMixedDocumentsGetLanguagesPerPassage() throws Exception {
        StringBuilder text = new StringBuilder("Reactive strength: notes in two languages\n\n");
        for (int i = 0; i < 12; i++) text.append(i % 2 == 0 ? EN : DE).append(" Trial ").append(i).append(".\n\n");
        text.append(("Very long unbroken run-on sentence about tendons, springs and ankles " + "without any stop ".repeat(20)).repeat(6));
        Path in = Files.createDirectories(tmp.resolve("in"));
        text.append("\n\n").append("{\"HIDMouseKeys\"=0,\"JitterNoClick\"=1,\"ActuateDetents\"=1,".repeat(300)); // data, no spaces
        Files.writeString(in.resolve("mixed.txt"), text);
        Files.writeString(in.resolve("english.txt"), (EN + "\n\n").repeat(3) + DE.substring(0, 120) + ".");
        WordPieceTokenizer tokenizer = DefaultEncoder.tokenizer();
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "languages");
                Ingestion ingestion = new Ingestion(new Extractor(), tokenizer::count, 128, 2)) {
            ingestion.run(c, List.of(in), r -> { });
            List<Passage> all = new ArrayList<>();
            c.store().forEach(false, all::add);
            assertTrue(all.size() > 14, all.size() + " passages");
            for (Passage p : all) {
                assertEquals(tokenizer.count(p.text()), p.tokens(), "counted once per piece, the sum is exact: " + p.text());
                assertTrue(p.tokens() <= 128, p.tokens() + " tokens");
            }
            long german = all.stream().filter(p -> p.source().endsWith("mixed.txt") && p.text().contains("Zyklus")).count();
            assertTrue(german >= 5, german + " German passages");
            for (Passage p : all) {
                if (!p.source().endsWith("mixed.txt")) assertEquals("en", p.language(), "one odd line does not split a document");
                else if (p.text().contains("Zyklus")) assertEquals("de", p.language(), p.text());
                else if (p.text().contains("Komi")) assertEquals("en", p.language(), p.text());
            }
            assertEquals("en", c.source(in.resolve("english.txt").toAbsolutePath().normalize().toString()).getLanguage());
        }
    }
}
