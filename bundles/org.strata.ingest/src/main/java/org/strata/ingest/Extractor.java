package org.strata.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns one file into plain text with Apache Tika's auto-detecting parser, embedded documents included (a {@code .txt}
 * file of valid UTF-8 is read as it is: {@link PlainText}); HTML
 * pages lose their navigation, site headers, footers and side bars.
 * Every failure becomes an {@link ExtractException} whose message says why in one line; nothing is thrown
 * past it, so a bad file never stops a batch. Thread-safe: one instance may serve many threads.
 */
public final class Extractor implements FileExtractor {
    /** Text beyond this many characters is cut, and the document marked as truncated. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    /**
     * Office documents without their page headers and footers (running furniture, like a paged document's; in a
     * workbook they are print codes such as "&12Page &P"), and without deleted or moved-away revisions.
     */
    private static final OfficeParserConfig OFFICE = new OfficeParserConfig();

    static {
        OFFICE.setIncludeHeadersAndFooters(false);
        OFFICE.setIncludeDeletedContent(false);
        OFFICE.setIncludeMoveFromContent(false);
    }
    private final int maxChars;

    public Extractor() {
        this(DEFAULT_MAX_CHARS);
    }

    /** Embedded documents (a spreadsheet in a slide in an e-mail...) are followed this deep at most. */
    public static final int MAX_EMBEDDED_DEPTH = 5;

    /**
     * Element nesting Tika's secure handler allows (its default is 100). Web pages nest divs deeply, and every
     * handler here is flat (no recursion, no tree), so the 10,000-level page of the bad-input tests is read whole.
     */
    private static final int MAX_ELEMENT_DEPTH = 100_000;

    public Extractor(int maxChars) {
        this.maxChars = maxChars;
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, null, null, MAX_ELEMENT_DEPTH, null));
    }

    /** The version of Tika in use, e.g. "3.3.1". */
    public static String tikaVersion() {
        String v = Parser.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    @Override
    public Extracted extract(Path file) throws ExtractException {
        Extracted plain = PlainText.read(file, maxChars); // a .txt file of valid UTF-8: read as it is
        if (plain != null) return plain;
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        ParseContext ctx = new ParseContext();
        boolean truncated = false;
        DepthLimitedExtractor embedded = new DepthLimitedExtractor(ctx, MAX_EMBEDDED_DEPTH);
        ctx.set(Parser.class, parser); // recurse into embedded documents
        ctx.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, embedded);
        ctx.set(HtmlMapper.class, ContentOnlyHtmlMapper.INSTANCE);
        ctx.set(OfficeParserConfig.class, OFFICE); // no menus, site headers, footers or side bars
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            parser.parse(in, new FurnitureFilter(new BlockBreaks(handler)), md, ctx);
        } catch (NoSuchFileException e) {
            throw new ExtractException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExtractException("permission denied", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractException("encrypted document (password protected)", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractException("cannot parse: " + oneLine(e), e);
            }
            truncated = true; // keep the text up to the limit, and say so
        } catch (TikaException e) {
            throw new ExtractException("cannot parse " + md.get(Metadata.CONTENT_TYPE) + ": " + oneLine(e), e);
        } catch (IOException e) {
            throw new ExtractException("cannot read: " + oneLine(e), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ExtractException("parser crashed: " + oneLine(e), e);
        }
        String type = md.get(Metadata.CONTENT_TYPE);
        type = type == null ? "" : type.split(";")[0].trim();
        String text = handler.toString(), title = nz(md.get(TikaCoreProperties.TITLE)), author = nz(md.get(TikaCoreProperties.CREATOR));
        if (Markdown.is(type)) {
            Markdown.Plain p = Markdown.plain(text);
            text = p.text();
            if (title.isEmpty()) title = p.title();
            if (author.isEmpty()) author = p.author();
        }
        return new Extracted(text, type, title, author, nz(md.get(TikaCoreProperties.CREATED)), license(md),
                note(truncated, embedded.limitHit()));
    }

    /** What was left out of a file, for its report line, or "". */
    private static String note(boolean truncated, boolean tooDeep) {
        String cut = truncated ? "text cut at the size limit, the rest of the file was not read" : "";
        String deep = tooDeep ? "embedded documents nested deeper than " + MAX_EMBEDDED_DEPTH + " levels were left out" : "";
        return cut.isEmpty() || deep.isEmpty() ? cut + deep : cut + "; " + deep;
    }

    /** The license or rights statement a document declares, or "". */
    static String license(Metadata md) {
        for (String key : new String[] {TikaCoreProperties.RIGHTS.getName(), "license", "dc.rights", "DC.rights", "copyright", "rights"}) {
            String v = md.get(key);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return "";
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** The innermost message of an exception, on one line. */
    static String oneLine(Throwable t) {
        Throwable c = t;
        // Tika wraps parser failures ("TIKA-198: Illegal IOException from ...Parser@1a2b"): the cause says what is wrong
        while (c.getCause() != null && c.getCause() != c
                && (c.getMessage() == null || c.getMessage().startsWith("TIKA-") || c.getMessage().startsWith("Unexpected RuntimeException"))) {
            c = c.getCause();
        }
        String m = c.getMessage();
        if (m == null || m.isBlank()) m = c.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
