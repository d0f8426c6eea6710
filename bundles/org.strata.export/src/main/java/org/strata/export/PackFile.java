package org.strata.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One JSON Lines file of a pack being written: its records, tokens and SHA-256 are counted as it goes. */
final class PackFile implements AutoCloseable {
    final String path;
    final String schema;
    private final MessageDigest digest;
    private final java.io.OutputStream stream;
    private final Json json = new Json();
    private long records;
    private long tokens;
    private String sha256;

    PackFile(Path root, String path, String schema) throws IOException {
        this.path = path;
        this.schema = schema;
        digest = sha256();
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        stream = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a whole file, in hex. */
    static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    /** A fresh record: fill it, then {@link #end}. */
    Json record() {
        return json.open();
    }

    /** Writes the record just filled as one line, counting its tokens. */
    void end(long recordTokens) throws IOException {
        json.close().newline();
        raw(json.bytes(), json.length(), recordTokens);
    }

    /** Writes a line made before (its first {@code len} bytes). */
    void raw(byte[] bytes, int len, long recordTokens) throws IOException {
        stream.write(bytes, 0, len);
        records++;
        tokens += recordTokens;
    }

    long records() {
        return records;
    }

    PackManifest.FileEntry entry() {
        return new PackManifest.FileEntry(path, schema, records, tokens, sha256);
    }

    @Override
    public void close() throws IOException {
        if (sha256 != null) return;
        stream.close();
        sha256 = HexFormat.of().formatHex(digest.digest());
    }
}
