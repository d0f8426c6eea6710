package org.strata.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps evaluation text out of training: the word n-grams of every held-out verification item (prompt and
 * answer); a passage that shares one of them is left out of training. Words are runs of letters and digits,
 * lower-cased, so that punctuation and case do not hide an overlap.
 */
final class Decontamination {
    private final int n;
    private final Set<Long> grams = new HashSet<>();

    Decontamination(int n, List<String> evalTexts) {
        this.n = n;
        for (String t : evalTexts) {
            long[] w = words(t);
            for (int i = 0; i + n <= w.length; i++) grams.add(gram(w, i));
        }
    }

    boolean isEmpty() {
        return grams.isEmpty();
    }

    /** Whether the text shares an n-gram with an evaluation item. */
    boolean overlaps(String text) {
        if (grams.isEmpty()) return false;
        long[] w = words(text);
        for (int i = 0; i + n <= w.length; i++) if (grams.contains(gram(w, i))) return true;
        return false;
    }

    private long gram(long[] w, int from) {
        long h = Fnv.OFFSET;
        for (int i = from; i < from + n; i++) h = Fnv.mix(h, w[i]);
        return h;
    }

    /** Each word as a 64-bit hash. */
    static long[] words(String text) {
        long[] out = new long[16];
        int count = 0;
        int i = 0, len = text.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            if (i >= len) break;
            long h = Fnv.OFFSET;
            while (i < len && Character.isLetterOrDigit(text.codePointAt(i))) {
                int cp = Character.toLowerCase(text.codePointAt(i));
                h = Fnv.mix(h, cp);
                i += Character.charCount(text.codePointAt(i));
            }
            if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
            out[count++] = h;
        }
        return java.util.Arrays.copyOf(out, count);
    }

}
