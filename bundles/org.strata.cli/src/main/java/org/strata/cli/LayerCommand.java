package org.strata.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.strata.engine.LayerPlacement;
import org.strata.engine.CorpusService;
import org.strata.engine.Progress;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "layer", mixinStandardHelpOptions = true,
        description = "Places passages in layers. --auto learns from every passage the expert placed (strata passages "
                + "--set-layer, or the workbench), the layers' descriptions carrying the start, and puts every other scored "
                + "passage in the layer it suggests, marked as suggested with how sure it is; the expert's placements never move. "
                + "It prints the accuracy cross-validation measured on the expert's placements, per layer.")
final class LayerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--auto", required = true, description = "learn from the expert's placements and place every other scored passage")
    boolean auto;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusService service = corpus.service()) {
            LayerPlacement.Result r = service.placeInLayers(Progress.NONE).orThrowIO();
            if (r.suggested() == 0 && r.layers().stream().mapToInt(LayerPlacement.LayerCount::expert).sum() == 0) {
                if (r.unscored() > 0) out.println(Say.that("layer.unscored", r.unscored(), corpus.dir()));
                spec.commandLine().getErr().println("strata layer: " + Say.that("layer.none"));
                return 1; // nothing scored: no advice about examples, no table of zeros
            }
            if (r.examples() == 0) out.println(Say.that("layer.cold", corpus.dir()));
            else if (r.folds() == 0) out.println(Say.that("layer.unmeasured", r.examples()));
            else out.println(Say.that("layer.learned", r.examples(), percent(r.accuracy()), percent(r.priorAccuracy()), r.folds()));
            int width = Math.max(12, r.layers().stream().mapToInt(l -> l.layer().length()).max().orElse(0) + 2);
            out.println(Say.pad(Say.that("layer.column.layer"), width) + left(Say.that("layer.column.expert"), 8)
                    + left(Say.that("layer.column.suggested"), 12) + left(Say.that("layer.column.accuracy"), 11) + " " + Say.that("layer.column.heldOut"));
            for (LayerPlacement.LayerCount l : r.layers()) {
                out.println(Say.pad(l.layer(), width) + left(Say.number(l.expert(), "integer"), 8) + left(Say.number(l.suggested(), "integer"), 12)
                        + left(percent(l.accuracy()), 11) + " (" + Say.number(l.heldOut(), "integer") + ")");
            }
            if (r.unscored() > 0) out.println(Say.that("layer.unscored", r.unscored(), corpus.dir()));
        }
        return 0;
    }

    /** Right-aligned in a column of this width. */
    private static String left(String s, int width) {
        return " ".repeat(Math.max(1, width - s.length())) + s;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : Say.that("head.percent", 100 * share);
    }
}
