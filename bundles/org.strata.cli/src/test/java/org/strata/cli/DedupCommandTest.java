package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata dedup}: near duplicates marked again with the settings given, through the corpus service. */
class DedupCommandTest {
    private static final String COPIED = "Tendon stiffness sets how much elastic energy the Achilles tendon stores during the "
            + "stance phase of running and how much of it returns at toe-off. A stiffer tendon stretches less under the same "
            + "force, so it stores less energy, but it passes the force of the calf muscles to the foot with less delay, which "
            + "sprinters appear to";

    @Test
    void nearDuplicatesAreMarkedWithTheSettingsGivenAndSettingsOutOfRangeAreRefused(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("c");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), COPIED + " favour.\n\nGround contact time shortens as running speed rises, "
                + "because the leg must apply a larger vertical impulse in less time.\n");
        Files.writeString(docs.resolve("b.txt"), COPIED + " prefer.\n\nStride frequency rises with speed until the swing "
                + "phase cannot be shortened further, and from then on speed comes from longer strides.\n");
        assertEquals(0, Cli.run("new", corpus.toString()).code());
        assertEquals(0, Cli.run("ingest", corpus.toString(), docs.toString(), "--budget", "80").code());

        Cli found = Cli.run("dedup", corpus.toString());
        assertEquals(0, found.code(), found.toString());
        assertTrue(found.out().startsWith("near duplicates: 1 passage in 1 cluster"), found.toString());

        // the two copies differ in one word of about fifty: at a threshold of 0.99 they are no longer duplicates
        Cli strict = Cli.run("dedup", corpus.toString(), "--threshold", "0.99");
        assertEquals(0, strict.code(), strict.toString());
        assertTrue(strict.out().startsWith("near duplicates: 0 passages in 0 clusters"), strict.toString());

        Cli refused = Cli.run("dedup", corpus.toString(), "--threshold", "1.5");
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("the threshold lies in (0, 1], not 1.5"), refused.toString());
    }
}
