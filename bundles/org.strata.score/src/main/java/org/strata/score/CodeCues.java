package org.strata.score;

/**
 * How much of a passage is code, a listing, a changelog or version strings rather than prose, in [0,1]: the share
 * of its whitespace-separated tokens that look like code (identifiers in camelCase or snake_case, dotted or
 * {@code ::} paths, calls, operators, braces, options), version numbers and dates, and lines that end as
 * statements do. A domain model learns knowledge from prose about such things, not from the things themselves; a
 * parenthesis or a date in a paragraph costs little. Pure, thread-safe.
 */
public final class CodeCues {
    /** Characters of code, not of prose ("5%", "$100", "C++", "R&D" and *emphasis* are prose). */
    private static final String SYMBOLS = "{}<>=;|\\#@^~`";

    private CodeCues() {}

    public static float of(String text) {
        int tokens = 0, code = 0;
        for (String t : text.split("\\s+")) {
            if (t.isEmpty()) continue;
            tokens++;
            if (isCode(t)) code++;
        }
        int lines = 0, statements = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            lines++;
            char last = l.charAt(l.length() - 1);
            if (last == ';' || last == '{' || last == '}' || l.startsWith("#include") || l.startsWith("//") || l.startsWith("/*")) statements++;
        }
        if (tokens == 0) return 0;
        float share = (float) code / tokens;
        float lineShare = lines < 2 ? 0 : (float) statements / lines;
        float v = Math.max((share - 0.06f) / 0.30f, lineShare);
        return Math.max(0f, Math.min(1f, v));
    }

    /** Whether a token looks like code, a version or a date (one scan of its characters, no regular expression). */
    static boolean isCode(String t) {
        int a = 0, b = t.length();
        while (a < b && "\"'([«“".indexOf(t.charAt(a)) >= 0) a++;
        while (b > a && "\"',.;:!?)»”]".indexOf(t.charAt(b - 1)) >= 0) b--;
        if (a >= b) return false;
        int n = b - a, digits = 0, dots = 0, dashes = 0, letters = 0, innerCaps = 0;
        boolean lowerFirst = Character.isLowerCase(t.charAt(a));
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (SYMBOLS.indexOf(c) >= 0 || c == '_') return true;
            if (Character.isDigit(c)) digits++;
            else if (Character.isLetter(c)) {
                letters++;
                if (i > a && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1))) innerCaps++;
            } else if (c == '.') {
                dots++;
                // identifier.identifier: two letters on each side ("java.util", "example.com", not "e.g." or "т.е.")
                if (i - a >= 2 && b - i > 2 && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i - 2))
                        && Character.isLetter(t.charAt(i + 1)) && Character.isLetter(t.charAt(i + 2)) && t.charAt(i - 1) < 128) return true;
            } else if (c == '-') {
                dashes++;
            } else if (c == '(' && i > a && Character.isLetterOrDigit(t.charAt(i - 1))) {
                return true; // a call: "free(", "size()"
            } else if (c == ':' && i + 1 < b && t.charAt(i + 1) == ':') {
                return true;
            } else if (c == '/' && i == a && t.indexOf('/', i + 1) > 0 && t.indexOf('/', i + 1) < b) {
                return true; // a path
            }
        }
        if (t.startsWith("--", a) || (n == 2 && t.charAt(a) == '-' && Character.isLetter(t.charAt(a + 1)))) return true;
        // versions and dates: 1.13.3, v2.0.1, 2022-04-23
        if (letters <= 1 && digits >= 3 && (dots >= 2 || dashes == 2)) return true;
        // "xsltTemplatePtr", "getValue": a capital inside a word that starts small, or two inside any word
        return n > 3 && (innerCaps >= 2 || (innerCaps == 1 && lowerFirst && letters > 4)) && !Character.isUpperCase(t.charAt(b - 1));
    }
}
