package org.strata.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.strata.store.Passage;

/** Candidates side by side in a terminal: one column each, text wrapped to the column, long passages cut. */
final class SideBySide {
    static final int MAX_LINES = 16;

    private SideBySide() {}

    static String render(List<Passage> cands, int width) {
        int n = cands.size();
        int col = Math.max(20, (Math.max(40, width) - 3 * (n - 1)) / n);
        List<List<String>> columns = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < n; i++) {
            Passage p = cands.get(i);
            List<String> lines = new ArrayList<>();
            String name = Path.of(p.source().replace('!', '/')).getFileName().toString();
            lines.add(cut(String.format(Locale.ROOT, "[%d] %s", i + 1, name), col));
            lines.add(cut("    " + Say.that("judge.card", p.density(), p.tokens()), col));
            lines.add("-".repeat(col));
            List<String> body = wrap(p.text(), col);
            if (body.size() > MAX_LINES) {
                body = new ArrayList<>(body.subList(0, MAX_LINES));
                body.set(MAX_LINES - 1, cut(body.get(MAX_LINES - 1), col - 3) + "...");
            }
            lines.addAll(body);
            columns.add(lines);
            height = Math.max(height, lines.size());
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < height; r++) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String cell = r < columns.get(i).size() ? columns.get(i).get(r) : "";
                row.append(cell).append(" ".repeat(col - cell.length()));
                if (i < n - 1) row.append(" | ");
            }
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.strip().split("\\s+")) {
                if (word.isEmpty()) continue;
                while (word.length() > width) { // a word longer than the column is cut
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            if (line.length() > 0) out.add(line.toString());
        }
        return out;
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width));
    }
}
