package org.strata.cli.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.IngestReport;
import org.strata.engine.Ingestion;
import org.strata.engine.NearDuplicates;
import org.strata.engine.Outcome;
import org.strata.ingest.dedup.NearDuplicateFinder;

/**
 * Ingestion against its peer on the same files, side by side in one run: plain Apache Tika of the same version
 * (AutoDetectParser, embedded documents recursed, one thread per core, text written out to files), and Strata's
 * ingest (isolated workers, cleaning, segmentation, languages, exact and near duplicates, the Lucene store), each
 * twice in turn: the first runs show a cold start, the second runs a warm JIT (Strata's parse workers stay up). Then
 * {@link IngestStages}: each stage on one thread, beside the peer's parse.
 */
public final class IngestBench {
    private final PrintWriter out;

    public IngestBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path files, Path work) throws Exception {
        List<Path> all;
        try (Stream<Path> s = Files.walk(files)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path f : all) bytes += Files.size(f);
        out.println(String.format(Locale.ROOT, "%,d files, %.1f MB in %s; %d cores", all.size(), bytes / 1048576.0, files,
                Runtime.getRuntime().availableProcessors()));
        try (Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET)) {
            double peer1 = peer(all, work.resolve("peer-text-1"));
            report("plain Tika (peer), first run", all.size(), bytes, peer1);
            double[] strata1 = strata(ingestion, files, work.resolve("corpus-1"), all.size(), bytes, "first run");
            double peer2 = peer(all, work.resolve("peer-text-2"));
            report("plain Tika (peer), second run", all.size(), bytes, peer2);
            double[] strata2 = strata(ingestion, files, work.resolve("corpus-2"), all.size(), bytes, "second run");
            out.println(String.format(Locale.ROOT, "strata / peer throughput, ingest (strata ingest): first runs %.2f, second runs %.2f",
                    peer1 / strata1[0], peer2 / strata2[0]));
            out.println(String.format(Locale.ROOT, "strata / peer throughput, ingest + near duplicates: first runs %.2f, second runs %.2f "
                    + "(JIT and workers warm)", peer1 / strata1[1], peer2 / strata2[1]));
            out.flush();
            new IngestStages(out).run(all, DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET, work);
        }
    }

    /** One Strata ingest into a new corpus, then near duplicates; the wall time of the ingest and of both. */
    private double[] strata(Ingestion ingestion, Path files, Path corpus, int count, long bytes, String which) throws Exception {
        long t0 = System.nanoTime();
        double ingest;
        try (CorpusFolder c = CorpusFolder.create(corpus, "ingest bench")) {
            IngestReport r = ingestion.run(c, List.of(files), f -> { });
            ingest = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            NearDuplicates.Result near = NearDuplicates.run(c, NearDuplicateFinder.Settings.DEFAULT);
            out.println(String.format(Locale.ROOT, "  %s; %s; %d failed", r.totalLine(), near.line(), r.count(Outcome.FAILED)));
            out.println(String.format(Locale.ROOT, "  ingest %.1f s, near duplicates %.1f s", ingest, (System.nanoTime() - t1) / 1e9));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report("strata ingest + near dup, " + which, count, bytes, seconds);
        return new double[] {ingest, seconds};
    }

    private void report(String what, int files, long bytes, double seconds) {
        out.println(String.format(Locale.ROOT, "%-34s %7.1f s  %7.1f docs/s  %6.2f MB/s", what, seconds, files / seconds,
                bytes / 1048576.0 / seconds));
        out.flush();
    }

    /** What a user writes with Tika alone: one AutoDetectParser, a thread per core, every text written to a file. */
    private static double peer(List<Path> files, Path textDir) throws Exception {
        Files.createDirectories(textDir);
        AutoDetectParser parser = new AutoDetectParser();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger n = new AtomicInteger();
        long t0 = System.nanoTime();
        try {
            List<Future<Object>> jobs = files.stream().map(f -> pool.submit(() -> {
                Path text = textDir.resolve(n.incrementAndGet() + ".txt");
                try (InputStream in = TikaInputStream.get(f); BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
                    ParseContext ctx = new ParseContext();
                    ctx.set(Parser.class, parser);
                    parser.parse(in, new BodyContentHandler(w), new Metadata(), ctx);
                } catch (Exception | StackOverflowError e) {
                    // the peer, like a plain Tika loop, skips what it cannot parse
                }
                return null;
            })).toList();
            for (Future<Object> j : jobs) j.get();
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
