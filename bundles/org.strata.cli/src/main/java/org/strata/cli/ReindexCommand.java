package org.strata.cli;

import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.Response;
import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Brings the full-text index of a corpus made before search knew languages forward: every English and "
                + "Russian passage is indexed again with its language's analysis, so that word forms match (\"сухожилия\" finds "
                + "\"сухожилие\", \"tendons\" finds \"tendon\"). Embeddings, scores and attributes stay as they are. Until then such "
                + "a corpus opens and searches as before, on exact word forms. Stopped, it keeps what is done; run it again to finish.")
final class ReindexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        try (CorpusService service = corpus.service()) {
            StepsBar bar = new StepsBar(spec.commandLine().getErr(), Say.that("reindex.bar"));
            Response<Long> r = service.reindexText(bar);
            bar.clear();
            r.orThrowIO();
            spec.commandLine().getOut().println(org.strata.engine.Phrases.say(r.message()) + " (" + Say.that("seconds", (System.nanoTime() - t0) / 1e9) + ")");
        }
        return 0;
    }
}
