package org.strata.export;

import java.util.Arrays;

/**
 * Writes JSON lines straight to UTF-8 bytes, fast and with one fixed layout: keys in the order given, no spaces,
 * no HTML escaping. One pass over each string encodes and escapes it; there is no intermediate text.
 */
final class Json {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
        ascii(Float.isNaN(v) || Float.isInfinite(v) ? "null" : Float.toString(v));
        return this;
    }

    /** Starts a nested object under a key: {@code json.object("k").field(...).close()}. */
    Json object(String k) {
        key(k);
        put('{');
        first = true;
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
        key("messages");
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

    /** A JSON string in UTF-8: plain characters are copied as they come, the few that need it escaped. */
    private void string(String s) {
        int len = s.length();
        ensure(len * 3 + 2);
        byte[] b = buf;
        int o = n;
        b[o++] = '"';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[o++] = (byte) c;
                    continue;
                }
                n = o;
                ensure(6 + (len - i) * 3);
                b = buf;
                switch (c) {
                    case '"' -> { b[o++] = '\\'; b[o++] = '"'; }
                    case '\\' -> { b[o++] = '\\'; b[o++] = '\\'; }
                    case '\n' -> { b[o++] = '\\'; b[o++] = 'n'; }
                    case '\r' -> { b[o++] = '\\'; b[o++] = 'r'; }
                    case '\t' -> { b[o++] = '\\'; b[o++] = 't'; }
                    default -> { b[o++] = '\\'; b[o++] = 'u'; b[o++] = '0'; b[o++] = '0'; b[o++] = HEX[c >> 4]; b[o++] = HEX[c & 15]; }
                }
            } else if (c < 0x800) {
                b[o++] = (byte) (0xc0 | c >> 6);
                b[o++] = (byte) (0x80 | c & 0x3f);
            } else if (c == 0x2028 || c == 0x2029) {
                n = o;
                ensure(6 + (len - i) * 3);
                b = buf;
                b[o++] = '\\'; b[o++] = 'u'; b[o++] = '2'; b[o++] = '0'; b[o++] = '2'; b[o++] = (byte) (c == 0x2028 ? '8' : '9');
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[o++] = (byte) (0xf0 | cp >> 18);
                b[o++] = (byte) (0x80 | cp >> 12 & 0x3f);
                b[o++] = (byte) (0x80 | cp >> 6 & 0x3f);
                b[o++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                b[o++] = '?'; // a lone surrogate has no UTF-8 form: written as Java's encoder writes it
            } else {
                b[o++] = (byte) (0xe0 | c >> 12);
                b[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[o++] = (byte) (0x80 | c & 0x3f);
            }
        }
        b[o++] = '"';
        n = o;
    }
}
