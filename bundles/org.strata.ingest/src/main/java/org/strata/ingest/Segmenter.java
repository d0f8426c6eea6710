package org.strata.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts cleaned text into passages of at most {@code budget} tokens. Short paragraphs (lines, such as headings)
 * are joined to the paragraphs that follow until the passage holds an eighth of the budget; longer paragraphs
 * stand alone; a paragraph longer than the budget is cut between sentences, and a sentence longer than the
 * budget between words. Passages with fewer than {@code minTokens} tokens are dropped as fragments.
 */
public final class Segmenter {
    private final TokenCounter counter;
    private final int budget;
    private final int minTokens;

    public Segmenter(TokenCounter counter, int budget, int minTokens) {
        if (budget < 8) throw new IllegalArgumentException("token budget too small: " + budget);
        this.counter = counter;
        this.budget = budget;
        this.minTokens = minTokens;
    }

    public List<Segment> segment(String text) {
        List<int[]> units = new ArrayList<>(); // [start, end, tokens] of pieces no longer than the budget
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            addParagraph(text, pos, end, units);
            pos = end + 1;
        }
        List<Segment> out = new ArrayList<>();
        int start = -1, end = -1, tokens = 0;
        int enough = Math.max(minTokens, budget / 8); // a paragraph this long stands as its own passage
        for (int[] u : units) {
            int t = u[2];
            if (u.length > 3) { // a piece of a word longer than the budget: a passage of its own, never joined
                if (start >= 0) emit(text, start, end, tokens, out);
                emit(text, u[0], u[1], t, out);
                start = -1;
                tokens = 0;
                continue;
            }
            if (start >= 0 && (tokens + t > budget || tokens >= enough)) {
                emit(text, start, end, tokens, out);
                start = -1;
                tokens = 0;
            }
            if (start < 0) start = u[0];
            end = u[1];
            tokens += t;
        }
        if (start >= 0) emit(text, start, end, tokens, out);
        return out;
    }

    /** Token counts add up over whitespace, so a passage's count is the sum of its units' (each counted once). */
    private void emit(String text, int start, int end, int tokens, List<Segment> out) {
        if (tokens < minTokens) return;
        String s = text.substring(start, end).strip();
        if (!s.isEmpty()) out.add(new Segment(start, end, s, tokens));
    }

    private void addParagraph(String text, int start, int end, List<int[]> units) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start >= end) return;
        int whole = counter.count(text.substring(start, end));
        if (whole <= budget) {
            units.add(new int[] {start, end, whole});
            return;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text.substring(start, end));
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int a = start + s, b = start + e;
            int t = counter.count(text.substring(a, b));
            if (t <= budget) units.add(new int[] {a, b, t});
            else addWords(text, a, b, units);
        }
    }

    /** A single sentence over the budget: cut between words (token counts add up over words). */
    private void addWords(String text, int start, int end, List<int[]> units) {
        int pieceStart = start, tokens = 0, i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int w = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
            if (w == i) break;
            int t = counter.count(text.substring(w, i));
            if (t > budget) { // one "word" over the budget (data, code, a run of punctuation): cut between characters
                if (tokens > 0) units.add(new int[] {pieceStart, w, tokens});
                cutWord(text, w, i, units);
                pieceStart = i;
                tokens = 0;
                continue;
            }
            if (tokens > 0 && tokens + t > budget) {
                units.add(new int[] {pieceStart, w, tokens});
                pieceStart = w;
                tokens = 0;
            }
            tokens += t;
        }
        if (pieceStart < end && tokens > 0) units.add(new int[] {pieceStart, end, tokens});
    }

    /**
     * Cuts a run of text without white space into pieces of at most the budget, each as long as it can be: the
     * piece's length is found by doubling, then halving, on counts of the piece itself (counts do not add up inside
     * a word). Pieces are marked to stand alone, so that their counts stay exact.
     */
    private void cutWord(String text, int from, int to, List<int[]> units) {
        int pos = from;
        while (pos < to) {
            int good = 0, bad = -1, step = Math.min(to - pos, budget * 4);
            while (true) { // grow until the piece is over the budget or reaches the end
                if (counter.count(text.substring(pos, pos + step)) <= budget) {
                    good = step;
                    if (pos + step == to) break;
                    step = Math.min(to - pos, step * 2);
                } else {
                    bad = step;
                    break;
                }
            }
            while (bad >= 0 && bad - good > 1) {
                int mid = (good + bad) >>> 1;
                if (counter.count(text.substring(pos, pos + mid)) <= budget) good = mid;
                else bad = mid;
            }
            if (good == 0) good = 1; // a single character over the budget cannot be cut further
            units.add(new int[] {pos, pos + good, counter.count(text.substring(pos, pos + good)), 1});
            pos += good;
        }
    }
}
