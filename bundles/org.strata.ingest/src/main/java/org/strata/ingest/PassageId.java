package org.strata.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable passage ids: the first 128 bits of SHA-256 over the passage's identity form, as 32 hex digits. */
public final class PassageId {
    private PassageId() {}

    public static String of(String passageText) {
        byte[] h = sha256().digest(TextCleaner.identityForm(passageText).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
