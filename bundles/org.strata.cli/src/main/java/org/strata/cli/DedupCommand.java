package org.strata.cli;

import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.Progress;
import org.strata.engine.DedupRequest;
import org.strata.engine.NearDuplicates;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Finds near duplicates over the whole corpus (MinHash-LSH on word shingles) and marks them: every member "
                + "of a cluster gets its cluster id, all but the first become status=duplicate. Nothing is deleted. "
                + "strata ingest runs this with the defaults.")
final class DedupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--shingle", defaultValue = "5", description = "words per shingle (default: ${DEFAULT-VALUE})")
    int shingle;

    @Option(names = "--bands", defaultValue = "12", description = "LSH bands (default: ${DEFAULT-VALUE})")
    int bands;

    @Option(names = "--rows", defaultValue = "10", description = "rows per band (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--threshold", defaultValue = "0.8", description = "Jaccard similarity that makes a duplicate (default: ${DEFAULT-VALUE})")
    double threshold;

    @Override
    public Integer call() throws Exception {
        DedupRequest request = new DedupRequest(shingle, bands, rows, threshold);
        if (request.refusal() != null) throw new IllegalArgumentException(request.refusal());
        long t0 = System.nanoTime();
        try (CorpusService service = corpus.service()) {
            NearDuplicates.Result r = service.markNearDuplicates(request, Progress.NONE).orThrowIO();
            spec.commandLine().getOut().println(line(r) + " (" + Say.that("seconds", (System.nanoTime() - t0) / 1e9) + ")");
        }
        return 0;
    }

    /** "near duplicates: 3 passages in 2 clusters", in the user's language. */
    static String line(org.strata.engine.NearDuplicates.Result r) {
        return Say.that("nearDuplicates", r.duplicates(), r.clusters());
    }
}
