package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that stall or exhaust a parser cost their own row in Spark tasks, as in the CLI: the tasks parse through
 * forked workers with the run's time and heap limits, and the job finishes with every other file parsed.
 */
class SparkBadInputTest extends LocalSparkTest {
    @TempDir Path tmp;

    @AfterEach
    void defaultLimits() {
        spark.conf().unset("spark.strata.parse.timeout");
        spark.conf().unset("spark.strata.parse.heap");
    }

    /** A folder with a plain text of {@code megabytes} (20 million characters are parsed at most) and two small files. */
    private Path inputs(int megabytes) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("huge.log"))) {
            String line = "Ground contact time is the interval during which the foot touches the track in a sprint.\n";
            for (long n = 0; n < megabytes * 1_048_576L; n += line.length()) w.write(line);
        }
        Files.writeString(in.resolve("small.txt"), TestFiles.TEXTS[0] + "\n\n" + TestFiles.TEXTS[1]);
        Files.writeString(in.resolve("page.html"), "<html><head><title>t</title></head><body><p>" + TestFiles.TEXTS[2] + "</p></body></html>");
        return in;
    }

    private Map<String, String> problems(Path out) {
        Map<String, String> byFile = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            byFile.put(Path.of(r.<String>getAs("source")).getFileName().toString(), r.getAs("kind") + ": " + r.getAs("reason"));
        }
        return byFile;
    }

    private long passagesOf(Path out, String file) {
        return spark.read().parquet(out.resolve("passages").toString()).collectAsList().stream()
                .filter(r -> r.<String>getAs("source").endsWith("/" + file)).count();
    }

    @Test
    void aParseOverTheTimeLimitIsAProblemRowAndTheJobGoesOn() throws Exception {
        Path in = inputs(40);
        spark.conf().set("spark.strata.parse.timeout", "50ms");
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 1);
        assertEquals("failed: timed out after 50 ms (the parser was stopped)", problems(tmp.resolve("out")).get("huge.log"));
        assertEquals(3, s.documents());
        assertTrue(s.failed() >= 1, s.line());
    }

    @Test
    void aParseOverTheHeapLimitIsAProblemRowAndTheOtherFilesParse() throws Exception {
        Path in = inputs(60);
        spark.conf().set("spark.strata.parse.heap", "64m");
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 1);
        assertEquals("failed: the parser ran out of memory (limit 64 MB)", problems(tmp.resolve("out")).get("huge.log"));
        assertEquals(1, s.failed(), s.line());
        assertEquals(1, passagesOf(tmp.resolve("out"), "small.txt")); // its two sentences are one passage
        assertEquals(1, passagesOf(tmp.resolve("out"), "page.html"));
    }

    @Test
    void aFolderOfAHundredThousandEmptyFilesGivesARowForEach() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("empties"));
        for (int i = 0; i < 100_000; i++) Files.createFile(in.resolve("e" + i + ".txt"));
        Files.writeString(in.resolve("one.txt"), TestFiles.TEXTS[3]);
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 0);
        assertEquals(100_001, s.documents());
        assertEquals(100_000, s.skipped(), s.line());
        assertEquals("skipped: empty file", problems(tmp.resolve("out")).get("e1234.txt"));
        assertEquals(1, s.passages());
    }

    @Test
    void aZipBombAndAHugeSparseFileAreProblemRowsAndTheJobGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("hostile"));
        // a zip bomb: 400 MB of zeros compressed to well under a megabyte, inside another zip
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(inner)) {
            z.putNextEntry(new java.util.zip.ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) z.write(zeros);
        }
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(in.resolve("bomb.zip")))) {
            z.putNextEntry(new java.util.zip.ZipEntry("inner.zip"));
            z.write(inner.toByteArray());
        }
        // a 2 GB file of nothing (sparse: it takes no disk here)
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(in.resolve("huge.bin"), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            c.write(java.nio.ByteBuffer.wrap(new byte[] {0}), (2L << 30) - 1);
        }
        Files.writeString(in.resolve("fine.txt"), TestFiles.TEXTS[4]);
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 0);
        Map<String, String> p = problems(tmp.resolve("out"));
        assertTrue(p.get("bomb.zip").startsWith("failed: ") && p.get("bomb.zip").contains("archive bomb"), p.toString());
        assertTrue(p.keySet().stream().noneMatch(k -> k.contains("zeros")), "nothing of a bomb is kept: " + p);
        assertTrue(p.get("huge.bin").startsWith("skipped: no text found"), p.toString());
        assertEquals(1, passagesOf(tmp.resolve("out"), "fine.txt"));
        assertEquals(3, s.documents());
    }

    @Test
    void limitsThatMakeNoSenseAreRefused() {
        spark.conf().set("spark.strata.parse.heap", "8m");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkIngest.run(spark, List.of(tmp), tmp.resolve("out"), 1));
        assertTrue(e.getMessage().contains("spark.strata.parse.heap"), e.getMessage());
    }
}
