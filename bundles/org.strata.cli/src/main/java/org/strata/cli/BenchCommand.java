package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.cli.bench.StoreBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. 'store': builds (once) a corpus of N passages of real re-segmented prose with 384-d vectors "
                + "in DIR, then times opening, sorted pages, full text, filtered kNN and a bulk update of 100,000 passages.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "store")
    String what;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench-corpus", description = "where the bench corpus lives (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000", description = "passages to build (default: ${DEFAULT-VALUE})")
    int passages;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "timed queries per measure (default: ${DEFAULT-VALUE})")
    int queries;

    @Override
    public Integer call() throws Exception {
        if (!"store".equals(what)) throw new IllegalArgumentException("unknown benchmark '" + what + "': store");
        new StoreBench(spec.commandLine().getOut()).run(dir, passages, queries);
        return 0;
    }
}
