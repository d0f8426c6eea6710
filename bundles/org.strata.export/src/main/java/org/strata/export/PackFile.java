package org.strata.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    private final Writer writer;
    private final StringBuilder line = new StringBuilder(4096);
    private final Json json = new Json(line);
    private long records;
    private long tokens;
    private String sha256;

    PackFile(Path root, String path, String schema) throws IOException {
        this.path = path;
        this.schema = schema;
        digest = sha256();
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        writer = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest), StandardCharsets.UTF_8), 1 << 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh record: fill it, then {@link #end}. */
    Json record() {
        line.setLength(0);
        return json.open();
    }

    /** Writes the record just filled as one line, counting its tokens. */
    void end(long recordTokens) throws IOException {
        json.close();
        line.append('\n');
        writer.append(line);
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
        writer.close();
        sha256 = HexFormat.of().formatHex(digest.digest());
    }
}
