package org.strata.cli.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strata.engine.DefaultEncoder;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;
import org.strata.score.WordOrderModel;
import org.strata.score.eval.DensityEval;
import org.strata.score.eval.EvalSet;

/**
 * The density score on the project's evaluation sets (real public text in each language, split by document into
 * tune and test): the table of docs/benchmarks.md, per language, on the split asked for. With
 * {@code writeModels}, it learns instead the shipped word-order model of each language from its tune split.
 */
public final class DensityBench {
    private final PrintWriter out;

    public DensityBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path setDir, List<String> languages, String split, int[] choices) throws Exception {
        run(setDir, languages, split, choices, null);
    }

    /** As above; with {@code failures}, every degraded copy that scores at or above its original is written there. */
    public void run(Path setDir, List<String> languages, String split, int[] choices, Path failures) throws Exception {
        List<DensityEval.Report> reports = new ArrayList<>();
        try (Encoder encoder = DefaultEncoder.open(EncoderSettings.cpu());
                java.io.PrintWriter f = failures == null ? null : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(failures))) {
            DensityEval eval = new DensityEval(encoder).withFailures(f);
            for (String lang : languages) {
                EvalSet set = EvalSet.read(setDir, lang);
                out.println("scoring the " + split + " split of " + setDir.resolve(lang + ".tsv") + " ...");
                out.flush();
                reports.add(eval.run(set, split, choices));
            }
        }
        for (String line : DensityEval.format(reports)) out.println(line);
    }

    /** Learns each language's word-order model from the natural text of its tune split and writes it to {@code dir}. */
    public void writeModels(Path setDir, List<String> languages, Path dir, Path moreText) throws Exception {
        Files.createDirectories(dir);
        for (String lang : languages) {
            EvalSet set = EvalSet.read(setDir, lang);
            List<String> natural = new ArrayList<>(set.split("tune").stream().filter(i -> !i.kind().equals("boilerplate") && !i.kind().equals("spam"))
                    .map(EvalSet.Item::text).toList());
            // more ordinary writing of the tune documents (scripts/density-eval/build.py writes it), one paragraph a line
            if (moreText != null && Files.isRegularFile(moreText.resolve(lang + ".txt"))) {
                for (String line : Files.readAllLines(moreText.resolve(lang + ".txt"))) if (!line.isBlank()) natural.add(line);
            }
            WordOrderModel m = WordOrderModel.train(lang, natural);
            Path file = dir.resolve("wordorder-" + lang + ".txt.gz");
            try (OutputStream o = Files.newOutputStream(file)) {
                m.write(o);
            }
            out.println(file + ": learned from " + natural.size() + " paragraphs of tune documents");
        }
    }
}
