package org.strata.ingest;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, with the page furniture of modern HTML dropped whole: navigation, site headers and
 * footers, side bars, forms, menus, buttons, embedded frames and graphics. What is left is the page's content.
 * The class, id and role attributes are kept, so that {@link FurnitureFilter} can drop furniture marked only by them
 * (a cookie banner in a plain div).
 */
final class ContentOnlyHtmlMapper extends DefaultHtmlMapper {
    static final ContentOnlyHtmlMapper INSTANCE = new ContentOnlyHtmlMapper();
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "menu", "noscript",
            "button", "select", "option", "iframe", "svg", "dialog", "template");

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "figure", "figcaption", "details",
            "summary");

    @Override
    public boolean isDiscardElement(String name) {
        return FURNITURE.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
    }

    /** Block containers are kept as div and span kept (Tika drops both), so that their attributes reach the filter. */
    @Override
    public String mapSafeElement(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (CONTAINERS.contains(n)) return "div";
        if (n.equals("span")) return "span";
        return super.mapSafeElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String a = attributeName.toLowerCase(Locale.ROOT);
        return a.equals("class") || a.equals("id") || a.equals("role") ? a : super.mapSafeAttribute(elementName, attributeName);
    }
}
