package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;

import org.strata.engine.CorpusService;
import org.strata.engine.CorpusStats;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints passage, source, token and layer counts and the density distribution.")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--json", description = "one JSON object instead of text")
    boolean json;

    @Option(names = "--bins", defaultValue = "10", description = "density histogram bins (default: ${DEFAULT-VALUE})")
    int bins;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CorpusStats s;
        try (CorpusService service = corpus.service()) {
            s = service.stats(bins).orThrow();
        }
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(s));
            return 0;
        }
        out.println(Say.pad(Say.that("stats.corpus"), 9) + s.name());
        out.println(Say.pad(Say.that("stats.passages"), 9) + s.passages());
        out.println(Say.pad(Say.that("stats.sources"), 9) + Say.that("stats.sourcesCount", s.sources())
                + (s.failedSources() > 0 ? Say.that("stats.sourcesFailed", s.failedSources()) : ""));
        out.println(Say.pad(Say.that("stats.tokens"), 9) + s.tokens());
        out.println(Say.that("stats.layers"));
        for (CorpusStats.LayerCount l : s.layers()) out.println("  " + Say.pad(l.name(), 16) + Say.that("stats.layerRow", l.passages(), l.tokens()));
        if (s.unassigned() > 0) out.println("  " + Say.pad(Say.that("stats.noLayer"), 16) + Say.that("layer.placed", s.unassigned()));
        out.println(Say.that("stats.density"));
        long max = 1;
        for (long n : s.density().counts()) max = Math.max(max, n);
        for (int i = 0; i < s.density().counts().length; i++) {
            long n = s.density().counts()[i];
            out.println("  " + Say.number(s.density().edges()[i], "0.00") + "-" + Say.number(s.density().edges()[i + 1], "0.00")
                    + String.format(Locale.ROOT, " %8d %s", n, "#".repeat((int) Math.round(40.0 * n / max))));
        }
        if (s.density().unscored() > 0) out.println("  " + Say.pad(Say.that("stats.unscored"), 10) + s.density().unscored());
        return 0;
    }
}
