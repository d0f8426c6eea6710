package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.Progress;
import org.strata.engine.Scoring;
import org.strata.score.Encoder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Encodes every passage that has no score yet with the ONNX encoder (CPU) and stores its "
                + "embedding and a density score in [0,1].")
final class ScoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32", description = "passages per inference batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            if (c.store().count() == 0) {
                spec.commandLine().getErr().println("strata score: " + dir + " has no passages yet; ingest files first: strata ingest "
                        + dir + " PATH...");
                return 1;
            }
            long t0 = System.nanoTime();
            try (Encoder encoder = DefaultEncoder.open()) {
                Scoring.Result r = new Scoring(encoder, batch).run(c, Progress.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                out.println(String.format(Locale.ROOT, "scored %d passages with %s on CPU in %.1f s (%d already scored, kept)",
                        r.scored(), encoder.name(), s, r.kept()));
            }
        }
        return 0;
    }
}
