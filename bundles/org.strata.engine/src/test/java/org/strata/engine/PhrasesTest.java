package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What the engine says, in Russian for a Russian user: the phrase book's lines are well formed, a message inside a
 * message is said too, and every reason a file can be given (in the engine and in the parser) has its line.
 */
class PhrasesTest {
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @Test
    void theEnginesMessagesAreSaidInRussianAndLeftAsTheyAreInEnglish() {
        assertEquals("не удаётся прочитать: нет доступа", Phrases.say("cannot read: permission denied", RU), "a message inside a message");
        assertEquals("время вышло через 30 s (парсер остановлен)", Phrases.say("timed out after 30 s (the parser was stopped)", RU));
        assertEquals("не удаётся разобрать application/pdf: Unexpected end of file",
                Phrases.say("cannot parse application/pdf: Unexpected end of file", RU), "what Tika says stays as it said it");
        assertEquals("/data/x — не корпус Strata (в папке нет corpus.strata); создайте его: strata new /data/x",
                Phrases.say("/data/x is not a Strata corpus (no corpus.strata in it); create one with: strata new /data/x", RU));
        assertEquals("не удаётся экспортировать пакет: в /p уже есть корпус (corpus.strata)",
                Phrases.say("cannot export the pack: /p already holds a corpus (corpus.strata)", RU));
        assertEquals("something nobody translated", Phrases.say("something nobody translated", RU), "shown as it is");
        assertEquals("cannot read: permission denied", Phrases.say("cannot read: permission denied", Locale.ENGLISH));
    }

    @Test
    void everyLineOfThePhraseBookIsWellFormed() {
        Pattern arg = Pattern.compile("\\{\\d}");
        List<String[]> lines = Phrases.lines("ru");
        assertTrue(lines.size() > 50, lines.size() + " lines");
        Set<String> seen = new TreeSet<>();
        for (String[] l : lines) {
            assertTrue(seen.add(l[0]), "said twice: " + l[0]);
            assertTrue(!l[1].equals(l[0]) && l[1].matches("(?s).*\\p{IsCyrillic}.*"), "not Russian: " + l[1]);
            assertEquals(args(arg, l[0]), args(arg, l[1]).isEmpty() ? args(arg, l[1]) : args(arg, l[0]), l[0]);
            for (String a : args(arg, l[1])) assertTrue(args(arg, l[0]).contains(a), "{n} the English lacks: " + l[1]);
        }
    }

    /** A form with its {n} unnumbered: a message that holds a literal "{0}" numbers its names from 1. */
    private static String shape(String form) {
        return form.replaceAll("\\{\\d+}", "{}");
    }

    private static Set<String> args(Pattern arg, String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = arg.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Every reason the code gives a file (its fixed words before the first name it fills in) starts a line of the book. */
    @Test
    void everyReasonAFileCanBeGivenHasItsRussian() throws Exception {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources = List.of(bundles.resolve("org.strata.engine/src/main/java/org/strata/engine/Ingestion.java"),
                bundles.resolve("org.strata.engine/src/main/java/org/strata/engine/InputFiles.java"),
                bundles.resolve("org.strata.ingest/src/main/java/org/strata/ingest/Extractor.java"),
                bundles.resolve("org.strata.ingest/src/main/java/org/strata/ingest/isolated/IsolatedExtractor.java"));
        Pattern reason = Pattern.compile("(?:fail|skip)\\(corpus, item, \"([^\"]+)\"|Outcome\\.\\w+, \"([^\"]+)\"|new ExtractException\\(\"([^\"]+)\""
                + "|return (?:code == 3 \\? )?\"(the parser[^\"]+)\"|: \"(the parser[^\"]+)\"|\"(text cut at[^\"]+)\"|new IOException\\(\"(the parser[^\"]+|interrupted while starting[^\"]+)\"");
        List<String> english = Phrases.lines("ru").stream().map(l -> l[0]).toList();
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path source : sources) {
            Matcher m = reason.matcher(Files.readString(source));
            while (m.find()) {
                String fixed = null;
                for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) fixed = m.group(g);
                found++;
                String start = fixed;
                if (english.stream().noneMatch(e -> e.startsWith(start))) missing.add(source.getFileName() + ": \"" + fixed + "\"");
            }
        }
        assertTrue(found >= 25, "the reasons were found in the code: " + found);
        assertEquals(List.of(), missing, "reasons with no line in phrases_ru.tsv");
    }

    /**
     * Every error the engine, its parts and the command line give with words of their own has its Russian: the
     * English form is read off the source ("cannot read " + file + ": " + why becomes "cannot read {0}: {1}").
     */
    @Test
    void everyErrorThrownWithWordsHasItsRussian() throws Exception {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        Set<String> english = new TreeSet<>(Phrases.lines("ru").stream().map(l -> shape(l[0])).toList());
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (String bundle : List.of("engine", "export", "ingest", "score", "store", "options", "cli")) {
            List<Path> sources;
            try (var walk = Files.walk(bundles.resolve("org.strata." + bundle + "/src/main/java"))) {
                sources = walk.filter(f -> f.toString().endsWith(".java")).toList();
            }
            for (Path source : sources) {
                for (String form : ThrownForms.of(Files.readString(source))) {
                    found++;
                    if (!english.contains(shape(form))) missing.add(form);
                }
            }
        }
        assertTrue(found >= 100, "the errors were found in the code: " + found);
        assertEquals("", String.join("\n", missing), "errors with no line in phrases_ru.tsv");
    }
}
