package org.strata.engine;

import java.io.IOException;
import java.util.Locale;

import org.strata.store.PassageStore;

/**
 * Lines that the corpus holds in passages of several sources: footers, bylines, navigation that the exact
 * duplicate filter did not catch because they sit inside longer passages. One pass over the texts counts, for
 * every line of 20 to 300 characters, the sources it appears in (hashes in an open-addressing table: a few bytes
 * a line, whatever the corpus size).
 */
public final class RepeatedLines {
    /** A line seen in this many sources or more is repeated. */
    public static final int SOURCES = 3;
    private long[] keys = new long[1 << 16];
    private int[] lastSource = new int[keys.length];
    private byte[] sources = new byte[keys.length];
    private int size;

    static RepeatedLines count(PassageStore store) throws IOException {
        RepeatedLines r = new RepeatedLines();
        store.forEach(false, p -> {
            int src = p.source().hashCode();
            for (String line : p.text().split("\n")) {
                long h = hash(line);
                if (h != 0) r.add(h, src);
            }
        });
        return r;
    }

    /** The share of the text's characters in repeated lines. */
    float share(String text) {
        int repeated = 0;
        for (String line : lines(text)) {
            long h = hash(line);
            if (h != 0 && count(h) >= SOURCES) repeated += line.length();
        }
        return share(repeated, chars(text));
    }

    /** The text's lines, as counted. */
    public static String[] lines(String text) {
        return text.split("\n");
    }

    /** The characters of the text's lines (line breaks not counted). */
    public static int chars(String text) {
        int total = 0;
        for (String line : lines(text)) total += line.length();
        return total;
    }

    /** The share of repeated characters among all (a job counts the repeated ones across its whole dataset). */
    public static float share(int repeatedChars, int totalChars) {
        return totalChars == 0 ? 0 : (float) repeatedChars / totalChars;
    }

    /** A line's key: 0 for a line too short or too long to count, a hash of its stripped lower-case text otherwise. */
    public static long hash(String line) {
        String l = line.strip();
        if (l.length() < 20 || l.length() > 300) return 0;
        long h = 1125899906842597L;
        String n = l.toLowerCase(Locale.ROOT);
        for (int i = 0; i < n.length(); i++) h = 31 * h + n.charAt(i);
        return h == 0 ? 1 : h;
    }

    private void add(long h, int source) {
        if (size * 2 >= keys.length) grow();
        int i = slot(h);
        if (keys[i] == 0) {
            keys[i] = h;
            lastSource[i] = source;
            sources[i] = 1;
            size++;
        } else if (lastSource[i] != source && sources[i] < Byte.MAX_VALUE) {
            lastSource[i] = source; // passages come in source order: a new source id is a new source
            sources[i]++;
        }
    }

    private int count(long h) {
        int i = slot(h);
        return keys[i] == 0 ? 0 : sources[i];
    }

    private int slot(long h) {
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 29)) & mask;
        while (keys[i] != 0 && keys[i] != h) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] k = keys;
        int[] l = lastSource;
        byte[] s = sources;
        keys = new long[k.length * 2];
        lastSource = new int[keys.length];
        sources = new byte[keys.length];
        for (int j = 0; j < k.length; j++) {
            if (k[j] == 0) continue;
            int i = slot(k[j]);
            keys[i] = k[j];
            lastSource[i] = l[j];
            sources[i] = s[j];
        }
    }
}
