package org.strata.ingest;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Drops page furniture that is marked only by its class, id or ARIA role, such as a cookie banner or a share bar in
 * a plain {@code div}: an element whose class or id holds a furniture word ("cookie-consent", "share_buttons",
 * "breadcrumb") or whose role is a furniture landmark ("navigation", "banner", "contentinfo") is left out with all
 * it holds. Page furniture with elements of its own (nav, footer...) is dropped earlier, by
 * {@link ContentOnlyHtmlMapper}.
 */
final class FurnitureFilter extends ContentHandlerDecorator {
    private static final Set<String> WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
            "subscription", "share", "sharing", "social", "breadcrumb", "breadcrumbs", "navbar", "nav", "navigation", "menu",
            "sidebar", "footer", "advert", "advertisement", "ads", "ad", "promo", "sponsored", "popup", "modal", "banner",
            "skip", "toolbar", "pagination", "related", "disqus", "signup", "paywall");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu",
            "menubar", "dialog", "alertdialog", "toolbar");

    private static final int MAX_WORD = WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static boolean separates(char c) {
        return c == '_' || c == '-' || c == ' ' || (c >= '\t' && c <= '\r'); // as the regular expression [\s_\-] did
    }

    private int skipping; // depth inside a dropped element, 0 outside

    FurnitureFilter(ContentHandler handler) {
        super(handler);
    }

    static boolean furniture(Attributes atts) {
        String role = atts.getValue("role");
        if (role != null && ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) return true;
        return hasWord(atts.getValue("class")) || hasWord(atts.getValue("id"));
    }

    private static boolean hasWord(String value) {
        if (value == null || value.isEmpty()) return false;
        // the words between white space, '_' and '-', looked at in place: pages put a class on nearly every element
        for (int i = 0, n = value.length(); i < n; ) {
            while (i < n && separates(value.charAt(i))) i++;
            int start = i;
            while (i < n && !separates(value.charAt(i))) i++;
            if (i - start >= 2 && i - start <= MAX_WORD && WORDS.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (skipping > 0 || furniture(atts)) {
            skipping++;
            return;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (skipping > 0) {
            skipping--;
            return;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) super.ignorableWhitespace(ch, start, length);
    }
}
