package org.strata.ingest;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, with the page furniture of modern HTML dropped whole: navigation, site headers and
 * footers, side bars, forms, menus, buttons, embedded frames and graphics. What is left is the page's content.
 * Furniture that is not marked up as such (a cookie banner in a plain div) is left to the density score.
 */
final class ContentOnlyHtmlMapper extends DefaultHtmlMapper {
    static final ContentOnlyHtmlMapper INSTANCE = new ContentOnlyHtmlMapper();
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "menu", "noscript",
            "button", "select", "option", "iframe", "svg", "dialog", "template");

    @Override
    public boolean isDiscardElement(String name) {
        return FURNITURE.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
}
