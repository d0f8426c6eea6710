package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.cli.bench.EncodeBench;
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
                        + "same files (docs/s, MB/s).",
                "'encode': embeds --passages passages (a fixed random sample) of the corpus in DIR with Strata's encoder and with "
                        + "LangChain4j's on the same weights, side by side (passages/s, tokens/s, cosine between the two)."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "store, ingest or encode")
    String what;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench-corpus", description = "where the bench corpus lives (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000", description = "passages to build (default: ${DEFAULT-VALUE})")
    int passages;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "timed queries per measure (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "for 'encode': sequences per batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--batch-tokens", paramLabel = "N", defaultValue = "0", description = "for 'encode': the most tokens per batch (default: the encoder's)")
    int batchTokens;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "cpu", description = "for 'encode': where Strata's encoder runs (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--no-peer", description = "for 'encode': Strata's encoder alone (the peer cannot share a JVM with a CUDA build)")
    boolean noPeer;

    @Option(names = "--int8", description = "for 'encode': Strata runs the int8 weights")
    boolean int8;

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
            case "encode" -> new EncodeBench(spec.commandLine().getOut()).run(dir, passages, org.strata.score.EncoderSettings.Device.parse(device), batch, batchTokens, int8, !noPeer);
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "': store, ingest or encode");
        }
        return 0;
    }
}
