package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.engine.ExportPrompts;

/** {@code strata prompts}: the corpus's own wording per language, refused without its {0}, and back to Strata's. */
class PromptsCommandTest {
    @TempDir Path tmp;

    @Test
    void theCorpusWordsItsPromptsAndCanGoBack() throws Exception {
        Path dir = tmp.resolve("c");
        assertEquals(0, Cli.run("new", dir.toString()).code());
        Cli set = Cli.run("prompts", dir.toString(), "--language", "ru", "--set", "conceptQuestion=Дай определение: {0}.");
        assertEquals(0, set.code(), set.toString());
        assertTrue(set.out().contains("conceptQuestion  * Дай определение: {0}."), set.out());
        assertTrue(set.out().contains("Напиши плотный и точный текст о понятии «{0}»."), "the other fields keep Strata's own: " + set.out());
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("Дай определение: {0}.", ExportPrompts.wording(c.corpus(), "ru").getConceptQuestion(), "saved in the corpus");
        }

        Cli refused = Cli.run("prompts", dir.toString(), "--language", "ru", "--set", "forStage=Напиши текст.");
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("forStage: the prompt must name what it is about with {0}"), refused.err());
        Cli unknown = Cli.run("prompts", dir.toString(), "--language", "ru", "--set", "question=Что такое {0}?");
        assertTrue(unknown.code() == 1 && unknown.err().contains("no prompt field 'question'"), unknown.toString());

        Cli both = Cli.run("prompts", dir.toString(), "--language", "ru", "--reset", "--set", "conceptQuestion={0}?");
        assertTrue(both.code() == 1 && both.err().contains("without --set"), both.toString());
        Cli named = Cli.run("prompts", dir.toString(), "--language", "Russian", "--set", "conceptQuestion={0}?");
        assertTrue(named.code() == 1 && named.err().contains("ISO 639 code"), named.toString());

        Cli reset = Cli.run("prompts", dir.toString(), "--language", "ru", "--reset");
        assertTrue(reset.out().contains("conceptQuestion    Что такое {0}?"), reset.out());
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals(null, ExportPrompts.wording(c.corpus(), "ru"));
        }
    }
}
