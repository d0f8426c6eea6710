package org.strata.cli.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.zip.CRC32;

import org.strata.score.LanguageKit;
import org.strata.score.WordOrder;
import org.strata.score.WordOrderModel;
import org.strata.score.eval.Degrade;

/**
 * Word order where Strata ships no model, measured on held-out documents: a model learned from one half of a
 * language's documents ({@link WordOrderModel#train}, as a corpus learns one from its own passages) against the
 * capitals cue ({@link WordOrder}) on the other half. Reads {@code DIR/<language>.tsv}, one paragraph a line after
 * its document's name and a tab; documents go to one half or the other by a hash of their name. Reports, for
 * paragraphs of at least 20 words, how often the original scores above its shuffled and its keyword-stuffed copy
 * (ties count half), and how many originals and shuffled copies fall on the right side of 0.5, with models learned
 * from growing numbers of paragraphs, and from all of them with a fifth more shuffled in (a corpus learns from its own
 * passages, spam among them).
 */
public final class WordOrderBench {
    /** The learning sizes reported besides "all". */
    private static final int[] SIZES = {100, 300, 1000};
    private final PrintWriter out;

    public WordOrderBench(PrintWriter out) {
        this.out = out;
    }

    /** The languages of the folder: its {@code <language>.tsv} files, sorted. */
    public static List<String> languages(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no folder " + dir + " (scripts/word-order-eval/build.sh makes one)");
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    public void run(Path dir, List<String> languages) throws Exception {
        out.println("| language | learned from | test paragraphs | above shuffled | above keyword-stuffed | originals at 0.5 or more "
                + "| shuffled under 0.5 | learning took |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (String lang : languages) {
            Path file = dir.resolve(lang + ".tsv");
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no " + file + " (document<TAB>paragraph per line)");
            List<String> learn = new ArrayList<>(), test = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) continue;
                CRC32 crc = new CRC32();
                crc.update(line.substring(0, tab).getBytes(StandardCharsets.UTF_8));
                String text = line.substring(tab + 1);
                if (crc.getValue() % 2 == 0) learn.add(text);
                else if (text.split("\\s+").length >= 20) test.add(text);
            }
            List<String[]> pairs = degraded(test);
            LanguageKit kit = LanguageKit.of(lang);
            row(lang, "capitals cue (no model)", pairs, t -> WordOrder.of(t, kit), 0);
            WordOrderModel shipped = WordOrderModel.shipped(lang);
            if (shipped != null) row(lang, "the model Strata ships", pairs, shipped::score, 0);
            for (int n : SIZES) {
                if (n >= learn.size()) break;
                long t0 = System.nanoTime();
                WordOrderModel m = WordOrderModel.train(lang, learn.subList(0, n));
                row(lang, n + " paragraphs", pairs, m::score, System.nanoTime() - t0);
            }
            long t0 = System.nanoTime();
            WordOrderModel m = WordOrderModel.train(lang, learn);
            row(lang, "all " + learn.size() + " paragraphs", pairs, m::score, System.nanoTime() - t0);
            // a corpus learns from its own passages, spam and shuffled text among them: one in five shuffled
            List<String> dirty = new ArrayList<>(learn);
            Random random = new Random(3);
            for (int i = 0; i < learn.size(); i += 4) dirty.add(Degrade.of("shuffled", learn.get(i), random, List.of()));
            t0 = System.nanoTime();
            m = WordOrderModel.train(lang, dirty);
            row(lang, "the same and " + (dirty.size() - learn.size()) + " shuffled", pairs, m::score, System.nanoTime() - t0);
            // and as a corpus uses it: on the very paragraphs it learned from, shuffled copies and all
            List<String[]> own = new ArrayList<>();
            for (int i = 0, k = learn.size(); i < learn.size(); i += 4, k++) {
                if (learn.get(i).split("\\s+").length >= 20) own.add(new String[] {learn.get(i), dirty.get(k), null});
            }
            row(lang, "the same, measured on the paragraphs it learned from", own, m::score, 0);
            out.flush();
        }
    }

    /** Each test paragraph with its shuffled and keyword-stuffed copies (null where too short to stuff). */
    private static List<String[]> degraded(List<String> test) {
        Random random = new Random(5);
        List<String[]> out = new ArrayList<>();
        for (String t : test) out.add(new String[] {t, Degrade.of("shuffled", t, random, List.of()), Degrade.of("keyword-stuffed", t, random, List.of())});
        return out;
    }

    private void row(String lang, String source, List<String[]> pairs, ToDoubleFunction<String> score, long nanos) {
        double[] above = new double[2];
        int[] n = new int[2];
        int natural = 0, shuffled = 0; // on the right side of 0.5
        for (String[] p : pairs) {
            double o = score.applyAsDouble(p[0]);
            if (o >= 0.5) natural++;
            if (score.applyAsDouble(p[1]) < 0.5) shuffled++;
            for (int k = 0; k < 2; k++) {
                if (p[k + 1] == null) continue;
                double d = score.applyAsDouble(p[k + 1]);
                above[k] += o > d ? 1 : o == d ? 0.5 : 0;
                n[k]++;
            }
        }
        out.println(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s |", lang, source, pairs.size(), share(above[0], n[0]),
                share(above[1], n[1]), share(natural, pairs.size()), share(shuffled, pairs.size()),
                nanos == 0 ? "" : String.format(Locale.ROOT, "%.2f s", nanos / 1e9)));
    }

    private static String share(double part, int whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * part / whole);
    }
}
