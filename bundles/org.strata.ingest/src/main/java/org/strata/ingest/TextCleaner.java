package org.strata.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans extracted text before segmentation: Unicode NFKC (ligatures such as "ﬁ" become "fi"), words
 * hyphenated across a line end joined again, runs of spaces and tabs collapsed, blank lines kept as
 * paragraph breaks. Pure functions; no state.
 */
public final class TextCleaner {
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{L})[-\u00AD]\\n[ \\t]*(\\p{Ll})");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern TRAILING = Pattern.compile(" *\\n *");
    private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\uFFFD]");
    private static final Pattern WS = Pattern.compile("\\s+");

    private TextCleaner() {}

    public static String clean(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("\n");
        s = HYPHEN_BREAK.matcher(s).replaceAll("$1$2");
        s = MANY_BREAKS.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(page|p\\.|seite|стр\\.?)?\\s*[-–—]?\\s*\\d{1,4}\\s*((of|/|von|из)\\s*\\d{1,4})?\\s*[-–—]?\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * For paged documents (PDF and the like): drops page-number lines ("12", "Page 3 of 9", "- 4 -") and running
     * headers and footers, that is short lines that come back three times or more with only their numbers changed.
     */
    public static String removeRunningLines(String text) {
        String[] lines = text.split("\n", -1);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String l : lines) {
            String k = runningKey(l);
            if (k != null) counts.merge(k, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (String l : lines) {
            String k = runningKey(l);
            boolean running = k != null && counts.get(k) >= 3;
            if (running || PAGE_NUMBER.matcher(l).matches() && !l.isBlank()) continue;
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    private static String runningKey(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 100) return null;
        return DIGITS.matcher(t.toLowerCase(java.util.Locale.ROOT)).replaceAll("#");
    }

    /** The form two passages must share to be exact duplicates: NFKC, lower case, single spaces. */
    public static String identityForm(String passage) {
        String s = Normalizer.normalize(passage, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return WS.matcher(s).replaceAll(" ").strip();
    }
}
