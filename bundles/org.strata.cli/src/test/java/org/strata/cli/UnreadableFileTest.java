package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read fails with "permission denied" and the rest of the folder is ingested. Root reads
 * every file whatever its mode, so when the tests run as root the ingest runs in a new user namespace, where the
 * kernel checks the mode bits for root's files as it would for any owner.
 */
class UnreadableFileTest {
    @TempDir Path tmp;

    @Test
    void aFileWithoutReadPermissionFailsWithThatReasonAndTheRestGoesOn() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), Fixtures.SPRINT[0]);
        Path locked = Files.writeString(docs.resolve("locked.txt"), Fixtures.SPRINT[1]);
        Files.setPosixFilePermissions(locked, Set.of());
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, Cli.run("new", corpus.toString()).code());

        List<String> cmd = new ArrayList<>();
        if (Files.isReadable(locked)) cmd.addAll(List.of("unshare", "--user")); // we are root: give up root's power to read
        cmd.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                StrataCli.class.getName(), "ingest", corpus.toString(), docs.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("failed  " + locked + ": permission denied"), out);
        assertTrue(out.contains("ok      " + docs.resolve("good.txt")), out);
        Files.setPosixFilePermissions(locked, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
    }
}
