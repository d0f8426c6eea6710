package org.strata.ingest;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the text of neighbouring blocks apart: after a paragraph, heading, list item or table row a line break, after
 * a table cell a space, unless the text that follows starts with white space anyway. Some parsers (ODF headings, for
 * one) end a block without a break, which would glue "Notes" and "Plyometric" into "NotesPlyometric".
 */
final class BlockBreaks extends ContentHandlerDecorator {
    private static final Set<String> LINES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dt", "dd", "tr", "br",
            "title", "blockquote", "pre", "table", "ul", "ol", "section", "article", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");

    private char pending; // a break owed to the next text, or 0

    BlockBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        String n = (localName == null || localName.isEmpty() ? name : localName).toLowerCase(Locale.ROOT);
        if (LINES.contains(n)) pending = '\n';
        else if (CELLS.contains(n) && pending == 0) pending = ' ';
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (length == 0) return;
        if (pending != 0) {
            if (!Character.isWhitespace(ch[start])) super.characters(new char[] {pending}, 0, 1);
            pending = 0;
        }
        super.characters(ch, start, length);
    }
}
