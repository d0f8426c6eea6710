package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.Response;
import org.strata.engine.ScoreRequest;
import org.strata.engine.Scoring;
import org.strata.store.PassageFilter;
import org.strata.score.EncoderSettings;

import org.strata.options.CorpusDir;
import org.strata.options.EncoderOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    CorpusDir corpus;

    @Mixin
    EncoderOptions encoder;

    @Option(names = "--int8", description = "the int8 weights: about twice as fast on a CPU, embeddings slightly different")
    boolean int8;

    @Option(names = "--rescore", description = "score every passage again from its stored embedding")
    boolean rescore;

    @Option(names = "--reembed", description = "encode every passage again (after changing the scoring profile's encoder)")
    boolean reembed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EncoderSettings settings = encoder.settings().withInt8(int8);
        try (CorpusService service = corpus.service()) {
            if (service.count(PassageFilter.NONE).orThrow() == 0) {
                spec.commandLine().getErr().println("strata score: " + Say.that("score.noPassages", corpus.dir()));
                return 1;
            }
            StepsBar bar = new StepsBar(spec.commandLine().getErr(), Say.that("score.bar"));
            Response<CorpusService.Scored> scored = service.score(new ScoreRequest(settings, rescore, reembed), bar,
                    line -> spec.commandLine().getErr().println("strata score: " + org.strata.engine.Phrases.say(line)));
            bar.clear();
            if (!scored.ok()) throw new IllegalStateException(scored.message());
            CorpusService.Scored done = scored.value();
            Scoring.Result r = done.result();
            out.println(Say.that("score.done", r.encoded() + r.rescored(), done.encoder(), done.device(), done.settings(), done.millis() / 1e3,
                    r.encoded(), r.rescored(), r.kept(), knowledge(r.knowledge())));
            if (r.recount() != null) out.println(org.strata.engine.Phrases.say(r.recount().line()));
            for (String line : r.learned()) out.println(org.strata.engine.Phrases.say(line));
        }
        return 0;
    }

    /** "prior" or "head 3 and the classifier edu.onnx" as the engine names it; the prior and a plain head in the user's words. */
    static String knowledge(String engine) {
        if ("prior".equals(engine)) return Say.that("score.prior");
        if (engine.matches("head \\d+")) return Say.that("score.head", engine.substring(5));
        return engine;
    }
}
