package org.strata.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A {@code .txt} file whose bytes are valid UTF-8, read as it is, without Tika. Valid multi-byte UTF-8 almost never
 * arises by chance in another encoding, while Tika's statistical charset detection read 22 of the 418 UTF-8 text
 * files of the ingest bench as Latin-1, GB18030 or TIS-620 ("Ã©" for "é", Hebrew as Chinese). Reading bytes needs
 * no parser, so there is nothing to isolate: no parser that can hang or crash, and the text limit bounds the memory.
 * Anything else goes to Tika: another encoding (a Russian file in windows-1251, UTF-16 with its mark), NUL bytes
 * (UTF-16 or UTF-32 without a mark, binary data), more control characters than text has, or markup and formats that
 * Tika's magic recognizes in a file misnamed {@code .txt} ({@code <html>}, {@code <?xml}, {@code %PDF}, {@code {\rtf}).
 */
public final class PlainText {
    /** Bytes read at a time; the check and the decoding run in one pass over each. */
    private static final int CHUNK = 1 << 16;

    private PlainText() {}

    /** Whether the file's name says plain text; only such files are tried. */
    static boolean named(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text");
    }

    /**
     * The file's text when it is a {@code .txt} file of valid UTF-8 (a byte-order mark is dropped), cut at
     * {@code maxChars} with a note; null when it is anything else or cannot be read here, for Tika to parse (and to
     * report on, when it is unreadable).
     */
    public static Extracted read(Path file, int maxChars) {
        if (!named(file)) return null;
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, maxChars);
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    private static Extracted decode(InputStream in, int maxChars) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 4);
        CharBuffer chars = CharBuffer.allocate(CHUNK + 4);
        long controls = 0, total = 0;
        boolean first = true, eof = false, truncated = false;
        byte[] buf = bytes.array();
        while (!eof) {
            int n = in.readNBytes(buf, bytes.position(), CHUNK);
            eof = n < CHUNK;
            for (int i = bytes.position(), end = bytes.position() + n; i < end; i++) {
                byte b = buf[i];
                if (b == 0) return null; // UTF-16 or UTF-32 without a mark, or binary data
                if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0b && b != 0x1b && b != '\b') controls++;
            }
            total += n;
            bytes.position(bytes.position() + n).flip();
            if (first) {
                if (tikaKnowsBetter(bytes)) return null;
                if (bytes.remaining() >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) bytes.position(3);
                first = false;
            }
            CoderResult r = utf8.decode(bytes, chars, eof);
            if (r.isError()) return null;
            if (eof && utf8.flush(chars).isError()) return null;
            chars.flip();
            int room = maxChars - text.length();
            if (chars.remaining() > room) {
                text.append(chars, 0, room);
                truncated = true;
                break;
            }
            text.append(chars);
            chars.clear();
            bytes.compact(); // an incomplete character at the end waits for the next chunk
        }
        if (controls * 1000 > total) return null; // more control characters than text holds: let Tika say what it is
        return new Extracted(text.toString(), "text/plain", "", "", "", "",
                truncated ? "text cut at the size limit, the rest of the file was not read" : "");
    }

    /** Whether the first bytes are markup or a format that Tika's magic detection would recognize despite the name. */
    private static boolean tikaKnowsBetter(ByteBuffer head) {
        int i = head.position(), end = head.limit();
        byte[] b = head.array();
        if (end - i >= 3 && (b[i] & 0xff) == 0xEF && (b[i + 1] & 0xff) == 0xBB && (b[i + 2] & 0xff) == 0xBF) i += 3;
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) i++;
        if (i >= end) return false;
        return b[i] == '<' || startsWith(b, i, end, "%PDF") || startsWith(b, i, end, "{\\rtf") || startsWith(b, i, end, "%!PS");
    }

    private static boolean startsWith(byte[] b, int from, int end, String prefix) {
        if (end - from < prefix.length()) return false;
        for (int k = 0; k < prefix.length(); k++) if (b[from + k] != prefix.charAt(k)) return false;
        return true;
    }
}
