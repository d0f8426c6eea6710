package org.strata.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.Extractor;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Strata's extraction as a Tika parser, for Tika's own forked parsing (tika-pipes) to run in its child processes:
 * the same work as Strata's parse workers do, so that the isolation bench compares the two isolations alone. A file
 * that fails gives no text and its reason in {@code strata:failed}.
 */
public final class ExtractorParser implements Parser {
    private static final long serialVersionUID = 1L;
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Set<MediaType> TYPES = types();

    private static Set<MediaType> types() {
        Set<MediaType> all = new HashSet<>(new AutoDetectParser().getSupportedTypes(new ParseContext()));
        all.add(MediaType.OCTET_STREAM);
        all.add(MediaType.TEXT_PLAIN);
        return all;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try (TemporaryResources tmp = new TemporaryResources()) {
            Path file = TikaInputStream.get(stream, tmp, metadata).getPath();
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            try {
                Extracted x = EXTRACTOR.extract(file);
                metadata.set("strata:type", x.mediaType());
                metadata.set("strata:title", x.title());
                metadata.set("strata:author", x.author());
                metadata.set("strata:date", x.date());
                metadata.set("strata:license", x.license());
                metadata.set("strata:note", x.note());
                xhtml.characters(x.text());
            } catch (ExtractException e) {
                metadata.set("strata:failed", e.getMessage());
            }
            xhtml.endDocument();
        }
    }
}
