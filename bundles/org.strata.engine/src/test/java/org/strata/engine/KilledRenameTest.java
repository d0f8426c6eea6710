package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;

/**
 * A real child process renames a layer through the corpus service and dies: by SIGKILL at a moment it does not
 * choose, or by halting right after each step of the commit. On reopening, the model and the passage index agree:
 * every passage of the layer is in the layer the model names, and what the kill left half-way is said.
 */
class KilledRenameTest {
    private static final int PASSAGES = 3_000;
    @TempDir Path dir;

    private void corpus() throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "killed")) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < PASSAGES; i++) {
                ps.add(Passage.ingested("p" + i, "file" + (i % 7), i, 0, 20, "passage number " + i + " of the test", 6, "en").withLayer("concepts"));
            }
            c.store().addNew(ps);
            c.commit();
        }
    }

    private static Process start(Path dir, String... halt) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "-Xmx256m", RenameLoop.class.getName(),
                dir.toString()));
        cmd.addAll(List.of(halt));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** The model's first layer holds every passage, and no other name does. */
    private static List<String> assertAgree(Path dir) throws Exception {
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            String first = c.layerNames().get(0);
            assertEquals(PASSAGES, c.store().count(PassageFilter.NONE.withLayer(first)), "every passage in '" + first + "', the model's name");
            assertEquals(List.of(first, "logic", "strategies", "paradoxes"), c.layerNames());
            return c.repairs();
        }
    }

    @Test
    void aRenameKilledAnywhereLeavesModelAndPassagesAgreeing() throws Exception {
        corpus();
        for (int round = 0; round < 3; round++) {
            Process p = start(dir);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                for (String line; seen < 5 + 7 * round && (line = out.readLine()) != null; ) if (line.startsWith("renamed")) seen++;
                assertEquals(5 + 7 * round, seen, "the child renamed on");
            } finally {
                p.destroyForcibly(); // SIGKILL, in the middle of a later rename
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(137, p.exitValue());
            assertAgree(dir);
        }
    }

    /** Halts the child right after a step of its third commit; the one repair that opening then made. */
    private String haltAfterThirdRename(String step) throws Exception {
        corpus();
        Process p = start(dir, step, "3");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> repairs = assertAgree(dir);
        assertEquals(1, repairs.size(), repairs.toString());
        return repairs.get(0);
    }

    @Test
    void killedAfterTheIndexCommittedTheModelIsBroughtUpToIt() throws Exception {
        String repair = haltAfterThirdRename("index committed");
        assertTrue(repair.endsWith("it is now in both (generation 4)"), repair); // the corpus itself was 1
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("layer3", c.layerNames().get(0), "the third rename, which the index had committed, holds");
            assertEquals(List.of(), c.repairs(), "repaired once, whole since");
        }
    }

    @Test
    void killedBeforeTheIndexCommittedNeitherHoldsTheChange() throws Exception {
        String repair = haltAfterThirdRename("model written");
        assertTrue(repair.contains("had not reached the passages; it was dropped"), repair);
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("layer2", c.layerNames().get(0), "the third rename is lost from both; the second holds");
            try (var files = Files.list(dir)) {
                assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".next")).count(), "no next model is left");
            }
        }
    }
}
