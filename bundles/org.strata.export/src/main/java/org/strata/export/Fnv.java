package org.strata.export;

import java.nio.charset.StandardCharsets;

/**
 * FNV-1a, 64 bits: the stable hash a pack's choices rest on (which sources validate, which items are held out,
 * which word sequences a passage shares), so that the same corpus always gives the same pack.
 */
final class Fnv {
    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv() {}

    /** Folds one more value (a byte, a code point, a word's hash) into a hash. */
    static long mix(long hash, long value) {
        return (hash ^ value) * PRIME;
    }

    /** The hash of a string's UTF-8 bytes. */
    static long of(String s) {
        long h = OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) h = mix(h, b & 0xff);
        return h;
    }
}
