package org.strata.ingest;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's embedded-document extractor with a depth limit: documents inside documents (a workbook in a slide in an
 * e-mail...) are followed {@code maxDepth} levels deep, and documents nested deeper are left out (and {@link #limitHit()} says so). Tika's
 * own package-entry limit does not see this nesting, since each level is parsed with a handler of its own.
 */
final class DepthLimitedExtractor extends ParsingEmbeddedDocumentExtractor {
    /** Thrown through the parsers, which pass SAX exceptions on rather than record them. */
    static final class TooDeep extends SAXException {
        private static final long serialVersionUID = 1L;

        TooDeep(int maxDepth) {
            super("embedded documents nested deeper than " + maxDepth + " levels");
        }
    }

    private final int maxDepth;
    private int depth;
    private boolean limitHit;

    DepthLimitedExtractor(ParseContext context, int maxDepth) {
        super(context);
        this.maxDepth = maxDepth;
        setWriteFileNameToContent(false); // "OEBPS/toc.xhtml" is no part of a book's text
    }

    /** Whether some embedded document lay deeper than the limit and was left out. */
    boolean limitHit() {
        return limitHit;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (depth >= maxDepth) {
            limitHit = true;
            throw new TooDeep(maxDepth); // the parsers record it and go on with the next embedded document
        }
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }
}
