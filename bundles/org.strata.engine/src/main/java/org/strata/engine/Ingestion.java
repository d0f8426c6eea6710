package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.Extractor;
import org.strata.ingest.PassageId;
import org.strata.ingest.Segment;
import org.strata.ingest.Segmenter;
import org.strata.ingest.TextCleaner;
import org.strata.ingest.TokenCounter;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.IngestStatus;
import org.strata.model.corpus.Source;
import org.strata.store.Passage;

/**
 * Ingests files and folders into a corpus: Tika extraction, cleaning, segmentation into passages within the
 * token budget, exact duplicates left out, passages stored. Each file ends ok, skipped or failed with a reason;
 * a bad file never stops the others. The store is committed and the model saved once at the end; the report
 * is written to the corpus's {@code log/} folder.
 */
public final class Ingestion {
    /** The default passage budget in encoder tokens, well inside MiniLM's 512-position window. */
    public static final int DEFAULT_BUDGET = 256;
    private static final int MIN_TOKENS = 8;

    private final Extractor extractor = new Extractor();
    private final Segmenter segmenter;

    public Ingestion(TokenCounter counter, int budget) {
        this.segmenter = new Segmenter(counter, budget, MIN_TOKENS);
    }

    public IngestReport run(CorpusFolder corpus, List<Path> paths, Consumer<FileResult> listener) throws IOException {
        List<FileResult> results = new ArrayList<>();
        Consumer<FileResult> record = r -> {
            results.add(r);
            listener.accept(r);
        };
        for (Path p : paths) {
            if (!Files.exists(p)) {
                record.accept(new FileResult(p.toString(), Outcome.FAILED, "no such file or folder", 0, 0));
            } else if (Files.isDirectory(p)) {
                List<Path> files = listFiles(p);
                if (files.isEmpty()) record.accept(new FileResult(p.toString(), Outcome.SKIPPED, "empty folder", 0, 0));
                for (Path f : files) record.accept(ingestFile(corpus, f));
            } else {
                record.accept(ingestFile(corpus, p));
            }
        }
        corpus.store().commit();
        corpus.save();
        IngestReport report = new IngestReport(results);
        writeLog(corpus, report);
        return report;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FileResult ingestFile(CorpusFolder corpus, Path file) {
        String uri = file.toAbsolutePath().normalize().toString();
        try {
            if (!Files.isReadable(file)) return fail(corpus, uri, file, "permission denied");
            if (Files.size(file) == 0) return skip(corpus, uri, file, "empty file");
            String sha = sha256(file);
            Source known = corpus.source(uri);
            if (known != null && sha.equals(known.getSha256()) && known.getStatus() == IngestStatus.OK) {
                return new FileResult(file.toString(), Outcome.SKIPPED, "unchanged", 0, 0);
            }
            Extracted doc = extractor.extract(file);
            List<Segment> segments = segmenter.segment(TextCleaner.clean(doc.text()));
            if (segments.isEmpty()) return skip(corpus, uri, file, "no text found (" + doc.mediaType() + ")");
            if (known != null) corpus.store().deleteSource(uri); // a changed file replaces its old passages
            List<Passage> passages = new ArrayList<>(segments.size());
            int seq = 0;
            for (Segment s : segments) {
                passages.add(Passage.ingested(PassageId.of(s.text()), uri, seq++, s.start(), s.end(), s.text(), s.tokens(), ""));
            }
            int added = corpus.store().addNew(passages);
            Source src = sourceFor(corpus, uri);
            src.setSha256(sha);
            src.setMediaType(doc.mediaType());
            src.setTitle(doc.title());
            src.setAuthor(doc.author());
            src.setStatus(IngestStatus.OK);
            src.setReason(null);
            src.setPassageCount(added);
            return new FileResult(file.toString(), Outcome.OK, null, added, passages.size() - added);
        } catch (ExtractException e) {
            return fail(corpus, uri, file, e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(corpus, uri, file, "disappeared during the run");
        } catch (AccessDeniedException e) {
            return fail(corpus, uri, file, "permission denied");
        } catch (IOException e) {
            return fail(corpus, uri, file, "cannot read: " + e.getMessage());
        }
    }

    private FileResult fail(CorpusFolder corpus, String uri, Path file, String reason) {
        Source s = sourceFor(corpus, uri);
        if (s.getStatus() != IngestStatus.OK || s.getPassageCount() == 0) { // keep a good earlier ingestion's record
            s.setStatus(IngestStatus.FAILED);
            s.setReason(reason);
        }
        return new FileResult(file.toString(), Outcome.FAILED, reason, 0, 0);
    }

    private FileResult skip(CorpusFolder corpus, String uri, Path file, String reason) {
        Source s = sourceFor(corpus, uri);
        s.setStatus(IngestStatus.SKIPPED);
        s.setReason(reason);
        return new FileResult(file.toString(), Outcome.SKIPPED, reason, 0, 0);
    }

    private static Source sourceFor(CorpusFolder corpus, String uri) {
        Source s = corpus.source(uri);
        if (s == null) {
            s = CorpusFactory.eINSTANCE.createSource();
            s.setUri(uri);
            corpus.corpus().getSources().add(s);
        }
        return s;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeLog(CorpusFolder corpus, IngestReport report) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        StringBuilder sb = new StringBuilder();
        for (FileResult r : report.files()) sb.append(r.line()).append('\n');
        sb.append(report.totalLine()).append('\n');
        Files.writeString(corpus.logDir().resolve("ingest-" + stamp + ".log"), sb, StandardCharsets.UTF_8);
    }
}
