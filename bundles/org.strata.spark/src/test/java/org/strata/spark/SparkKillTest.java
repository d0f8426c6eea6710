package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job killed half way (the JVM killed outright, as a lost driver is) and run again gives what a clean run gives:
 * the output it left is known as unfinished, refused, and replaced when asked.
 */
class SparkKillTest {
    @TempDir Path tmp;

    private Process job(Path in, Path out, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Xmx1g"));
        for (String opt : System.getProperty("strata.spark.opens").trim().split("\\s+")) cmd.add(opt);
        cmd.addAll(List.of("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory", "-cp",
                System.getProperty("java.class.path"), StrataSpark.class.getName(), "ingest", "--in", in.toString(), "--out", out.toString(),
                "--master", "local[2]"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("job-" + out.getFileName() + ".log").toFile()).start();
    }

    private static TreeSet<String> rows(SparkSession spark, Path dir) {
        TreeSet<String> all = new TreeSet<>();
        for (Row r : spark.read().parquet(dir.toString()).collectAsList()) all.add(r.toString());
        return all;
    }

    @Test
    void aKilledRunRunAgainGivesWhatACleanRunGives() throws Exception {
        Path in = TestFiles.make(tmp);
        for (int i = 0; i < 300; i++) { // enough work that the kill comes before the end
            Files.writeString(in.resolve("more-" + i + ".txt"), TestFiles.TEXTS[i % TestFiles.TEXTS.length] + " Seen in file " + i + ", with its own words "
                    + Integer.toString(i * 7919, 36) + ".\n\n" + TestFiles.TEXTS[(i + 2) % TestFiles.TEXTS.length]);
        }
        Path killed = tmp.resolve("killed"), clean = tmp.resolve("clean");
        Process p = job(in, killed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // killed once the run has marked its output as its own (before that, an empty folder at most: nothing to refuse)
        while (!Files.exists(killed.resolve(Locations.STARTED)) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(p.isAlive(), "the job is still running when its output appears: " + Files.readString(tmp.resolve("job-killed.log")));
        p.destroyForcibly().waitFor();
        assertFalse(Files.exists(killed.resolve("summary.txt")), "killed before the end");

        Process again = job(in, killed);
        assertEquals(1, again.waitFor());
        assertTrue(Files.readString(tmp.resolve("job-killed.log")).contains("holds a run that did not finish"), "refused without --restart");
        assertEquals(0, job(in, killed, "--restart").waitFor(), Files.readString(tmp.resolve("job-killed.log")));
        assertEquals(0, job(in, clean).waitFor(), Files.readString(tmp.resolve("job-clean.log")));

        // an empty folder (what a run killed before its mark leaves) is simply used
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, job(in, empty).waitFor(), Files.readString(tmp.resolve("job-empty.log")));

        try (SparkSession spark = StrataSpark.session("local[2]", "test")) {
            assertEquals(rows(spark, clean.resolve("passages")), rows(spark, empty.resolve("passages")));
            assertEquals(rows(spark, clean.resolve("passages")), rows(spark, killed.resolve("passages")));
            assertEquals(rows(spark, clean.resolve("problems")), rows(spark, killed.resolve("problems")));
        }
        assertEquals(Files.readString(clean.resolve("summary.txt")).lines().findFirst(), Files.readString(killed.resolve("summary.txt")).lines().findFirst());

        // --restart replaces only what a run left: never a finished output, never a folder no run wrote
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "the user's own file");
        assertEquals(1, job(in, mine, "--restart").waitFor());
        assertTrue(Files.readString(tmp.resolve("job-mine.log")).contains("exists already"), Files.readString(tmp.resolve("job-mine.log")));
        assertTrue(Files.exists(mine.resolve("keep.txt")));
        assertEquals(1, job(in, clean, "--restart").waitFor());
        assertTrue(Files.exists(clean.resolve("summary.txt")));
    }
}
