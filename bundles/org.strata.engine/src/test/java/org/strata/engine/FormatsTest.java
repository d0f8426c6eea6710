package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.corpus.Source;
import org.strata.store.Passage;

/**
 * One real file of each format of issue 4, as office suites and mail programs write them (made with LibreOffice 7.4
 * from the same notes, or written as a mail client stores them): each is ingested with its text, title and author.
 */
class FormatsTest {
    @TempDir Path tmp;

    private static final String[] FILES = {"plyometrics.doc", "plyometrics.docx", "plyometrics.odt", "plyometrics.rtf",
        "plyometrics.epub", "loads.xlsx", "sprint.pptx", "hamstrings.eml", "season-list.mbox", "warm-up.md"};

    @Test
    void everyFormatGivesItsTextAndMetadata() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : FILES) {
            try (InputStream s = getClass().getResourceAsStream("/formats/" + f)) {
                Files.copy(s, in.resolve(f));
            }
        }
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "formats");
                Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 256)) {
            IngestReport report = ingestion.run(c, List.of(in), r -> { });
            report.files().forEach(r -> System.out.println("[formats] " + r.line()));
            Map<String, Source> src = new HashMap<>();
            for (String f : FILES) src.put(f, c.source(in.resolve(f).toAbsolutePath().normalize().toString()));
            for (FileResult r : report.files()) {
                assertEquals(Outcome.OK, r.outcome(), r.line());
                assertTrue(r.passages() + r.duplicates() >= 1, r.line());
            }
            List<Passage> all = new ArrayList<>();
            c.store().forEach(false, all::add);
            Map<String, String> textOf = new HashMap<>();
            for (Passage p : all) textOf.merge(Path.of(p.source()).getFileName().toString(), p.text(), (a, b) -> a + "\n" + b);

            // the Word, ODF, RTF and EPUB copies of one document hold the same text: stored once, the rest exact duplicates
            String notes = textOf.get("plyometrics.doc");
            assertTrue(notes.contains("The reactive strength index, jump height divided by contact time"), notes);
            assertTrue(all.stream().anyMatch(p -> p.text().matches("(?s)Plyometric Training Notes\\s+Plyometric exercises use.*")),
                    "a heading stays with its section: " + notes);
            for (String copy : new String[] {"plyometrics.docx", "plyometrics.odt", "plyometrics.rtf", "plyometrics.epub"}) {
                FileResult r = report.files().stream().filter(x -> x.path().endsWith(copy)).findFirst().orElseThrow();
                assertEquals(3, r.passages() + r.duplicates(), r.line());
                assertEquals("Plyometric Training Notes", src.get(copy).getTitle(), copy);
                assertEquals("Dana Whitfield", src.get(copy).getAuthor(), copy);
            }
            assertTrue(textOf.get("loads.xlsx").contains("Hip thrusts load the gluteus maximus near full hip extension"));
            assertEquals("Training loads", src.get("loads.xlsx").getTitle());
            assertTrue(!textOf.get("loads.xlsx").contains("&P"), "no page header codes: " + textOf.get("loads.xlsx"));
            assertTrue(textOf.get("sprint.pptx").contains("Running speed is the product of stride length and stride frequency"));
            assertEquals("Maximal velocity sprinting", src.get("sprint.pptx").getTitle());
            assertTrue(textOf.get("hamstrings.eml").contains("The Nordic hamstring curl loads the knee flexors eccentrically"));
            assertEquals("Hamstring strain prevention: Nordic curls", src.get("hamstrings.eml").getTitle());
            assertTrue(src.get("hamstrings.eml").getAuthor().contains("Maya Okafor"));
            String list = textOf.get("season-list.mbox");
            assertTrue(list.contains("higher horizontal impulse") && list.contains("acts as a brake"), "both messages: " + list);
            String md = textOf.get("warm-up.md");
            assertTrue(md.matches("(?s).*Warm-up protocol\\s+A structured warm-up raises muscle temperature by about two degrees.*"), md);
            assertTrue(md.contains("See the RAMP model for the reasoning") && !md.contains("https://") && !md.contains("**")
                    && !md.contains("title:"), md);
            assertEquals("Warm-up protocol", src.get("warm-up.md").getTitle());
            assertEquals("Priya Natarajan", src.get("warm-up.md").getAuthor());
            for (String f : FILES) assertEquals("en", src.get(f).getLanguage(), f);
        }
    }
}
