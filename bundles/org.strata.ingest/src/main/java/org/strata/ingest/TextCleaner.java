package org.strata.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans extracted text before segmentation: Unicode NFKC (ligatures such as "ﬁ" become "fi"), words
 * hyphenated across a line end joined again, runs of spaces and tabs collapsed, blank lines kept as
 * paragraph breaks. Pure functions; no state.
 */
public final class TextCleaner {
    private TextCleaner() {}

    /** NFKC, skipped for text that is already in that form (pure ASCII text always is). */
    private static String nfkc(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        return ascii || Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Spaces that collapse into one: space, tab, vertical tab, form feed and the Unicode spaces. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** Control characters and the replacement character, which carry no text. */
    private static boolean dropped(char c) {
        return c <= 0x08 || (c >= 0x0E && c <= 0x1F) || c == 0x7F || c == 0xFFFD;
    }

    /**
     * One pass over the text: line ends made {@code \n}, control characters dropped, runs of spaces made one space,
     * spaces at line ends and starts dropped, a word hyphenated across a line end joined, three or more line breaks
     * made two (a paragraph break).
     */
    public static String clean(String raw) {
        String s = nfkc(raw);
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        int pendingBreaks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n') {
                pendingBreaks++;
                pendingSpace = false;
            } else if (space(c)) {
                pendingSpace = pendingBreaks == 0;
            } else if (!dropped(c)) {
                if (sb.length() > 0) {
                    if (pendingBreaks == 1 && hyphenatedBefore(sb) && Character.getType(c) == Character.LOWERCASE_LETTER) {
                        sb.setLength(sb.length() - 1); // "exam-\nple" -> "example"
                    } else if (pendingBreaks > 0) {
                        sb.append(pendingBreaks == 1 ? "\n" : "\n\n");
                    } else if (pendingSpace) {
                        sb.append(' ');
                    }
                }
                sb.append(c);
                pendingSpace = false;
                pendingBreaks = 0;
            }
        }
        unwrap(sb);
        return sb.toString().strip();
    }

    /**
     * Joins lines that a mail program, a text editor or a PDF's layout wrapped inside a paragraph: a single line break
     * becomes a space when the line before is long enough to have been wrapped and the next line goes on with the
     * sentence (it starts in lower case, or the line before does not end a sentence). Short lines (headings, a
     * greeting, a list) and blank-line paragraph breaks stay.
     */
    private static void unwrap(StringBuilder sb) {
        int lineStart = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) != '\n') continue;
            boolean single = (i == 0 || sb.charAt(i - 1) != '\n') && i + 1 < sb.length() && sb.charAt(i + 1) != '\n';
            if (single && continues(sb, lineStart, i)) sb.setCharAt(i, ' ');
            lineStart = i + 1; // the physical line: a wrapped paragraph's lines are judged one by one
        }
    }

    private static boolean continues(StringBuilder sb, int lineStart, int end) {
        int length = end - lineStart;
        char last = sb.charAt(end - 1), next = sb.charAt(end + 1);
        if (length < 30 || !Character.isLetterOrDigit(next) && next != '(' && next != '"' && next != '\u201C') return false;
        if (Character.isLowerCase(next)) return true;
        return length >= 50 && ".!?:;".indexOf(last) < 0 && !listItem(sb, end + 1);
    }

    /** A line that starts a list item ("- ", "* ", "3. ", "b) ") rather than going on with a sentence. */
    private static boolean listItem(StringBuilder sb, int start) {
        int i = start;
        while (i < sb.length() && i - start < 4 && Character.isLetterOrDigit(sb.charAt(i))) i++;
        return i < sb.length() - 1 && i > start && (sb.charAt(i) == '.' || sb.charAt(i) == ')') && sb.charAt(i + 1) == ' '
                && (i - start <= 2 || Character.isDigit(sb.charAt(start)));
    }

    /** The text so far ends in a letter and a hyphen (or soft hyphen). */
    private static boolean hyphenatedBefore(StringBuilder sb) {
        int n = sb.length();
        char h = sb.charAt(n - 1);
        return n >= 2 && (h == '-' || h == '\u00AD') && Character.isLetter(sb.charAt(n - 2));
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
        String s = nfkc(passage).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pending = sb.length() > 0;
            } else {
                if (pending) sb.append(' ');
                sb.append(c);
                pending = false;
            }
        }
        return sb.toString().strip();
    }
}
