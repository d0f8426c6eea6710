package org.strata.ingest.isolated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.ExtractException;

/** Real worker processes: a file that takes too long or needs too much memory costs only itself. */
class IsolatedExtractorTest {
    @TempDir Path dir;

    private Path html(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "<html><head><title>ok</title></head><body><p>Leg stiffness returns energy.</p></body></html>");
    }

    private Path bigText(String name, int megabytes) throws Exception {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            String line = "Ground contact time is the interval during which the foot touches the track in a sprint.\n";
            for (long n = 0; n < megabytes * 1_048_576L; n += line.length()) w.write(line);
        }
        return f;
    }

    @Test
    void aUtf8TextFileIsReadHereWithoutAWorker() throws Exception {
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "Время контакта с опорой у спринтеров составляет менее девяти сотых секунды.\n");
        // workers that cannot start: a text file does not need one, a web page does
        try (IsolatedExtractor x = new IsolatedExtractor(IsolatedExtractor.Limits.DEFAULT, 1, dir.resolve("no-such.jar").toString())) {
            assertEquals("Время контакта с опорой у спринтеров составляет менее девяти сотых секунды.\n", x.extract(txt).text());
            assertThrows(ExtractException.class, () -> x.extract(html("page.html")));
        }
    }

    @Test
    void aParseThatTakesTooLongIsStoppedAndTheNextFileStillParses() throws Exception {
        Path slow = bigText("slow.log", 40);
        try (IsolatedExtractor x = new IsolatedExtractor(new IsolatedExtractor.Limits(Duration.ofMillis(400), 512, 100_000_000), 1)) {
            assertEquals("ok", x.extract(html("warm-up.html")).title()); // the worker has started
            ExtractException e = assertThrows(ExtractException.class, () -> x.extract(slow));
            assertEquals("timed out after 400 ms (the parser was stopped)", e.getMessage());
            assertTrue(x.extract(html("after.html")).text().contains("Leg stiffness"), "a fresh worker takes the next file");
        }
    }

    @Test
    void aParseThatNeedsTooMuchMemoryFailsAloneWithTheLimitNamed() throws Exception {
        Path big = bigText("big.log", 60);
        try (IsolatedExtractor x = new IsolatedExtractor(new IsolatedExtractor.Limits(Duration.ofSeconds(60), 96, 200_000_000), 1)) {
            ExtractException e = assertThrows(ExtractException.class, () -> x.extract(big));
            assertEquals("the parser ran out of memory (limit 96 MB)", e.getMessage());
            assertEquals("ok", x.extract(html("after.html")).title());
        }
    }

    @Test
    void hostileFilesFailWithReasonsAndNeverStopTheWorker() throws Exception {
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(10_000) + "deep text here" + "</div>".repeat(10_000) + "</body></html>");
        byte[] noise = new byte[200_000];
        new SplittableRandom(3).nextBytes(noise);
        Path random = Files.write(dir.resolve("noise.bin"), noise);
        Path truncated = Files.writeString(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog");
        try (IsolatedExtractor x = new IsolatedExtractor(IsolatedExtractor.Limits.DEFAULT, 2)) {
            for (Path f : new Path[] {deep, random, truncated, dir.resolve("missing.txt")}) {
                try {
                    x.extract(f);
                } catch (ExtractException e) {
                    assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), f + ": " + e.getMessage());
                }
            }
            assertEquals("ok", x.extract(html("after.html")).title());
        }
    }
}
