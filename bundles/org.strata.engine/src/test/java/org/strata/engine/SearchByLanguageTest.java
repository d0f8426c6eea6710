package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.store.Passage;
import org.strata.store.PassageQuery;

/**
 * Full-text search with the analysis of each passage's language: Russian and English word forms match, a mixed
 * corpus is searched in both at once, and a corpus indexed before search knew languages (a real one, made by the
 * Strata of commit 3658141) opens, searches as it did, and is brought forward by re-indexing.
 */
class SearchByLanguageTest {
    @TempDir Path tmp;

    private static final String RU = "Ахиллово сухожилие запасает упругую энергию в фазе опоры и отдаёт её при отталкивании, "
            + "поэтому жёсткость сухожилия влияет на экономичность бега.";
    private static final String EN = "The Achilles tendon stores elastic energy during the stance phase and returns it at push-off, "
            + "so the stiffness of tendons shapes running economy.";
    private static final String DE = "Die Achillessehne speichert elastische Energie in der Stützphase.";

    private static List<String> ids(CorpusService s, String words) {
        return s.search(PassageQuery.text(words).page(0, 10)).value().rows().stream().map(Passage::id).sorted().toList();
    }

    @Test
    void wordFormsMatchInEachLanguageAndAMixedCorpusIsSearchedInBoth() throws Exception {
        Path dir = tmp.resolve("mixed");
        try (CorpusFolder c = CorpusFolder.create(dir, "mixed")) {
            c.store().addNew(List.of(Passage.ingested("ru", "ru.txt", 0, 0, RU.length(), RU, 40, "ru"),
                    Passage.ingested("en", "en.txt", 0, 0, EN.length(), EN, 30, "en"),
                    Passage.ingested("de", "de.txt", 0, 0, DE.length(), DE, 15, "de")));
            c.commit();
        }
        try (CorpusService s = CorpusService.open(dir)) {
            assertTrue(s.searchKnowsLanguages(), "a new corpus's index knows languages");
            assertEquals(List.of("ru"), ids(s, "сухожилиями"), "an inflected Russian form no passage holds");
            assertEquals(List.of("ru"), ids(s, "упругая энергия"), "both words, each in another form");
            assertEquals(List.of("en"), ids(s, "economies"), "an English form no passage holds");
            assertEquals(List.of("en"), ids(s, "tendon"));
            assertEquals(List.of("en", "ru"), ids(s, "сухожилие OR tendons"), "one query, both languages");
            assertEquals(List.of("de"), ids(s, "Stützphase"), "another language: exact forms, as before");
            assertEquals(List.of(), ids(s, "Stützphasen"), "no German analysis: another form does not match");
            assertEquals(RU, s.passage("ru").value().text(), "the text is stored once, as it was");
        }
    }

    @Test
    void aCorpusIndexedBeforeOpensSearchesAsItDidAndIsBroughtForward() throws Exception {
        Path dir = copy("store-format-1", tmp.resolve("old"));
        try (CorpusService s = CorpusService.open(dir)) {
            assertFalse(s.searchKnowsLanguages());
            assertEquals(1, ids(s, "сухожилие").size(), "exact forms are found as before");
            assertEquals(List.of(), ids(s, "сухожилиями"), "other forms are not, until it is re-indexed");
            long before = s.count(org.strata.store.PassageFilter.NONE).value();

            Response<Long> r = s.reindexText(Progress.NONE);
            assertTrue(r.ok(), r.message());
            assertEquals(before, r.value(), "every passage of the old corpus is English or Russian: " + r.message());
            assertEquals(1, ids(s, "сухожилиями").size());
            assertEquals(1, ids(s, "economies").size());
            assertEquals(before, s.count(org.strata.store.PassageFilter.NONE).value(), "nothing lost, nothing doubled");
            assertEquals(0L, s.reindexText(Progress.NONE).value(), "a second run has nothing to do");
        }
        try (CorpusService s = CorpusService.open(dir)) {
            assertTrue(s.searchKnowsLanguages(), "the index says so after reopening");
        }
    }

    /** A corpus folder of the test resources, copied to {@code to}. */
    private static Path copy(String name, Path to) throws Exception {
        URL url = SearchByLanguageTest.class.getResource(name + "/corpus.strata");
        Path from = Path.of(url.toURI()).getParent();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String sub : List.of("heads", "log")) Files.createDirectories(to.resolve(sub));
        return to;
    }
}
