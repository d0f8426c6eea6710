package org.strata.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine says (why a file was skipped or failed, an error it returns) in the user's language. The engine
 * words its messages in English, the form its logs keep and other programs read; the workbench and the command line
 * show them through here. {@code phrases_ru.tsv} gives each English form (its fixed words, {0} where a name, a
 * number or another message goes) in Russian; a message inside a message is said too ("cannot read: permission
 * denied"), and each of a list of messages joined by "; ". A message with no line there is shown as it is.
 */
public final class Phrases {
    private record Phrase(Pattern english, String said, int fixed, boolean leadsWithName, boolean list) {}

    private static final Map<String, List<Phrase>> BOOKS = new ConcurrentHashMap<>();
    private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

    private Phrases() {}

    /** A message of the engine in the user's language (the default locale). */
    public static String say(String english) {
        return say(english, Locale.getDefault());
    }

    public static String say(String english, Locale locale) {
        if (english == null || english.isEmpty()) return english;
        List<Phrase> book = BOOKS.computeIfAbsent(locale.getLanguage(), Phrases::load);
        return say(english, book, 0);
    }

    private static String say(String english, List<Phrase> book, int depth) {
        if (book.isEmpty() || depth > 8) return english;
        boolean list = english.contains("; ");
        for (Phrase p : book) {
            // a form that begins with a name and has no "; " of its own would swallow a list of messages whole
            if (list && p.leadsWithName() && !p.list()) continue;
            Matcher m = p.english().matcher(english);
            if (!m.matches()) continue;
            StringBuilder out = new StringBuilder();
            Matcher a = ARG.matcher(p.said());
            while (a.find()) {
                int group = Integer.parseInt(a.group(1)) + 1;
                String value = group <= m.groupCount() ? say(m.group(group), book, depth + 1) : a.group();
                a.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            a.appendTail(out);
            return out.toString();
        }
        // a list of messages ("2 conversations, 6 turns; turn 3: unknown role 'tool', left out"): each said
        if (english.contains("; ")) {
            String[] parts = english.split("; ");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) out.append(i == 0 ? "" : "; ").append(say(parts[i], book, depth + 1));
            return out.toString();
        }
        return english;
    }

    /**
     * The phrase book of a language; none for a language it has no book for. Forms that begin with fixed words come
     * first, since an outer message leads with its own words ("cannot export the pack: {0}") and a form that begins
     * with a name would otherwise swallow them; among those alike, the most fixed text first.
     */
    static List<Phrase> load(String language) {
        List<Phrase> out = new ArrayList<>();
        for (String[] line : lines(language)) {
            out.add(new Phrase(pattern(line[0]), line[1], line[0].replaceAll("\\{\\d}", "").length(), line[0].startsWith("{"), line[0].contains("; ")));
        }
        out.sort(Comparator.comparing(Phrase::leadsWithName).thenComparing(Comparator.comparingInt(Phrase::fixed).reversed()));
        return out;
    }

    /** The lines of a language's book: English, then the language's wording (tests read them too). */
    static List<String[]> lines(String language) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Phrases.class.getResourceAsStream("phrases_" + language + ".tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t");
                if (f.length != 2) throw new IllegalStateException("phrases_" + language + ".tsv: not 'English TAB said': " + l);
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An English form as a pattern: its fixed words as they are, each {n} any text (the last one as much as it can). */
    static Pattern pattern(String english) {
        StringBuilder re = new StringBuilder();
        Matcher a = ARG.matcher(english);
        int at = 0;
        while (a.find()) {
            if (a.start() > at) re.append(Pattern.quote(english.substring(at, a.start())));
            re.append("(.+?)");
            at = a.end();
        }
        if (at < english.length()) re.append(Pattern.quote(english.substring(at)));
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
