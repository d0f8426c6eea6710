package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.FileResult;
import org.strata.engine.Phrases;
import org.strata.engine.IngestReport;
import org.strata.engine.IngestRequest;
import org.strata.engine.Ingestion;
import org.strata.engine.Outcome;
import org.strata.engine.Response;

import org.strata.options.CorpusDir;
import org.strata.options.InputPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Parses files and folders with Apache Tika, cuts the text into passages and stores them.",
                "Prints one line per file (ok / skipped / failed + reason) and a total. Exits non-zero only when "
                        + "nothing could be ingested."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "files or folders to ingest (or --in PATH)")
    List<Path> paths;

    @Mixin
    InputPaths inputs;

    @Option(names = "--budget", paramLabel = "TOKENS", defaultValue = "" + Ingestion.DEFAULT_BUDGET,
            description = "most encoder tokens per passage (default: ${DEFAULT-VALUE})")
    int budget;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> all = inputs.paths(paths);
        if (all.isEmpty()) throw new IllegalArgumentException(Say.that("ingest.noPaths", corpus.dir()));
        try (CorpusService service = corpus.service()) {
            ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr());
            Response<CorpusService.Ingested> ingested = service.ingest(new IngestRequest(all, budget, null, 0), f -> {
                bar.clear();
                out.println(line(f));
                out.flush();
                bar.file();
            }, bar);
            bar.clear();
            if (ingested.status() == Response.Status.FAILED) throw new IllegalStateException(ingested.message());
            IngestReport r = ingested.value().report();
            out.println(Say.that("ingest.total", r.files().size(), r.count(Outcome.OK), r.count(Outcome.SKIPPED), r.count(Outcome.FAILED),
                    r.passages(), r.duplicates()));
            if (ingested.value().nearDuplicates() != null) out.println(DedupCommand.line(ingested.value().nearDuplicates()));
            boolean allUnchanged = r.files().stream().allMatch(f -> "unchanged".equals(f.reason()));
            boolean nothing = r.count(Outcome.OK) == 0 && !allUnchanged;
            if (nothing) {
                spec.commandLine().getErr().println("strata ingest: " + Say.that("ingest.nothing"));
                return 1;
            }
            return 0;
        }
    }

    /** "ok      path  (12 passages, 1 duplicate)" or "failed  path: reason", in the user's language. */
    static String line(FileResult f) {
        String head = Say.pad(Say.that("outcome." + f.outcome().label()), 8) + f.path();
        if (f.outcome() != Outcome.OK) return head + ": " + Phrases.say(f.reason());
        return head + "  (" + Say.that("file.passages", f.passages()) + (f.duplicates() > 0 ? ", " + Say.that("file.duplicates", f.duplicates()) : "")
                + (f.reason() != null ? "; " + Phrases.say(f.reason()) : "") + ")";
    }
}
