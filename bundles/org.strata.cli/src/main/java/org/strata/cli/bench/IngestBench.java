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
 * (AutoDetectParser, embedded documents recursed, one thread per core, text written out to files), then Strata's
 * ingest (isolated workers, cleaning, segmentation, languages, exact and near duplicates, the Lucene store),
 * then the peer again to show how noisy the machine was.
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
        double peer1 = peer(all, work.resolve("peer-text-1"));
        report("plain Tika (peer)", all.size(), bytes, peer1);
        Path corpus = work.resolve("corpus");
        long t0 = System.nanoTime();
        IngestReport r;
        try (CorpusFolder c = CorpusFolder.create(corpus, "ingest bench");
                Ingestion ingestion = new Ingestion(DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET)) {
            r = ingestion.run(c, List.of(files), f -> { });
            NearDuplicates.Result near = NearDuplicates.run(c, NearDuplicateFinder.Settings.DEFAULT);
            out.println("  " + r.totalLine() + "; " + near.line());
        }
        double strata = (System.nanoTime() - t0) / 1e9;
        report("strata ingest + near duplicates", all.size(), bytes, strata);
        double peer2 = peer(all, work.resolve("peer-text-2"));
        report("plain Tika (peer), again", all.size(), bytes, peer2);
        out.println(String.format(Locale.ROOT, "strata / peer throughput: %.2f (against the mean of the two peer runs); %d failed",
                ((peer1 + peer2) / 2) / strata, r.count(Outcome.FAILED)));
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
