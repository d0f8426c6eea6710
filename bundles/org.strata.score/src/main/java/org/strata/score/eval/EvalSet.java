package org.strata.score.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A density evaluation set of one language: real public text written by others, one passage a line
 * ({@code split TAB kind TAB document TAB text}, newlines in the text written as {@code \n}). The kind
 * {@value #POSITIVE} is the dense writing (documentation, reference, scientific prose); every other kind (fiction,
 * humour, chatter, spam, boilerplate) is a negative. The split ({@code tune} or {@code test}) goes by document, so
 * no document straddles it: whatever is tuned or trained sees {@code tune} only, and figures are reported on
 * {@code test}.
 */
public record EvalSet(String language, List<Item> items) {
    public static final String POSITIVE = "expository";

    /** One passage: its split, kind, the document it comes from, and its text. */
    public record Item(String split, String kind, String document, String text) {
        public boolean positive() {
            return kind.equals(POSITIVE);
        }
    }

    /** Reads {@code DIR/<language>.tsv}. */
    public static EvalSet read(Path dir, String language) throws IOException {
        Path file = dir.resolve(language + ".tsv");
        if (!Files.isRegularFile(file)) throw new IOException("no evaluation set " + file);
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", 4);
            if (f.length != 4 || !(f[0].equals("tune") || f[0].equals("test"))) {
                throw new IOException(file + " line " + n + ": expected split<TAB>kind<TAB>document<TAB>text, split tune or test");
            }
            items.add(new Item(f[0], f[1], f[2], f[3].replace("\\n", "\n")));
        }
        if (items.isEmpty()) throw new IOException(file + " holds no passages");
        return new EvalSet(language, List.copyOf(items));
    }

    /** The passages of one split. */
    public List<Item> split(String split) {
        return items.stream().filter(i -> i.split().equals(split)).toList();
    }
}
