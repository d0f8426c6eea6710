package org.strata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child process writing to a store is killed with SIGKILL mid-work; the store must reopen whole. */
class CrashSafetyTest {
    @TempDir Path dir;

    /** Starts CrashWriter, waits for {@code commits} commits, then kills it with SIGKILL while it writes on. */
    private static void runAndKill(String mode, Path index, int commits) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                CrashWriter.class.getName(), mode, index.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            List<String> lines = new ArrayList<>();
            for (String line; seen < commits && (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("committed")) seen++;
            }
            assertEquals(commits, seen, "the writer stopped early: " + lines);
            Thread.sleep(37); // land somewhere inside the next batch
        } finally {
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    private static void assertIndexIsClean(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "CheckIndex finds no corruption");
        }
    }

    @Test
    void aKilledIngestReopensAtItsLastCommitWithWholeBatchesOnly() throws Exception {
        runAndKill("ingest", dir, 3);
        assertIndexIsClean(dir);
        try (PassageStore s = PassageStore.open(dir)) {
            int n = s.count();
            assertTrue(n >= 3 * CrashWriter.BATCH, "three commits survive: " + n);
            assertEquals(0, n % CrashWriter.BATCH, "no half batch: " + n);
            assertEquals("r0i7", s.get("r0i7").id());
        }
    }

    @Test
    void aKilledBulkUpdateIsAllOrNothing() throws Exception {
        try (PassageStore s = PassageStore.open(dir)) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) ps.add(Passage.ingested("p" + i, "f" + (i % 50), i, 0, 10, "text number " + i, 3, "en"));
            s.addNew(ps);
            s.commit();
        }
        runAndKill("bulk", dir, 2);
        assertIndexIsClean(dir);
        try (PassageStore s = PassageStore.open(dir)) {
            StoreSummary sum = s.summary(1);
            assertEquals(20_000, sum.passages());
            assertEquals(1, sum.byLayer().size(), "every passage in the same layer, none half-updated: " + sum.byLayer().keySet());
        }
    }
}
