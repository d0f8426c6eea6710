package org.strata.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .txt file of valid UTF-8 is read as it is; every other file goes to Tika, which reads it as before. */
class PlainTextTest {
    private static final String RUSSIAN = "Жёсткость ноги определяет, сколько упругой энергии возвращает ахиллово сухожилие при каждом шаге.\n"
            + "Поэтому тренеры развивают реактивную силу прыжками.\r\n";
    @TempDir Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8TextIsReadAsItIsInRussianAndEnglish() throws Exception {
        Extracted ru = PlainText.read(write("ru.txt", RUSSIAN.getBytes(StandardCharsets.UTF_8)), 1000);
        assertNotNull(ru);
        assertEquals(RUSSIAN, ru.text());
        assertEquals("text/plain", ru.mediaType());
        assertEquals("", ru.note());
        byte[] bom = ("\uFEFF" + "Ground contact time.").getBytes(StandardCharsets.UTF_8);
        assertEquals("Ground contact time.", PlainText.read(write("en.TXT", bom), 1000).text(), "the byte-order mark is dropped");
        assertEquals(RUSSIAN, new Extractor().extract(dir.resolve("ru.txt")).text(), "the in-process extractor reads it the same way");
    }

    @Test
    void aUtf8FileThatTikasDetectionMisreadsComesOutRight() throws Exception {
        // a manual in ASCII with one accented word late in it: Tika's detection judges the start, says ISO-8859-1 and
        // gives "cafÃ©" (as for 22 of the bench's 418 UTF-8 text files: Vim's help, licenses)
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.append("Line ").append(i).append(" of the manual says nothing but plain ASCII words.\n");
        String text = sb.append("The caf\u00e9 opens at seven.\n").toString();
        Path f = write("manual.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, new Extractor().extract(f).text());
    }

    @Test
    void everythingElseGoesToTika() throws Exception {
        assertNull(PlainText.read(write("ru-1251.txt", RUSSIAN.getBytes(Charset.forName("windows-1251"))), 1000), "another encoding");
        assertTrue(new Extractor().extract(dir.resolve("ru-1251.txt")).text().contains("ахиллово сухожилие"), "which Tika detects");
        assertNull(PlainText.read(write("ru-16.txt", ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE)), 1000), "UTF-16 with its mark");
        assertNull(PlainText.read(write("32.txt", "Bid,Ask".getBytes(Charset.forName("UTF-32BE"))), 1000), "NUL bytes: UTF-32 without a mark");
        assertNull(PlainText.read(write("page.txt", " <html><body><p>A page</p></body></html>".getBytes(StandardCharsets.UTF_8)), 1000), "markup");
        assertNull(PlainText.read(write("doc.txt", "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8)), 1000), "a PDF misnamed");
        byte[] controls = new byte[400];
        java.util.Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 400; i += 20) controls[i] = 0x01;
        assertNull(PlainText.read(write("data.txt", controls), 1000), "control characters: data, not text");
        assertNull(PlainText.read(write("notes.md", "# Notes\n".getBytes(StandardCharsets.UTF_8)), 1000), "only .txt files are tried");
        assertNull(PlainText.read(dir.resolve("missing.txt"), 1000), "a missing file is Tika's to report");
        byte[] cut = "Ж".getBytes(StandardCharsets.UTF_8);
        assertNull(PlainText.read(write("cut.txt", new byte[] {'a', cut[0]}), 1000), "a character cut off at the end is not UTF-8");
    }

    @Test
    void aLongFileIsCutAtTheLimitWithANote() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 300_000) sb.append("Спринт — это бег на короткие дистанции. ");
        Extracted x = PlainText.read(write("long.txt", sb.toString().getBytes(StandardCharsets.UTF_8)), 100_000);
        assertEquals(100_000, x.text().length());
        assertEquals(sb.substring(0, 100_000), x.text(), "characters across the chunk boundaries are whole");
        assertTrue(x.note().contains("size limit"), x.note());
        assertEquals(sb.toString(), PlainText.read(dir.resolve("long.txt"), 1_000_000).text());
    }

    @Test
    void charactersAcrossTheReadingChunksComeOutWhole() throws Exception {
        int chunk = 1 << 16;
        for (String c : new String[] {"\u20AC", "\uD83D\uDE00", "\u0416"}) { // 3 bytes, 4 bytes (a pair of chars), 2 bytes
            int width = c.getBytes(StandardCharsets.UTF_8).length;
            for (int before = chunk - width + 1; before < chunk; before++) { // the character straddles the chunk's end
                String text = "a".repeat(before) + c + "b".repeat(100);
                assertEquals(text, PlainText.read(write("edge.txt", text.getBytes(StandardCharsets.UTF_8)), 1_000_000).text(), c + " at " + before);
            }
        }
        String exact = "x".repeat(chunk - 1) + "\n";
        assertEquals(exact, PlainText.read(write("exact.txt", exact.getBytes(StandardCharsets.UTF_8)), 1_000_000).text(), "a file of one chunk exactly");
        String two = "y".repeat(2 * chunk);
        assertEquals(two, PlainText.read(write("two.txt", two.getBytes(StandardCharsets.UTF_8)), -1).text(), "two chunks, no limit");
    }

    @Test
    void anEmailSavedAsTxtIsStillReadAsAnEmail() throws Exception {
        String mail = "From: coach@example.org\r\nTo: team@example.org\r\nSubject: Plyometrics on Thursday\r\n"
                + "Date: Tue, 3 Feb 2026 09:00:00 +0000\r\nMessage-ID: <1@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nBox jumps and depth jumps, three sets of eight.\r\n";
        Path f = write("mail.txt", mail.getBytes(StandardCharsets.UTF_8));
        assertNull(PlainText.read(f, 1000), "Tika's detection says message/rfc822");
        String body = mail.substring(mail.indexOf("\r\n\r\n") + 4);
        assertEquals(body, PlainText.read(write("body.txt", body.getBytes(StandardCharsets.UTF_8)), 1000).text(), "without the headers, plain text");
        Extracted x = new Extractor().extract(f);
        assertEquals("message/rfc822", x.mediaType());
        assertEquals("Plyometrics on Thursday", x.title());
        assertTrue(x.text().contains("Box jumps") && !x.text().contains("Message-ID"), x.text());
    }
}
