package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.Encoders;
import org.strata.engine.Scoring;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores every passage that has no score yet for semantic density in [0,1]: encodes it with the ONNX "
                + "encoder (its embedding is stored and never computed twice), then combines knowledge (the head in use, or "
                + "the prior), information, redundancy and boilerplate. strata explain shows the parts of one score.",
                "--rescore scores every passage again from the stored embeddings (after training a head or changing "
                        + "weights): the encoder runs only for passages that have none."})
final class ScoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "auto",
            description = "where the encoder runs: auto takes CUDA where its provider loads, else the CPU (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "sequences per inference batch at most (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--int8", description = "the int8 weights: about twice as fast on a CPU, embeddings slightly different")
    boolean int8;

    @Option(names = "--rescore", description = "score every passage again from its stored embedding")
    boolean rescore;

    @Option(names = "--reembed", description = "encode every passage again (after changing the scoring profile's encoder)")
    boolean reembed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EncoderSettings settings = EncoderSettings.on(EncoderSettings.Device.parse(device)).withBatch(batch).withInt8(int8);
        try (CorpusFolder c = Corpora.folder(dir, spec)) {
            if (c.store().count() == 0) {
                spec.commandLine().getErr().println("strata score: " + dir + " has no passages yet; ingest files first: strata ingest "
                        + dir + " PATH...");
                return 1;
            }
            long t0 = System.nanoTime();
            try (Encoder encoder = Encoders.open(c, settings)) {
                if (encoder.note() != null) spec.commandLine().getErr().println("strata score: " + encoder.note());
                StepsBar bar = new StepsBar(spec.commandLine().getErr(), "scoring");
                Scoring.Result r = new Scoring(encoder).run(c, rescore, reembed, bar);
                bar.clear();
                double s = (System.nanoTime() - t0) / 1e9;
                out.println(String.format(Locale.ROOT, "scored %d passages with %s on %s (%s) in %.1f s: %d encoded, %d re-scored "
                        + "from stored embeddings, %d kept; knowledge from the %s", r.encoded() + r.rescored(), encoder.name(),
                        encoder.device(), settings.describe(), s, r.encoded(), r.rescored(), r.kept(), r.knowledge()));
                if (r.recount() != null) out.println(r.recount().line());
                for (String line : r.learned()) out.println(line);
            }
        }
        return 0;
    }
}
