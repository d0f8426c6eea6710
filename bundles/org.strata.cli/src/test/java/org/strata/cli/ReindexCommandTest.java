package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus indexed before search knew languages (made by the Strata of commit 3658141): strata search says so and
 * finds exact forms only; strata reindex brings it forward, after which Russian and English word forms match.
 */
class ReindexCommandTest {
    @TempDir Path tmp;

    @Test
    void anOldCorpusIsSaidToBeOldAndIsBroughtForward() throws Exception {
        Path dir = tmp.resolve("old");
        Path from = Path.of("../org.strata.engine/src/test/resources/org/strata/engine/store-format-1");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Cli before = Cli.run("search", dir.toString(), "сухожилиями");
        assertEquals(0, before.code(), before.toString());
        assertTrue(before.err().contains("indexed before search knew languages") && before.err().contains("strata reindex " + dir), before.toString());
        assertTrue(before.out().contains("0 of 0 matching passages"), before.toString());

        Cli reindex = Cli.run("reindex", dir.toString());
        assertEquals(0, reindex.code(), reindex.toString());
        assertTrue(reindex.out().startsWith("3 English and Russian passages indexed again"), reindex.toString());

        Cli after = Cli.run("search", dir.toString(), "сухожилиями");
        assertEquals(0, after.code(), after.toString());
        assertFalse(after.err().contains("indexed before"), after.toString());
        assertTrue(after.out().contains("1 of 1 matching passage\n") && after.out().contains("ru.txt"), after.toString());
        assertTrue(Cli.run("search", dir.toString(), "economies").out().contains("en.txt"), "English forms too");
        assertTrue(Cli.run("reindex", dir.toString()).out().startsWith("the full-text index already knows languages"));
    }
}
