package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line in Russian when the locale is Russian: its help (picocli's resource bundle), what it prints (counts
 * in Russian plural forms), the same {@code --json} in every language, and no key missing from either bundle.
 */
class CliInRussianTest {
    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    @TempDir Path tmp;

    private static Properties load(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = CliInRussianTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path");
            bytes = in.readAllBytes();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) throw new AssertionError(name + " has a byte that is not ASCII at " + i + ": write \\uXXXX");
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
        return p;
    }

    private static <T> T inRussian(Callable<T> run) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(RU);
        try {
            return run.call();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyMessageHasItsRussianTextAndCountsReadRight() throws Exception {
        Properties en = load("output.properties"), ru = load("output_ru.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()), "the same keys in both languages");
        List<String> same = new ArrayList<>();
        for (String k : en.stringPropertyNames()) if (en.getProperty(k).equals(ru.getProperty(k)) && !k.equals("export.leftOut")) same.add(k);
        assertEquals(List.of(), same, "messages still in English in output_ru.properties");
        assertEquals("1 пассаж", Say.that(RU, "file.passages", 1));
        assertEquals("3 пассажа", Say.that(RU, "file.passages", 3));
        assertEquals("11 пассажей", Say.that(RU, "file.passages", 11));
        assertEquals("21 пассаж", Say.that(RU, "file.passages", 21));
        assertEquals("1 passage", Say.that(Locale.ENGLISH, "file.passages", 1));
        assertEquals("почти-дубликаты: 2 пассажа в 1 кластере", Say.that(RU, "nearDuplicates", 2, 1));
    }

    @Test
    void everyCommandOptionAndParameterHasRussianHelp() throws Exception {
        Properties ru = load("help_ru.properties");
        Set<String> missing = new TreeSet<>();
        keys(new CommandLine(new StrataCli()).getCommandSpec(), ru, missing);
        assertEquals(Set.of(), missing, "help texts with no Russian in help_ru.properties");
    }

    private static void keys(CommandSpec s, Properties ru, Set<String> missing) {
        if (s.name().equals("help")) return;
        String q = s.qualifiedName(".");
        if (!ru.containsKey(q + ".usage.description") && !ru.containsKey(q + ".usage.description.0")) missing.add(q + ".usage.description");
        for (OptionSpec o : s.options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            String k = q + "." + o.longestName().replaceFirst("^-+", "");
            if (!ru.containsKey(k)) missing.add(k);
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            String k = q + "." + p.paramLabel() + "[" + p.index() + "]";
            if (!ru.containsKey(k)) missing.add(k);
        }
        for (CommandLine sub : s.subcommands().values()) keys(sub.getCommandSpec(), ru, missing);
    }

    @Test
    void helpAndSummariesAreRussianAndJsonIsTheSameInEveryLanguage() throws Exception {
        Cli help = inRussian(() -> Cli.run("--help"));
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().startsWith("Использование: strata"), help.out());
        assertTrue(help.out().contains("Команды:"), help.out());
        Cli ingestHelp = inRussian(() -> Cli.run("ingest", "--help"));
        assertTrue(ingestHelp.out().contains("Tika"), "names stay as they are: " + ingestHelp.out());
        assertTrue(ingestHelp.out().replaceAll("\\s+", " ").contains("(по умолчанию: 256)"), "${DEFAULT-VALUE} is filled in: " + ingestHelp.out());
        assertTrue(Cli.run("--help").out().startsWith("Usage: strata"), "English otherwise");

        // the mistakes picocli finds in a command line, said in Russian; English as picocli says them
        Cli missing = inRussian(() -> Cli.run("score"));
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Не хватает обязательного параметра: DIR"), missing.err());
        assertTrue(missing.err().contains("Использование: strata score"), "then the usage: " + missing.err());
        Cli unknown = inRussian(() -> Cli.run("stats", tmp.toString(), "--bogus"));
        assertTrue(unknown.err().startsWith("Неизвестный параметр: --bogus"), unknown.err());
        Cli invalid = inRussian(() -> Cli.run("score", tmp.toString(), "--batch", "many"));
        assertTrue(invalid.err().startsWith("Недопустимое значение «many» для --batch"), invalid.err());
        assertTrue(Cli.run("score").err().startsWith("Missing required parameter: 'DIR'"), "English as picocli says it");

        Path corpus = tmp.resolve("c");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Сухожилие передаёт усилие мышцы на кость.\n\nСвязка соединяет кости между собой.\n");
        Cli made = inRussian(() -> Cli.run("new", corpus.toString()));
        assertTrue(made.out().startsWith("создан корпус «c»"), made.toString());
        Cli ingested = inRussian(() -> Cli.run("ingest", corpus.toString(), docs.toString()));
        assertEquals(0, ingested.code(), ingested.toString());
        assertTrue(ingested.out().contains("1 файл: готово 1, пропущено 0, с ошибкой 0"), ingested.out());

        String ruJson = inRussian(() -> Cli.run("stats", corpus.toString(), "--json")).out();
        String enJson = Cli.run("stats", corpus.toString(), "--json").out();
        assertEquals(enJson, ruJson, "--json is data: the same in every language");
        String ruText = inRussian(() -> Cli.run("stats", corpus.toString())).out();
        assertTrue(ruText.startsWith("корпус   c"), ruText);
        assertNotEquals(Cli.run("stats", corpus.toString()).out(), ruText);
    }
}
