package org.strata.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.strata.engine.AutoLayer;
import org.strata.engine.CorpusService;
import org.strata.engine.Progress;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "layer", mixinStandardHelpOptions = true,
        description = "Places passages in layers. --auto puts every scored passage in the layer whose description "
                + "is nearest to it in embedding space.")
final class LayerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--auto", required = true, description = "place every scored passage by the nearest layer description")
    boolean auto;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusService service = corpus.service()) {
            AutoLayer.Result r = service.placeByDescriptions(Progress.NONE).orThrowIO();
            r.placed().forEach((layer, n) -> out.println(Say.pad(layer, 12) + Say.that("layer.placed", n)));
            if (r.unscored() > 0) out.println(Say.that("layer.unscored", r.unscored(), corpus.dir()));
            if (r.placed().values().stream().mapToInt(Integer::intValue).sum() == 0) {
                spec.commandLine().getErr().println("strata layer: " + Say.that("layer.none"));
                return 1;
            }
        }
        return 0;
    }
}
