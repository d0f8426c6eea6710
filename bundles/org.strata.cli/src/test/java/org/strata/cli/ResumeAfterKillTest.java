package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** strata ingest killed with SIGKILL half-way, then run again: the corpus ends as if it had run once, whole. */
class ResumeAfterKillTest {
    @TempDir Path tmp;

    private JsonObject stats(Path corpus) {
        Cli r = Cli.run("stats", corpus.toString(), "--json");
        assertEquals(0, r.code(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void aKilledIngestResumesWithNoPassageLostOrDoubled() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < 160; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                sb.append("Document ").append(i).append(" paragraph ").append(p).append(": ").append(Fixtures.SPRINT[p % 2])
                        .append(" Case number ").append(i * 10 + p).append(" of the study.\n\n");
            }
            Files.writeString(docs.resolve(String.format("doc-%03d.txt", i)), sb);
        }
        Path clean = tmp.resolve("clean");
        assertEquals(0, Cli.run("new", clean.toString()).code());
        Cli cleanRun = Cli.run("ingest", clean.toString(), docs.toString());
        assertEquals(0, cleanRun.code(), cleanRun.toString());
        assertTrue(cleanRun.out().contains("160 files: 160 ok"), "the run to compare with is whole: " + cleanRun.out());

        Path killed = tmp.resolve("killed");
        assertEquals(0, Cli.run("new", killed.toString()).code());
        String java = ProcessHandle.current().info().command().orElse("java");
        // a checkpoint after every file: the run is killed after its hundredth, with work committed and work not
        Process p = new ProcessBuilder(java, "-Dstrata.ingest.checkpointSeconds=0", "-cp", System.getProperty("java.class.path"), StrataCli.class.getName(), "ingest",
                killed.toString(), docs.toString()).redirectErrorStream(true).start();
        int lines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; lines < 100 && (line = out.readLine()) != null; ) if (line.startsWith("ok ")) lines++;
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(100, lines, "the first run got past a checkpoint before it was killed");
        long half = stats(killed).get("passages").getAsLong();
        assertTrue(half > 0 && half < stats(clean).get("passages").getAsLong(), "killed half-way: " + half);

        Cli again = Cli.run("ingest", killed.toString(), docs.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("skipped ") && again.out().contains(": unchanged"), "committed files are not redone");
        JsonObject a = stats(clean), b = stats(killed);
        assertEquals(a.get("passages"), b.get("passages"), "no passage lost or doubled");
        assertEquals(a.get("tokens"), b.get("tokens"));
        assertEquals(a.get("sources"), b.get("sources"));
    }

    @Test
    void aKilledExportLeavesNoPackAndTheNextOneIsWhole() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                sb.append("Note ").append(i).append('.').append(p).append(": ").append(Fixtures.SPRINT[p % 2]).append(" Measured in trial ")
                        .append(i * 10 + p).append(".\n\n");
            }
            Files.writeString(docs.resolve(String.format("note-%03d.txt", i)), sb);
        }
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, Cli.run("new", corpus.toString()).code());
        assertEquals(0, Cli.run("ingest", corpus.toString(), docs.toString()).code());
        try (org.strata.engine.CorpusFolder c = org.strata.engine.CorpusFolder.open(corpus)) {
            // every passage in a layer, without the minutes of scoring: the export only needs layers
            java.util.List<String> layers = c.layerNames();
            java.util.List<org.strata.store.Passage> all = new java.util.ArrayList<>();
            c.store().forEach(false, p -> all.add(p.withLayer(layers.get(Math.floorMod(p.id().hashCode(), layers.size())))));
            c.store().update(all);
            c.store().commit();
        }
        Path pack = tmp.resolve("pack");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StrataCli.class.getName(), "export",
                corpus.toString(), "--out", pack.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 60_000;
        boolean writing = false;
        while (!writing && System.currentTimeMillis() < deadline && p.isAlive()) {
            try (var s = Files.list(tmp)) {
                writing = s.anyMatch(f -> f.getFileName().toString().startsWith(".pack.partial-"));
            }
            if (!writing) Thread.sleep(1);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(writing, "the export was killed while it wrote");
        assertTrue(!Files.exists(pack), "a killed export leaves no pack, not even half of one");

        Cli again = Cli.run("export", corpus.toString(), "--out", pack.toString());
        assertEquals(0, again.code(), again.toString());
        assertEquals(0, Cli.run("pack", "verify", pack.toString()).code());
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().contains(".partial-")), "the killed run's leftovers are gone");
        }
    }
}
