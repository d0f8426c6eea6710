package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.Encoders;
import org.strata.engine.Explanation;
import org.strata.score.Encoder;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why a passage scored as it did: its density, the four parts (knowledge, information, redundancy, "
                + "boilerplate) and what each gave or cost, the signals weakest first, its nearest other passage and the "
                + "prior's nearest prototypes.")
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Parameters(index = "1", paramLabel = "PASSAGE-ID", description = "as strata search --json and exports show it")
    String id;

    @Override
    public Integer call() throws Exception {
        try (CorpusFolder c = corpus.open(); Encoder encoder = Encoders.open(c, org.strata.score.EncoderSettings.cpu())) {
            Encoders.check(c, encoder);
            for (String line : Explanation.of(c, encoder, id)) spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
