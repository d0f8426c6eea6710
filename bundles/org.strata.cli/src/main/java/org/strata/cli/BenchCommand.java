package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.cli.bench.IngestBench;
import org.strata.cli.bench.StoreBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks. 'store': builds (once) a corpus of N passages of real re-segmented prose with 384-d vectors "
                + "in DIR, then times opening, sorted pages, full text, filtered kNN and a bulk update of 100,000 passages.",
                "'ingest': ingests the files under --files into a fresh corpus in DIR, side by side with plain Tika on the "
                        + "same files (docs/s, MB/s)."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "store or ingest")
    String what;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench-corpus", description = "where the bench corpus lives (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000", description = "passages to build (default: ${DEFAULT-VALUE})")
    int passages;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "timed queries per measure (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--files", paramLabel = "PATH", description = "the files for 'ingest'")
    Path files;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "store" -> new StoreBench(spec.commandLine().getOut()).run(dir, passages, queries);
            case "ingest" -> {
                if (files == null) throw new IllegalArgumentException("bench ingest needs --files PATH");
                if (java.nio.file.Files.exists(dir)) throw new IllegalArgumentException(dir + " exists: bench ingest needs a new folder");
                new IngestBench(spec.commandLine().getOut()).run(files, dir);
            }
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "': store or ingest");
        }
        return 0;
    }
}
