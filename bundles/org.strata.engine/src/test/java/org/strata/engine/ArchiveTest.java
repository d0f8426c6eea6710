package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.Extractor;
import org.strata.model.corpus.IngestStatus;

/** Archives: every member its own source, nested archives too, within limits that stop bombs. */
class ArchiveTest {
    @TempDir Path tmp;

    private static String text(String topic) {
        return "Notes on " + topic + ". The " + topic + " of a sprinter changes with fatigue, and coaches measure it on every "
                + "session with contact mats and high-speed video so that the athlete can be compared with earlier weeks.";
    }

    private static byte[] zip(Map<String, byte[]> members) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    private static byte[] tarGz(Map<String, byte[]> members) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b); TarArchiveOutputStream t = new TarArchiveOutputStream(gz)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(m.getValue().length);
                t.putArchiveEntry(e);
                t.write(m.getValue());
                t.closeArchiveEntry();
            }
        }
        return b.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip whose only member says it is encrypted (the general purpose flag's bit 0, as a password tool sets it). */
    private static byte[] encryptedZip() throws Exception {
        byte[] z = zip(Map.of("secret.txt", utf8(text("secret"))));
        z[6] |= 1; // local file header flags
        for (int i = 0; i + 4 < z.length; i++) {
            if (z[i] == 'P' && z[i + 1] == 'K' && z[i + 2] == 1 && z[i + 3] == 2) z[i + 8] |= 1; // central directory flags
        }
        return z;
    }

    private Map<String, FileResult> ingest(CorpusFolder c, Path in) throws Exception {
        try (Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, 256, 2)) {
            IngestReport r = ingestion.run(c, List.of(in), f -> { });
            r.files().forEach(f -> System.out.println("[archive] " + f.line()));
            Map<String, FileResult> by = new HashMap<>();
            for (FileResult f : r.files()) by.put(f.path().substring(f.path().indexOf("/in/") + 4), f);
            return by;
        }
    }

    @Test
    void membersAreSourcesNestedArchivesToo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Map<String, byte[]> inner = new java.util.LinkedHashMap<>();
        inner.put("deep/stiffness.txt", utf8(text("leg stiffness")));
        Map<String, byte[]> outer = new java.util.LinkedHashMap<>();
        outer.put("notes/contact.txt", utf8(text("ground contact time")));
        outer.put("page.html", utf8("<html><head><title>Cadence</title></head><body><p>" + text("cadence") + "</p></body></html>"));
        outer.put("inner.zip", zip(inner));
        outer.put("../../escape.txt", utf8(text("stride length")));
        outer.put("empty.txt", new byte[0]);
        Files.write(in.resolve("season.zip"), zip(outer));
        Map<String, byte[]> tar = new java.util.LinkedHashMap<>();
        tar.put("a/flight.txt", utf8(text("flight time")));
        tar.put("b/force.txt", utf8(text("vertical force")));
        Files.write(in.resolve("lab.tar.gz"), tarGz(tar));
        Files.write(in.resolve("locked.zip"), encryptedZip());

        Path corpus = tmp.resolve("corpus");
        try (CorpusFolder c = CorpusFolder.create(corpus, "archives")) {
            Map<String, FileResult> by = ingest(c, in);
            assertEquals("archive of 5 members", by.get("season.zip").reason());
            assertEquals(1, by.get("season.zip!/notes/contact.txt").passages());
            assertEquals(1, by.get("season.zip!/page.html").passages());
            assertEquals(1, by.get("season.zip!/inner.zip!/deep/stiffness.txt").passages(), "a nested archive's member");
            assertEquals(1, by.get("season.zip!/../../escape.txt").passages());
            assertEquals("empty file", by.get("season.zip!/empty.txt").reason());
            assertEquals(1, by.get("lab.tar.gz!/a/flight.txt").passages());
            assertEquals(1, by.get("lab.tar.gz!/b/force.txt").passages());
            assertEquals("encrypted archive member (password protected)", by.get("locked.zip!/secret.txt").reason());
            assertFalse(Files.exists(tmp.resolve("escape.txt")) || Files.exists(corpus.resolve("escape.txt")),
                    "a member's path never leaves the work folder");
            assertFalse(Files.exists(corpus.resolve("tmp")), "the work folder is gone after the run");
            String uri = in.resolve("season.zip").toAbsolutePath().normalize() + "!/inner.zip!/deep/stiffness.txt";
            assertEquals(IngestStatus.OK, c.source(uri).getStatus());
            assertEquals(1, c.store().search(org.strata.store.PassageQuery.all()
                    .filter(org.strata.store.PassageFilter.NONE.with("source=" + uri))).total());
            assertEquals(6, c.store().count());
            IngestReport logged = IngestReport.latest(c.logDir()).orElseThrow();
            assertEquals(by.size(), logged.files().size(), "the report is kept in log/ for the workbench");
            assertTrue(logged.files().stream().anyMatch(f -> f.path().endsWith("locked.zip!/secret.txt")
                    && f.outcome() == Outcome.FAILED && f.reason().equals("encrypted archive member (password protected)")));
        }

        // the same archives again: nothing changes; then a member is dropped from an archive: its passages go
        try (CorpusFolder c = CorpusFolder.open(corpus)) {
            Map<String, FileResult> by = ingest(c, in);
            assertEquals("unchanged", by.get("season.zip!/notes/contact.txt").reason());
            assertEquals(6, c.store().count());
            tar.remove("b/force.txt");
            Files.write(in.resolve("lab.tar.gz"), tarGz(tar));
            ingest(c, in);
            assertEquals(5, c.store().count());
            assertEquals(null, c.source(in.resolve("lab.tar.gz").toAbsolutePath().normalize() + "!/b/force.txt"));
        }
    }

    @Test
    void bombsTooDeepAndBrokenArchivesAreReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] zeros = new byte[30 << 20];
        java.util.Arrays.fill(zeros, (byte) '0');
        Files.write(in.resolve("bomb.zip"), zip(Map.of("inner.zip", zip(Map.of("zeros.txt", zeros)))));
        byte[] nested = zip(Map.of("bottom.txt", utf8(text("hip extension"))));
        for (int i = 0; i < 6; i++) nested = zip(Map.of("level" + i + ".zip", nested));
        Files.write(in.resolve("russian-doll.zip"), nested);
        Map<String, byte[]> tar = new java.util.LinkedHashMap<>();
        tar.put("first.txt", utf8(text("arm swing")));
        StringBuilder noise = new StringBuilder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        while (noise.length() < 40_000) noise.append((char) ('a' + r.nextInt(26))).append(r.nextInt(6) == 0 ? " " : "");
        tar.put("second.txt", utf8(noise.toString()));
        byte[] whole = tarGz(tar);
        Files.write(in.resolve("cut.tar.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.write(in.resolve("broken.zip"), java.util.Arrays.copyOf(zip(Map.of("x.txt", utf8(text("x")))), 30));
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "bombs")) {
            Map<String, FileResult> by = ingest(c, in);
            assertEquals(Outcome.FAILED, by.get("bomb.zip").outcome());
            assertTrue(by.get("bomb.zip").reason().contains("archive bomb"), by.get("bomb.zip").line());
            assertTrue(by.keySet().stream().noneMatch(k -> k.startsWith("bomb.zip!/")), "nothing of a bomb is kept");
            String tooDeep = by.keySet().stream().filter(k -> k.startsWith("russian-doll.zip!/")).findFirst().orElseThrow();
            assertTrue(by.get(tooDeep).reason().contains("nested deeper than 5 levels"), by.get(tooDeep).line());
            assertEquals(1, by.get("cut.tar.gz!/first.txt").passages(), "members before the cut are kept");
            assertEquals(Outcome.FAILED, by.get("cut.tar.gz").outcome());
            assertTrue(by.get("cut.tar.gz").reason().contains("cut short"), by.get("cut.tar.gz").line());
            assertEquals(Outcome.FAILED, by.get("broken.zip").outcome(), by.get("broken.zip").line());
            assertEquals(1, c.store().count(), "arm swing only: hip extension was too deep");
        }
    }
}
