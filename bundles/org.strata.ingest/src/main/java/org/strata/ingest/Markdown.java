package org.strata.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text: the YAML front matter gives title and author and is dropped; heading marks, emphasis,
 * inline code ticks, images and link targets are dropped, link texts and the text of lists, quotes and code blocks
 * kept. Tika reads Markdown as plain text, so without this passages would be full of '#', '**' and URLs.
 */
final class Markdown {
    /** The plain text and what the front matter (or the first heading) says. */
    record Plain(String text, String title, String author) {}

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\s*\\n(.*?)\\n---\\s*\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|author)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_RULE = Pattern.compile("(?m)^ {0,3}(=+|-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|\\*|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern UNDERSCORES = Pattern.compile("(?<!\\w)(__|_)(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)"); // not in snake_case
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^ {0,3}> ?");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private Markdown() {}

    static boolean is(String mediaType) {
        return mediaType.equals("text/markdown") || mediaType.equals("text/x-web-markdown") || mediaType.equals("text/x-markdown");
    }

    static Plain plain(String md) {
        String title = "", author = "";
        Matcher fm = FRONT_MATTER.matcher(md);
        if (fm.find()) {
            Matcher f = FIELD.matcher(fm.group(1));
            while (f.find()) {
                if (f.group(1).equals("title")) title = f.group(2);
                else author = f.group(2);
            }
            md = md.substring(fm.end());
        }
        Matcher h = HEADING.matcher(md);
        if (title.isEmpty() && h.find()) title = h.group(1);
        String s = FENCE.matcher(md).replaceAll("");
        s = REFERENCE.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("$1");
        s = SETEXT_RULE.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = QUOTE.matcher(s).replaceAll("");
        s = HTML_TAG.matcher(s).replaceAll("");
        for (int i = 0; i < 2; i++) { // nested: ***both***
            s = EMPHASIS.matcher(s).replaceAll("$2");
            s = UNDERSCORES.matcher(s).replaceAll("$2");
        }
        return new Plain(s, title.strip(), author.strip());
    }
}
