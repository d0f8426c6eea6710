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
    void embeddedDocumentsNestedTooDeepAreRefused() throws Exception {
        byte[] doc = "Tendon stiffness rises with heavy slow resistance training.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String name = "notes.txt";
        for (int level = 0; level < 8; level++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(doc);
                z.closeEntry();
                if (level == 7) {
                    z.putNextEntry(new java.util.zip.ZipEntry("shallow.txt"));
                    z.write("Shallow notes on sprint drills.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            doc = b.toByteArray();
            name = "level" + level + ".zip";
        }
        Path f = Files.write(dir.resolve("deep.zip"), doc);
        Extracted e = extractor.extract(f);
        assertEquals("embedded documents nested deeper than 5 levels were left out", e.note());
        assertTrue(e.text().contains("Shallow notes") && !e.text().contains("Tendon"), "what lies within the limit is kept");
    }

    @Test
    void htmlPageFurnitureIsDropped() throws Exception {
        Path f = dir.resolve("article.html");
        Files.writeString(f, """
                <html><head><title>Tapering</title><style>body { color: red }</style><script>track()</script></head><body>
                <header><a href="/">Home</a> <a href="/shop">Shop</a> Sign in</header>
                <nav><ul><li><a href="/a">Training</a></li><li><a href="/b">Nutrition</a></li><li>Subscribe</li></ul></nav>
                <main><article><h1>How to taper</h1>
                <p>Reduce training volume by forty to sixty percent over the final two weeks while keeping intensity high.</p>
                </article></main>
                <aside>Related: ten tips for a faster 5k</aside>
                <form><input name="email"><button>Join our newsletter</button></form>
                <footer>Cookie settings | Privacy | Terms of use | (c) 2026 Running Mag</footer>
                <div class="cookie-consent-banner"><p>We use cookies to improve your experience. <b>Accept all</b></p></div>
                <div id="share_buttons"><span>Tweet this</span> <span>Pin it</span></div>
                <div role="navigation"><p>Previous article | Next article</p></div>
                <div class="post-body"><p>Keep two short race-pace sessions in the final week.</p></div>
                </body></html>""");
        String text = extractor.extract(f).text();
        assertTrue(text.contains("Reduce training volume by forty to sixty percent"), text);
        assertTrue(text.contains("How to taper"), text);
        assertTrue(text.contains("Keep two short race-pace sessions"), "a div that is not furniture stays: " + text);
        for (String junk : new String[] {"Home", "Nutrition", "Subscribe", "ten tips", "newsletter", "Cookie settings", "track()", "color",
                "We use cookies", "Tweet this", "Previous article"}) {
            assertTrue(!text.contains(junk), "'" + junk + "' should be gone: " + text);
        }
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
    void theLicenseADocumentDeclaresIsKept() throws Exception {
        Path f = dir.resolve("licensed.html");
        Files.writeString(f, "<html><head><title>Open notes</title><meta name=\"dc.rights\" content=\"CC BY 4.0\">"
                + "</head><body><p>Leg stiffness returns energy.</p></body></html>");
        assertEquals("CC BY 4.0", extractor.extract(f).license());
        try (IsolatedFixture x = new IsolatedFixture()) {
            assertEquals("CC BY 4.0", x.extractor.extract(f).license(), "the license crosses the worker protocol too");
        }
    }

    /** A one-worker isolated extractor for the protocol checks. */
    private static final class IsolatedFixture implements AutoCloseable {
        final org.strata.ingest.isolated.IsolatedExtractor extractor = new org.strata.ingest.isolated.IsolatedExtractor(
                org.strata.ingest.isolated.IsolatedExtractor.Limits.DEFAULT, 1);

        @Override
        public void close() {
            extractor.close();
        }
    }

    @Test
    void textBeyondTheLimitIsCutAndSaidToBe() throws Exception {
        Path f = Files.writeString(dir.resolve("long.txt"), "Leg stiffness returns energy. ".repeat(500));
        Extracted cut = new Extractor(1000).extract(f);
        assertTrue(cut.note().contains("size limit") && cut.text().length() <= 1000, cut.text().length() + " chars");
        assertEquals("", extractor.extract(f).note());
    }

    @Test
    void aMissingFileIsSaidSo() {
        ExtractException e = assertThrows(ExtractException.class, () -> extractor.extract(dir.resolve("gone.txt")));
        assertEquals("no such file", e.getMessage());
    }
}
