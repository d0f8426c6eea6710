package org.strata.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.FileExtractor;
import org.strata.ingest.Languages;
import org.strata.ingest.PassageId;
import org.strata.ingest.Segment;
import org.strata.ingest.Segmenter;
import org.strata.ingest.TextCleaner;
import org.strata.ingest.TokenCounter;
import org.strata.store.Passage;

/**
 * One document turned into passages, the one way every path does it (the CLI's and workbench's ingestion, the
 * Spark job): Tika's text, running heads and feet removed from paged formats, cleaned, cut into passages of at
 * most {@code budget} tokens, each with its language; ids are hashes of the normalized text.
 */
public final class DocumentPassages {
    /** Passages shorter than this many tokens are dropped (page numbers, lone headings). */
    public static final int MIN_TOKENS = 8;

    /** What a document gave: its media type, title, passages and dominant language. */
    public record Result(Extracted document, List<Passage> passages, String language) {
        /** The dominant language of the passages, by tokens. */
        Result withLanguage() {
            return new Result(document, passages, Languages.dominant(passages.stream().map(Passage::language).toList(),
                    passages.stream().map(Passage::tokens).toList()));
        }

        /** The document's media type, as Tika detected it. */
        public String mediaType() {
            return document.mediaType();
        }
    }

    /** A file that cannot be parsed (corrupt, encrypted, of no known format), with the parser's reason. */
    public static final class Unreadable extends java.io.IOException {
        Unreadable(ExtractException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final FileExtractor extractor;
    private final Segmenter segmenter;
    /** Cuts a conversation's turns: a short turn ("Why?") is kept, as the turns after it answer it. */
    private final Segmenter turns;

    public DocumentPassages(FileExtractor extractor, TokenCounter counter, int budget) {
        this.extractor = extractor;
        this.segmenter = new Segmenter(counter, budget, MIN_TOKENS);
        this.turns = new Segmenter(counter, budget, 1);
    }

    /**
     * The passages of one turn of a conversation whose source is {@code uri}, numbered from {@code seq}: a turn is
     * never joined with the next, and a short one is kept. Ids are of the conversation and the text.
     */
    public List<Passage> ofTurn(String text, String uri, int seq) {
        String clean = TextCleaner.clean(text);
        List<Segment> segments = turns.segment(clean);
        List<String> languages = Languages.ofPassages(segments, clean);
        List<Passage> passages = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            // the id is of the conversation and the text: a short turn ("Thanks!") said in many conversations is a passage
            // of each, so that removing one conversation takes nothing from another
            passages.add(Passage.ingested(PassageId.of(uri + "\n" + s.text()), uri, seq + i, s.start(), s.end(), s.text(), s.tokens(),
                    languages.get(i)));
        }
        return passages;
    }

    /** As {@link #of}, for a host that does not name the ingester's exceptions: a file Tika cannot read is {@link Unreadable}. */
    public Result read(Path file, String uri) throws Unreadable {
        try {
            return of(file, uri);
        } catch (ExtractException e) {
            throw new Unreadable(e);
        }
    }

    /** The id a passage of this text gets: a hash of its normalized text. */
    public static String id(String text) {
        return PassageId.of(text);
    }

    /** Parses a file and cuts it into passages whose source is {@code uri}; a file Tika cannot read throws, with why. */
    public Result of(Path file, String uri) throws ExtractException {
        Extracted doc = extractor.extract(file);
        String text = paged(doc.mediaType()) ? TextCleaner.removeRunningLines(doc.text()) : doc.text();
        return new Result(doc, passages(text, doc.text(), uri), null).withLanguage();
    }

    /** Passages of a text already extracted (a record of a JSONL or Parquet collection) whose source is {@code uri}. */
    public List<Passage> ofText(String text, String uri) {
        return passages(text, text, uri);
    }

    private List<Passage> passages(String text, String raw, String uri) {
        List<Segment> segments = segmenter.segment(TextCleaner.clean(text));
        List<String> languages = Languages.ofPassages(segments, raw);
        List<Passage> passages = new ArrayList<>(segments.size());
        for (int seq = 0; seq < segments.size(); seq++) {
            Segment s = segments.get(seq);
            passages.add(Passage.ingested(PassageId.of(s.text()), uri, seq, s.start(), s.end(), s.text(), s.tokens(), languages.get(seq)));
        }
        return passages;
    }

    /**
     * The files under the given files and folders, in the order ingestion takes them (folders walked, sorted,
     * hidden files left out); a missing path or an empty folder is refused with its name.
     */
    public static List<Path> filesIn(List<Path> paths) throws java.io.IOException {
        List<FileResult> problems = new ArrayList<>();
        List<Path> files = InputFiles.expand(paths, problems, r -> { });
        if (!problems.isEmpty()) throw new java.io.IOException(problems.get(0).path() + ": " + problems.get(0).reason());
        return files;
    }

    /** Media types laid out in pages, whose running headers, footers and page numbers are dropped. */
    static boolean paged(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals("application/postscript") || mediaType.contains("djvu")
                || mediaType.equals("application/vnd.ms-xpsdocument");
    }
}
