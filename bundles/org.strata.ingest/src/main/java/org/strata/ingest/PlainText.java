package org.strata.ingest;

import java.io.ByteArrayInputStream;
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

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * A {@code .txt} file whose bytes are valid UTF-8, read as it is, without Tika's parsers. Valid multi-byte UTF-8 almost
 * never arises by chance in another encoding, while Tika's statistical charset detection read 22 of the 418 UTF-8
 * text files of the ingest bench as Latin-1, GB18030 or TIS-620 ("Ã©" for "é", Hebrew as Chinese). Reading bytes runs
 * no parser, so there is nothing to isolate: nothing that can loop or crash, and the size cap bounds the memory. (A
 * file that cannot be read, on a hung mount, blocks the ingestion's checksum of it first, whoever parses it.)
 * Anything else goes to Tika: a file whose content Tika's type detection takes for something other than plain text
 * (an e-mail or a mailbox saved as {@code .txt}, a web page, a PDF), another encoding (a Russian file in windows-1251,
 * UTF-16 with its mark), NUL bytes (UTF-16 or UTF-32 without a mark, binary data), more control characters than text
 * has, and files over {@value #MAX_BYTES} bytes, which the parse workers read under their heap limit.
 */
public final class PlainText {
    /** Bytes read at a time; the check and the decoding run in one pass over each. */
    private static final int CHUNK = 1 << 16;
    /** Larger files go to the parse workers, so that this process never holds more than this much of one file. */
    static final long MAX_BYTES = 32L << 20;

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
        try {
            long size = Files.size(file);
            if (!Files.isRegularFile(file) || size > MAX_BYTES) return null; // a pipe, a device, a big file
            int limit = maxChars < 0 ? Integer.MAX_VALUE - 16 : maxChars; // -1: no limit, as for Tika's handler
            try (InputStream in = Files.newInputStream(file)) {
                return decode(in, file.getFileName().toString(), (int) Math.min(size, limit), limit);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Extracted decode(InputStream in, String name, int expected, int maxChars) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(expected); // at most one char a byte: no growing copies
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
                if (!plainByTika(buf, bytes.limit(), name)) return null;
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

    /** Tika's types, without its parsers: magic and the name, as its auto-detection starts. */
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /**
     * Whether Tika's detection, on the first bytes and the name, says plain text: not an e-mail, a mailbox, markup or
     * a format whose magic it knows.
     */
    private static boolean plainByTika(byte[] head, int length, String name) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = TYPES.detect(new ByteArrayInputStream(head, 0, length), md);
        return MediaType.TEXT_PLAIN.equals(type.getBaseType());
    }
}
