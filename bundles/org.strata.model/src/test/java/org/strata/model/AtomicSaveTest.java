package org.strata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.corpus.Corpus;

/** A process killed with SIGKILL while it saves corpus.strata leaves a whole file: the previous save or the new one. */
class AtomicSaveTest {
    @TempDir Path dir;

    @Test
    void aKillDuringSaveLeavesAWholeModel() throws Exception {
        Path file = dir.resolve(CorpusFile.NAME);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int attempt = 0; attempt < 3; attempt++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int saves = 0;
                for (String line; saves < 3 + attempt && (line = out.readLine()) != null; ) if (line.startsWith("saved")) saves++;
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            Corpus c = CorpusFile.load(file); // throws if the file were torn
            int round = Integer.parseInt(c.getName().substring("round ".length()));
            assertTrue(round >= 3 + attempt, c.getName());
            assertEquals(200 * round, c.getConcepts().size(), "the file holds exactly one save");
            try (var s = Files.list(dir)) {
                assertTrue(s.filter(f -> !f.equals(file)).allMatch(f -> f.getFileName().toString().endsWith(".tmp")),
                        "at most a temporary file is left beside it");
            }
        }
    }
}
