package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 4 in one ingestion run with the real isolated workers: each bad file ends with its own
 * reason, the good ones are stored, and the run goes on to the end.
 */
class BadInputTest {
    private static final String GOOD = "Leg stiffness describes how much the leg compresses under load. A stiffer leg stores and "
            + "returns elastic energy in the Achilles tendon more efficiently, so less work is needed for each stride.";

    @TempDir Path tmp;

    private static Path pdf(Path file, String text, boolean encrypted) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(50, 700);
                cs.showText(text.substring(0, 90));
                cs.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A zip holding a zip holding a 40 MB file of zeros: small on disk, large when expanded. */
    private static Path nestedZipBomb(Path file) throws Exception {
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(inner)) {
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 40; i++) z.write(zeros);
            z.closeEntry();
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(inner.toByteArray());
            z.closeEntry();
        }
        return file;
    }

    @Test
    void everyBadFileGetsItsReasonAndTheGoodOnesAreStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = Files.createDirectories(in.resolve("dossier über Sprünge — спринт"));
        Path goodFile = Files.writeString(good.resolve("notes of the coach.txt"), GOOD);
        byte[] real = Files.readAllBytes(pdf(tmp.resolve("real.pdf"), GOOD, false));
        Path truncated = Files.write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(real, real.length / 2));
        Path zero = Files.createFile(in.resolve("zero.txt"));
        Path wrongExtension = Files.writeString(in.resolve("really-html.pdf"), "<html><body><p>" + GOOD + "</p></body></html>");
        Path locked = pdf(in.resolve("locked.pdf"), GOOD, true);
        Path bomb = nestedZipBomb(in.resolve("bomb.zip"));
        byte[] noise = new byte[300_000];
        new SplittableRandom(11).nextBytes(noise);
        Path random = Files.write(in.resolve("noise.bin"), noise);
        Path deep = Files.writeString(in.resolve("deep.html"),
                "<html><body>" + "<div>".repeat(10_000) + GOOD + "</div>".repeat(10_000) + "</body></html>");
        Path big = in.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            SplittableRandom r = new SplittableRandom(5);
            String[] words = GOOD.split(" ");
            for (long n = 0; n < 50L * 1_048_576; ) {
                String word = words[r.nextInt(words.length)];
                w.write(word);
                w.write(r.nextInt(12) == 0 ? ".\n\n" : " ");
                n += word.length() + 1;
            }
        }
        Path vanishing = Files.writeString(in.resolve("vanishing.txt"), GOOD);
        Path missing = tmp.resolve("never-there.docx");

        List<FileResult> seen = new ArrayList<>();
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "bad input");
                Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, 256)) {
            IngestReport report = ingestion.run(c, List.of(in, missing), r -> {
                seen.add(r);
                if (seen.size() == 1) {
                    try {
                        Files.deleteIfExists(vanishing); // disappears while the run goes on
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            report.files().forEach(r -> System.out.println("[bad-input] " + r.line()));
            Map<String, FileResult> by = new HashMap<>();
            for (FileResult r : report.files()) by.put(Path.of(r.path()).getFileName().toString(), r);

            assertEquals(Outcome.OK, by.get(goodFile.getFileName().toString()).outcome(), "non-Latin path with spaces");
            assertEquals(Outcome.FAILED, by.get("truncated.pdf").outcome(), by.get("truncated.pdf").line());
            assertEquals("empty file", by.get("zero.txt").reason());
            assertEquals(Outcome.OK, by.get("really-html.pdf").outcome(), "detected by content, not by name");
            assertEquals(Outcome.FAILED, by.get("locked.pdf").outcome());
            assertTrue(by.get("locked.pdf").reason().contains("encrypted"), by.get("locked.pdf").line());
            assertEquals(Outcome.FAILED, by.get("bomb.zip").outcome());
            assertTrue(by.get("bomb.zip").reason().contains("archive bomb"), by.get("bomb.zip").line());
            assertTrue(by.get("noise.bin").outcome() != Outcome.OK || by.get("noise.bin").passages() == 0, by.get("noise.bin").line());
            assertEquals(Outcome.OK, by.get("deep.html").outcome(), by.get("deep.html").line());
            assertEquals(Outcome.OK, by.get("big.txt").outcome(), by.get("big.txt").line());
            assertTrue(by.get("big.txt").passages() > 10_000, by.get("big.txt").line());
            assertEquals(Outcome.FAILED, by.get("never-there.docx").outcome());
            FileResult v = by.get("vanishing.txt");
            assertTrue(v.outcome() == Outcome.FAILED && (v.reason().contains("disappeared") || v.reason().contains("no such file")),
                    "a file gone mid-run: " + v.line());
            for (FileResult r : report.files()) {
                assertTrue(r.outcome() == Outcome.OK || (r.reason() != null && !r.reason().isBlank() && !r.reason().contains("\n")), r.line());
            }
            assertEquals(report.files().size(), seen.size(), "every file reported as it ended");
            assertTrue(c.store().count() > 10_000);
        }
    }
}
