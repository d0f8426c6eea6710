package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;

/** {@code strata new}: the default layers in the user's language (Russian or English), or the one asked for. */
class NewCommandTest {
    @TempDir Path tmp;

    private static List<String> layers(Path dir) throws Exception {
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            return c.layerNames();
        }
    }

    @Test
    void aRussianUserGetsRussianLayersAndAnyoneMayAskForEither() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            Cli ru = Cli.run("new", tmp.resolve("ru").toString());
            assertEquals(0, ru.code(), ru.toString());
            assertEquals(List.of("понятия", "логика", "стратегии", "парадоксы"), layers(tmp.resolve("ru")));
            try (CorpusFolder c = CorpusFolder.open(tmp.resolve("ru"))) {
                assertTrue(c.corpus().getLayers().get(0).getDescription().startsWith("Определения терминов"), "described in Russian");
                assertEquals("concepts", c.corpus().getLayers().get(0).getKind().getLiteral(), "the kind is the same in every language");
            }
            assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"),
                    layersOf(Cli.run("new", tmp.resolve("en").toString(), "--language", "en"), tmp.resolve("en")));

            Locale.setDefault(Locale.GERMANY); // a language Strata does not offer layers in: English
            assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"), layersOf(Cli.run("new", tmp.resolve("de").toString()), tmp.resolve("de")));
        } finally {
            Locale.setDefault(before);
        }
        Cli refused = Cli.run("new", tmp.resolve("fr").toString(), "--language", "fr");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("the default layers are offered in en, ru, not fr"), refused.toString());
    }

    private static List<String> layersOf(Cli run, Path dir) throws Exception {
        assertEquals(0, run.code(), run.toString());
        return layers(dir);
    }
}
