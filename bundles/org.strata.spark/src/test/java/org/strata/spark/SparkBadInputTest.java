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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that stall or exhaust a parser cost their own row in Spark tasks, as in the CLI: the tasks parse through
 * forked workers with the run's time and heap limits, and the job finishes with every other file parsed.
 */
class SparkBadInputTest {
    static SparkSession spark;
    @TempDir Path tmp;

    @BeforeAll
    static void start() {
        spark = StrataSpark.session("local[2]", "test");
    }

    @AfterAll
    static void stop() throws Exception {
        spark.close();
    }

    @AfterEach
    void defaultLimits() {
        spark.conf().unset("spark.strata.parse.timeout");
        spark.conf().unset("spark.strata.parse.heap");
    }

    /** A folder with a plain text of {@code megabytes} (20 million characters are parsed at most) and two small files. */
    private Path inputs(int megabytes) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("huge.txt"))) {
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
        assertEquals("failed: timed out after 50 ms (the parser was stopped)", problems(tmp.resolve("out")).get("huge.txt"));
        assertEquals(3, s.documents());
        assertTrue(s.failed() >= 1, s.line());
    }

    @Test
    void aParseOverTheHeapLimitIsAProblemRowAndTheOtherFilesParse() throws Exception {
        Path in = inputs(60);
        spark.conf().set("spark.strata.parse.heap", "64m");
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 1);
        assertEquals("failed: the parser ran out of memory (limit 64 MB)", problems(tmp.resolve("out")).get("huge.txt"));
        assertEquals(1, s.failed(), s.line());
        assertEquals(1, passagesOf(tmp.resolve("out"), "small.txt")); // its two sentences are one passage
        assertEquals(1, passagesOf(tmp.resolve("out"), "page.html"));
    }

    @Test
    void aFolderOfThousandsOfEmptyFilesGivesARowForEach() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("empties"));
        for (int i = 0; i < 3000; i++) Files.createFile(in.resolve("e" + i + ".txt"));
        Files.writeString(in.resolve("one.txt"), TestFiles.TEXTS[3]);
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(in), tmp.resolve("out"), 0);
        assertEquals(3001, s.documents());
        assertEquals(3000, s.skipped(), s.line());
        assertEquals("skipped: empty file", problems(tmp.resolve("out")).get("e1234.txt"));
        assertEquals(1, s.passages());
    }

    @Test
    void limitsThatMakeNoSenseAreRefused() {
        spark.conf().set("spark.strata.parse.heap", "8m");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkIngest.run(spark, List.of(tmp), tmp.resolve("out"), 1));
        assertTrue(e.getMessage().contains("spark.strata.parse.heap"), e.getMessage());
    }
}
