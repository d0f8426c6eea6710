package org.strata.export;

/** Writes JSON by hand, fast and with one fixed layout: keys in the order given, no spaces, no HTML escaping. */
final class Json {
    private final StringBuilder sb;
    private boolean first = true;

    Json(StringBuilder sb) {
        this.sb = sb;
    }

    Json open() {
        sb.append('{');
        first = true;
        return this;
    }

    Json close() {
        sb.append('}');
        first = false;
        return this;
    }

    private void key(String k) {
        if (!first) sb.append(',');
        first = false;
        string(sb, k);
        sb.append(':');
    }

    Json field(String k, String v) {
        key(k);
        if (v == null) sb.append("null");
        else string(sb, v);
        return this;
    }

    Json field(String k, long v) {
        key(k);
        sb.append(v);
        return this;
    }

    /** A float as the shortest text that reads back to it; NaN as null. */
    Json field(String k, float v) {
        key(k);
        if (Float.isNaN(v) || Float.isInfinite(v)) sb.append("null");
        else sb.append(v);
        return this;
    }

    /** Starts a nested object under a key: {@code json.object("k").field(...).close()}. */
    Json object(String k) {
        key(k);
        sb.append('{');
        first = true;
        return this;
    }

    Json strings(String k, Iterable<String> values) {
        key(k);
        sb.append('[');
        boolean f = true;
        for (String v : values) {
            if (!f) sb.append(',');
            f = false;
            string(sb, v);
        }
        sb.append(']');
        return this;
    }

    /** {@code "messages":[{"role":..,"content":..},...]} from role, content pairs. */
    Json messages(String... roleContent) {
        key("messages");
        sb.append('[');
        for (int i = 0; i < roleContent.length; i += 2) {
            if (i > 0) sb.append(',');
            sb.append("{\"role\":");
            string(sb, roleContent[i]);
            sb.append(",\"content\":");
            string(sb, roleContent[i + 1]);
            sb.append('}');
        }
        sb.append(']');
        return this;
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
