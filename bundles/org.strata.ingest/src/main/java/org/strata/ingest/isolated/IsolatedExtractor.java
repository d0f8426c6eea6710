package org.strata.ingest.isolated;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.FileExtractor;

/**
 * Parses each file in a separate worker JVM with a time limit and a heap limit, so that a parser that hangs, runs
 * out of memory or crashes costs only that file: the worker is killed or dies, the file fails with the reason, and a
 * fresh worker takes the next file. Up to {@code workers} files are parsed at once; thread-safe. Workers start on
 * first use and stop at {@link #close()}.
 */
public final class IsolatedExtractor implements FileExtractor {
    /** Time, heap and text limits for one file. */
    public record Limits(Duration timeout, int heapMb, int maxChars) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(120), 768, org.strata.ingest.Extractor.DEFAULT_MAX_CHARS);
    }

    /** How long a worker may take to start (JVM and Tika); not counted against any file. */
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Limits limits;
    private final String classpath;
    /** Last in, first out: a worker just used is used again, so only as many processes start as files are parsed at once. */
    private final BlockingDeque<Worker> idle;
    private final List<Worker> all = new ArrayList<>();
    private volatile boolean closed;

    public IsolatedExtractor(Limits limits, int workers) {
        this(limits, workers, System.getProperty("java.class.path"));
    }

    /**
     * Workers started with this class path, which must hold this package and Tika with its parsers (inside OSGi the
     * caller gathers the bundles' jars).
     */
    public IsolatedExtractor(Limits limits, int workers, String classpath) {
        this.limits = limits;
        this.classpath = classpath;
        this.idle = new LinkedBlockingDeque<>(workers);
        for (int i = 0; i < workers; i++) idle.add(new Worker());
    }

    /** True when this JVM can start workers: the ingest classes are on the plain class path (not so inside OSGi). */
    public static boolean available() {
        try {
            ClassLoader.getSystemClassLoader().loadClass(ParseWorker.class.getName());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Extracted extract(Path file) throws ExtractException {
        if (closed) throw new ExtractException("the extractor is closed", null);
        Extracted plain = org.strata.ingest.PlainText.read(file, limits.maxChars()); // no parser: nothing to isolate
        if (plain != null) return plain;
        Worker w;
        try {
            w = idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException("interrupted", e);
        }
        try {
            return w.extract(file.toAbsolutePath().toString());
        } finally {
            idle.addFirst(w);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (Worker w : all) w.stop();
        }
    }

    /** One worker process, restarted after it was killed or died. */
    private final class Worker {
        private Process process;
        private DataOutputStream to;
        private DataInputStream from;

        Extracted extract(String path) throws ExtractException {
            if (closed) throw new ExtractException("the extractor is closed", null);
            try {
                ensureStarted();
                Wire.write(to, path);
                to.flush();
            } catch (IOException e) {
                stop();
                throw new ExtractException("cannot start a parser process: " + e.getMessage(), e);
            }
            CompletableFuture<Extracted> answer = CompletableFuture.supplyAsync(this::readAnswer, Thread::startVirtualThread);
            try {
                return answer.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                stop();
                throw new ExtractException("timed out after " + seconds(limits.timeout()) + " (the parser was stopped)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new ExtractException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof Failed f) throw new ExtractException(f.getMessage(), null);
                throw new ExtractException(died(), c);
            }
        }

        private Extracted readAnswer() {
            try {
                byte status = from.readByte();
                if (status == Wire.FAILED) throw new Failed(Wire.read(from));
                String type = Wire.read(from), title = Wire.read(from), author = Wire.read(from), date = Wire.read(from);
                String license = Wire.read(from);
                String note = Wire.read(from);
                return new Extracted(Wire.read(from), type, title, author, date, license, note);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Why the worker stopped answering, from its exit code. */
        private String died() {
            Process p = process;
            stop();
            if (p == null) return "the parser process stopped";
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (p.isAlive()) return "the parser process stopped answering";
            int code = p.exitValue();
            return code == 3 ? "the parser ran out of memory (limit " + limits.heapMb() + " MB)"
                    : "the parser process crashed (exit code " + code + ")";
        }

        private void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) return;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); // not a native launcher
            // C1 only: on the 812-file bench set the first pass took 5.2 s instead of 10.8 s (C2 compiling Tika competes
            // with the parsing for the cores), and later passes ran as fast (2.7 s against 3.0 s)
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + limits.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError", "-Xss8m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                    "-Dslf4j.internal.verbosity=ERROR", "-Djava.awt.headless=true",
                    "-cp", classpath, ParseWorker.class.getName(), Integer.toString(limits.maxChars()));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            process = pb.start();
            to = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            from = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
            DataInputStream in = from;
            CompletableFuture<Byte> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readByte();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, Thread::startVirtualThread);
            try {
                if (ready.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS) != Wire.READY) throw new IOException("the parser process said no hello");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IOException("interrupted while starting a parser process", e);
            } catch (ExecutionException | TimeoutException e) {
                stop();
                throw new IOException("the parser process did not start within " + STARTUP.toSeconds() + " s", e);
            }
            synchronized (all) {
                if (!all.contains(this)) all.add(this);
            }
        }

        void stop() {
            Process p = process;
            process = null;
            if (p == null) return;
            p.destroyForcibly();
            try {
                p.getOutputStream().close();
            } catch (IOException ignored) {
                // the process is gone
            }
        }
    }

    /** A failure the worker reported (the file is bad), as opposed to the worker dying. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String reason) {
            super(reason, null, false, false);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
