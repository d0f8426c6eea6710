package org.strata.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
    @TempDir Path dir;
    private final Extractor extractor = new Extractor();

    @Test
    void htmlGivesTextTitleAndType() throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><head><title>Leg stiffness</title></head><body><p>A stiffer leg returns energy.</p></body></html>");
        Extracted e = extractor.extract(f);
        assertEquals("text/html", e.mediaType());
        assertEquals("Leg stiffness", e.title());
        assertTrue(e.text().contains("A stiffer leg returns energy."), e.text());
    }

    @Test
    void aCorruptPdfFailsWithAReasonNotAStackTrace() throws Exception {
        Path f = dir.resolve("broken.pdf");
        Files.writeString(f, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage");
        ExtractException e = assertThrows(ExtractException.class, () -> extractor.extract(f));
        assertTrue(e.getMessage().startsWith("cannot parse application/pdf"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("@"), e.getMessage());
    }

    @Test
    void aMissingFileIsSaidSo() {
        ExtractException e = assertThrows(ExtractException.class, () -> extractor.extract(dir.resolve("gone.txt")));
        assertEquals("no such file", e.getMessage());
    }
}
