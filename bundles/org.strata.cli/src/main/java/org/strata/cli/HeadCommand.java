package org.strata.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.Heads;
import org.strata.engine.Progress;
import org.strata.engine.Scoring;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "head", mixinStandardHelpOptions = true,
        description = {"The knowledge head, trained from the expert's judgments and versioned in DIR/heads (ONNX + JSON).",
                "train: trains a new version on every judgment, reports its cross-validated accuracy beside the prior's, makes "
                        + "it the one in use and re-scores the corpus from stored embeddings.",
                "eval: cross-validates on the judgments without saving anything. list: every version. use VERSION: scores with "
                        + "that version (or 'prior') from now on, and re-scores."})
final class HeadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Parameters(index = "1", paramLabel = "ACTION", description = "train, eval, list or use")
    String action;

    @Parameters(index = "2", paramLabel = "VERSION", arity = "0..1", description = "for use: a version number, or prior")
    String version;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusFolder c = corpus.open()) {
            Heads heads = new Heads(c);
            switch (action) {
                case "list" -> list(out, heads);
                case "eval" -> {
                    CorpusService.HeadEvaluated r = CorpusService.of(c).evaluateHead().orThrowIO();
                    leftOut(r.missing(), r.unscored());
                    out.println(Say.that("head.eval", r.judgments(), r.rows(), pct(r.accuracy()), pct(r.priorAccuracy()), r.folds(), r.millis()));
                }
                case "train" -> {
                    long[] t0 = {0};
                    var r = CorpusService.of(c).learnFromJudgments(Progress.NONE, info -> {
                        out.println(describe(info));
                        t0[0] = System.nanoTime(); // the re-scoring starts
                    });
                    if (!r.ok()) throw new IllegalArgumentException(r.message());
                    if (r.value().head() == null) {
                        if (r.value().unscored() > 0) {
                            throw new IllegalArgumentException("no judgments to learn from: " + r.value().unscored()
                                    + " judged passages are not scored yet (strata score " + corpus.dir() + ")");
                        }
                        throw new IllegalArgumentException("no judgments to learn from: judge passages first (strata judge " + corpus.dir() + ")");
                    }
                    leftOut(r.value().missing(), r.value().unscored());
                    Scoring.Result s = r.value().rescored();
                    out.println(Say.that("head.rescored", s.rescored() + s.encoded(), (System.nanoTime() - t0[0]) / 1e9, s.encoded()));
                }
                case "use" -> {
                    if (version == null) throw new IllegalArgumentException("head use needs a VERSION (a number, or prior)");
                    int v = version.equals("prior") ? 0 : Integer.parseInt(version);
                    CorpusService.HeadUsed used = CorpusService.of(c).useHead(v, Progress.NONE).orThrowIO();
                    out.println(v == 0 ? Say.that("head.scoringWithPrior") : Say.that("head.scoringWith", describe(used.head())));
                    if (used.notRescored() != null) {
                        out.println(Say.that("head.notRescored", used.notRescored()));
                        return 0;
                    }
                    Scoring.Result r = used.rescored();
                    out.println(Say.that("head.rescored", r.rescored() + r.encoded(), used.rescoreMillis() / 1e3, r.encoded()));
                }
                default -> throw new IllegalArgumentException("unknown action '" + action + "': train, eval, list or use");
            }
        }
        return 0;
    }

    private void leftOut(int missing, int unscored) {
        if (missing + unscored > 0) {
            spec.commandLine().getErr().println(Say.that("head.leftOut", missing, unscored));
        }
    }

    private void list(PrintWriter out, Heads heads) throws Exception {
        List<Heads.Info> all = heads.list();
        int current = heads.current();
        if (all.isEmpty()) out.println(Say.that("head.none", corpus.dir()));
        for (Heads.Info i : all) out.println((i.version() == current ? "* " : "  ") + describe(i));
        if (current == 0 && !all.isEmpty()) out.println(Say.that("head.priorInUse"));
    }

    static String describe(Heads.Info i) {
        String acc = Double.isNaN(i.accuracy()) ? Say.that("head.notValidated")
                : Say.that("head.accuracy", pct(i.accuracy()), pct(i.priorAccuracy()));
        return Say.that("head.describe", String.valueOf(i.version()), i.judgments(), acc, i.created(), i.encoder(), String.valueOf(i.dimension()),
                i.trainMillis());
    }

    static String pct(double v) {
        return Double.isNaN(v) ? Say.that("head.na") : Say.that("head.percent", 100 * v);
    }
}
