package org.strata.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON lines straight to UTF-8 bytes, fast and with one fixed layout: keys in the order given, no spaces,
 * no HTML escaping, no intermediate text.
 */
final class Json {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private byte[] buf = new byte[8192];
    private int n;
    private boolean first = true;

    /** Starts a new line with an object. */
    Json open() {
        n = 0;
        put('{');
        first = true;
        return this;
    }

    Json close() {
        put('}');
        first = false;
        return this;
    }

    /** Ends the line: the bytes are {@link #bytes()}[0, {@link #length()}). */
    Json newline() {
        put('\n');
        return this;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return n;
    }

    private void put(char c) {
        if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
        buf[n++] = (byte) c;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) buf[n++] = (byte) s.charAt(i);
    }

    private void ensure(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    private void key(String k) {
        if (!first) put(',');
        first = false;
        string(k);
        put(':');
    }

    Json field(String k, String v) {
        key(k);
        if (v == null) ascii("null");
        else string(v);
        return this;
    }

    Json field(String k, long v) {
        key(k);
        ascii(Long.toString(v));
        return this;
    }

    /** A float as the shortest text that reads back to it; NaN as null. */
    Json field(String k, float v) {
        key(k);
        // 0 and 1 are the commonest values of the density components: no formatting for them
        ascii(v == 0f ? (Float.floatToRawIntBits(v) == 0 ? "0.0" : "-0.0") : v == 1f ? "1.0"
                : Float.isNaN(v) || Float.isInfinite(v) ? "null" : Float.toString(v));
        return this;
    }

    /** Starts a nested object under a key: {@code json.object("k").field(...).close()}. */
    Json object(String k) {
        key(k);
        put('{');
        first = true;
        return this;
    }

    /** A list of floats: a float that is not finite is written as null. */
    Json floats(String k, float[] values) {
        key(k);
        put('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) put(',');
            ascii(Float.isFinite(values[i]) ? Float.toString(values[i]) : "null");
        }
        put(']');
        return this;
    }

    Json strings(String k, Iterable<String> values) {
        key(k);
        put('[');
        boolean f = true;
        for (String v : values) {
            if (!f) put(',');
            f = false;
            string(v);
        }
        put(']');
        return this;
    }

    /** {@code "messages":[{"role":..,"content":..},...]} from role, content pairs. */
    Json messages(String... roleContent) {
        return turns("messages", roleContent);
    }

    /** A list of chat turns under a key: {@code "k":[{"role":..,"content":..},...]} from role, content pairs. */
    Json turns(String k, String... roleContent) {
        key(k);
        put('[');
        for (int i = 0; i < roleContent.length; i += 2) {
            if (i > 0) put(',');
            ascii("{\"role\":");
            string(roleContent[i]);
            ascii(",\"content\":");
            string(roleContent[i + 1]);
            put('}');
        }
        put(']');
        return this;
    }

    /**
     * A JSON string in UTF-8: the string is encoded by the JDK's (vectorized) encoder, then copied in runs between
     * the few bytes that need escaping. A lone surrogate becomes '?', as the JDK's encoder writes it.
     */
    private void string(String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        ensure(u.length + 2);
        buf[n++] = '"';
        int run = 0;
        for (int i = 0; i < u.length; i++) {
            int c = u[i] & 0xff;
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            copy(u, run, i);
            run = i + 1;
            ensure(6 + u.length - i);
            buf[n++] = '\\';
            switch (c) {
                case '"' -> buf[n++] = '"';
                case '\\' -> buf[n++] = '\\';
                case '\n' -> buf[n++] = 'n';
                case '\r' -> buf[n++] = 'r';
                case '\t' -> buf[n++] = 't';
                default -> {
                    buf[n++] = 'u';
                    buf[n++] = '0';
                    buf[n++] = '0';
                    buf[n++] = HEX[c >> 4];
                    buf[n++] = HEX[c & 15];
                }
            }
        }
        copy(u, run, u.length);
        ensure(1);
        buf[n++] = '"';
    }

    private void copy(byte[] u, int from, int to) {
        int len = to - from;
        if (len <= 0) return;
        ensure(len);
        System.arraycopy(u, from, buf, n, len);
        n += len;
    }
}
