package org.strata.cli.bench;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extractor;
import org.strata.ingest.FileExtractor;
import org.strata.ingest.isolated.IsolatedExtractor;

/**
 * The two isolations of a parse side by side on the same files: Strata's parse workers ({@link IsolatedExtractor})
 * and Tika's own forked parsing (tika-pipes, {@link PipesPeer}), both running Strata's extraction with the same
 * limits and one process per core, with Tika in this process as the floor. Each parses every file twice (the
 * first pass starts the processes); then each meets a parse over its time limit and one over its heap limit, and
 * the bench times how soon the next file is parsed.
 */
public final class IsolationBench {
    private final PrintWriter out;
    private final int cores = Runtime.getRuntime().availableProcessors();

    public IsolationBench(PrintWriter out) {
        this.out = out;
    }

    private record Pass(double seconds, int failed, long chars) {}

    public void run(Path files, Path work) throws Exception {
        List<Path> all;
        try (Stream<Path> s = Files.walk(files)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        out.println(String.format(Locale.ROOT, "%,d files in %s; %d cores, %d threads and %d processes a side", all.size(), files, cores, cores, cores));
        out.println("| isolation | first pass | second pass | files failed | characters |");
        out.println("|---|---|---|---|---|");
        try (FileExtractor x = new Extractor()) {
            row("none (Tika in this JVM)", x, all);
        }
        Duration limit = Duration.ofSeconds(120);
        try (FileExtractor x = new IsolatedExtractor(new IsolatedExtractor.Limits(limit, 768, Extractor.DEFAULT_MAX_CHARS), cores)) {
            row("Strata's parse workers", x, all);
        }
        try (FileExtractor x = new PipesPeer(cores, limit, 768)) {
            row("tika-pipes (PipesParser)", x, all);
        }
        out.flush();

        Files.createDirectories(work);
        Path big = bigText(work.resolve("big.txt"), 60);
        Path small = all.get(0);
        out.println();
        out.println("| isolation | a parse over 100 ms | then the next file | a parse over a 64 MB heap | then the next file |");
        out.println("|---|---|---|---|---|");
        try (FileExtractor slow = new IsolatedExtractor(new IsolatedExtractor.Limits(Duration.ofMillis(100), 768, Extractor.DEFAULT_MAX_CHARS), 1);
                FileExtractor tight = new IsolatedExtractor(new IsolatedExtractor.Limits(limit, 64, Extractor.DEFAULT_MAX_CHARS), 1)) {
            out.println("| Strata's parse workers | " + hurt(slow, big, small) + " | " + hurt(tight, big, small) + " |");
        }
        try (FileExtractor slow = new PipesPeer(1, Duration.ofMillis(100), 768); FileExtractor tight = new PipesPeer(1, limit, 64)) {
            out.println("| tika-pipes (PipesParser) | " + hurt(slow, big, small) + " | " + hurt(tight, big, small) + " |");
        }
        out.flush();
    }

    private void row(String name, FileExtractor x, List<Path> all) throws Exception {
        Pass first = pass(x, all), second = pass(x, all);
        out.println(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %d | %,d |", name, first.seconds(), second.seconds(), second.failed(), second.chars()));
        out.flush();
    }

    private Pass pass(FileExtractor x, List<Path> all) throws Exception {
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        long t0 = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            jobs.add(pool.submit(() -> {
                for (int k; (k = next.getAndIncrement()) < all.size();) {
                    try {
                        chars.addAndGet(x.extract(all.get(k)).text().length());
                    } catch (ExtractException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : jobs) f.get();
        pool.shutdown();
        return new Pass((System.nanoTime() - t0) / 1e9, failed.get(), chars.get());
    }

    /** The reason the bad parse gave, then how long the next (good) file took, a fresh process started for it. */
    private static String hurt(FileExtractor x, Path bad, Path good) throws Exception {
        int warmUps = 1;
        while (true) { // the process is up and has parsed a file (a fresh one may take longer than a tight limit)
            try {
                x.extract(good);
                break;
            } catch (ExtractException e) {
                if (++warmUps > 5) return "the first file never parsed: " + e.getMessage() + " | -";
            }
        }
        String reason;
        long t0 = System.nanoTime();
        try {
            x.extract(bad);
            reason = "parsed (no limit reached)";
        } catch (ExtractException e) {
            reason = e.getMessage();
        }
        double failedAfter = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        String next;
        try {
            x.extract(good);
            next = "parsed";
        } catch (ExtractException e) {
            next = "failed: " + e.getMessage();
        }
        return String.format(Locale.ROOT, "%s (%.1f s%s) | %s in %.1f s", reason, failedAfter,
                warmUps > 1 ? "; the first file parsed at try " + warmUps : "", next, (System.nanoTime() - t1) / 1e9);
    }

    private static Path bigText(Path f, int megabytes) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            String line = "Ground contact time is the interval during which the foot touches the track in a sprint.\n";
            for (long n = 0; n < megabytes * 1_048_576L; n += line.length()) w.write(line);
        }
        return f;
    }
}
