package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;

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
        try (CorpusService service = corpus.service()) {
            for (String line : service.explain(id).orThrow()) spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
