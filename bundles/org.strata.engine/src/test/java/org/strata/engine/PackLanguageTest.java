package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackRequest;
import org.strata.export.PackVerifier;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.PromptTemplate;
import org.strata.export.PromptTemplates;
import org.strata.model.corpus.CorpusFactory;
import org.strata.score.Components;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;

/**
 * A pack speaks the language of its passages: a Russian corpus gets Russian prompts (concept questions, preference
 * instructions) and {@code language: ru} in its card and manifest; a mixed corpus gets each prompt in the language of
 * the text it precedes, and both languages declared.
 */
class PackLanguageTest {
    @TempDir Path tmp;

    private static final String[] RU = {
        "Сухожилие передаёт силу мышцы на кость и запасает упругую энергию в фазе опоры.",
        "Чем жёстче ахиллово сухожилие, тем быстрее сила икроножной мышцы доходит до стопы.",
        "Время контакта с опорой сокращается с ростом скорости бега, потому что импульс нужно приложить быстрее.",
        "Частота шагов растёт со скоростью, пока фазу переноса ещё можно сократить.",
    };
    private static final String[] EN = {
        "The tendon passes the muscle's force to the bone and stores elastic energy during the stance phase.",
        "The stiffer the Achilles tendon, the sooner the calf's force reaches the foot at push-off.",
        "Ground contact time shortens as running speed rises, because the impulse must be applied faster.",
        "Stride frequency rises with speed until the swing phase cannot be shortened any further.",
    };

    private Path corpus(String name, boolean english) throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        Path dir = tmp.resolve(name);
        try (CorpusFolder c = CorpusFolder.create(dir, name)) {
            List<Passage> ps = new ArrayList<>();
            List<String[]> langs = english ? List.of(RU, EN) : List.<String[]>of(RU);
            for (String[] texts : langs) {
                String lang = texts == RU ? "ru" : "en";
                for (int i = 0; i < texts.length; i++) {
                    float[] comp = new float[Components.COUNT];
                    comp[Components.KNOWLEDGE] = 0.5f + 0.1f * i;
                    ps.add(Passage.ingested(lang + i, "/docs/" + lang + "-" + (i % 2) + ".txt", i, 0, texts[i].length(), texts[i],
                            tok.count(texts[i]), lang).withScore(0.5f + 0.1f * i, comp, null).withLayer("concepts")
                            .withConcepts(i < 2 ? List.of("сухожилие") : List.of()));
                }
            }
            c.store().addAll(ps);
            c.store().commit();
            Concept k = CorpusFactory.eINSTANCE.createConcept();
            k.setName("сухожилие");
            k.setDefinition("Плотная соединительная ткань, которая крепит мышцу к кости и передаёт ей силу.");
            k.getAliases().add("тяж");
            c.corpus().getConcepts().add(k);
            // a choice between Russian passages that share the concept, and (in the mixed corpus) one between English ones
            Judgments.choice(c, List.of("ru0", "ru1"), "ru1", "называет механизм", "тренер");
            if (english) Judgments.choice(c, List.of("en0", "en2"), "en2", "states the cause", "coach"); // one document, no shared concept
            c.save();
        }
        return dir;
    }

    private static PackManifest export(Path dir, Path out) throws Exception {
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            PackRequest.Selection d = PackExport.defaults(c);
            PackRequest.Selection all = new PackRequest.Selection(d.head(), d.minDensity(), d.layerMinDensity(), d.statuses(), d.languages(),
                    d.concepts(), d.excludeDuplicates(), d.stageTokenBudget(), 0, d.ngram()); // no validation share: every choice trains
            return PackExport.run(c, null, all, out, false, "strata test");
        }
    }

    private static List<JsonObject> lines(Path f) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(JsonParser.parseString(l).getAsJsonObject());
        return out;
    }

    @Test
    void aRussianCorpusMakesARussianPack() throws Exception {
        Path pack = tmp.resolve("ru pack");
        PackManifest m = export(corpus("русский", false), pack);
        assertEquals(Map.of("ru", 4L), m.languages());
        String card = Files.readString(pack.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(card.contains("language:\n  - ru\n"), card);
        assertTrue(card.contains("ru 4 (100%)"), card);

        JsonObject sft = lines(pack.resolve("stage_01_concepts/sft.jsonl")).get(0);
        String question = sft.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString();
        String answer = sft.getAsJsonArray("messages").get(1).getAsJsonObject().get("content").getAsString();
        assertEquals("Что такое сухожилие?", question);
        assertTrue(answer.endsWith(" Другие названия: тяж."), answer);
        JsonObject dpo = lines(pack.resolve("stage_01_concepts/dpo.jsonl")).get(0);
        assertEquals("Напиши плотный и точный текст о понятии «сухожилие».", dpo.get("prompt").getAsString());
        assertEquals(List.of(), PackVerifier.verify(pack, DefaultEncoder.tokenizer()::count));
    }

    @Test
    void aMixedCorpusWritesEachPromptInTheLanguageOfItsTextAndDeclaresBoth() throws Exception {
        Path pack = tmp.resolve("mixed pack");
        PackManifest m = export(corpus("mixed", true), pack);
        assertEquals(Map.of("ru", 4L, "en", 4L), m.languages());
        String card = Files.readString(pack.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(card.contains("language:\n") && card.contains("  - ru\n") && card.contains("  - en\n"), card);
        List<String> prompts = lines(pack.resolve("stage_01_concepts/dpo.jsonl")).stream().map(o -> o.get("prompt").getAsString()).toList();
        assertTrue(prompts.contains("Напиши плотный и точный текст о понятии «сухожилие»."), prompts.toString());
        assertTrue(prompts.contains("Write the most informative passage of \"en-0.txt\"."), prompts.toString());
        String manifest = Files.readString(pack.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"languages\": {\n    \"en\": 4,\n    \"ru\": 4\n  }"), manifest.substring(0, 600));
    }

    @Test
    void theExpertsWordingInTheExportProfileIsWhatThePackAndItsRecipeSay() throws Exception {
        Path dir = corpus("своими словами", false);
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            PromptTemplate t = CorpusFactory.eINSTANCE.createPromptTemplate();
            t.setLanguage("ru");
            t.setConceptQuestion("Дай определение: {0}.");
            t.setAboutConcept("Объясни спортсмену, что такое «{0}».");
            t.setAlsoCalled("Иначе: {0}."); // written as the form shows it, with no space before: the pack puts one
            ExportPrompts.profile(c.corpus(), true).getPrompts().add(t);
            c.save();
        }
        Path pack = tmp.resolve("own words");
        export(dir, pack);
        JsonObject sft = lines(pack.resolve("stage_01_concepts/sft.jsonl")).get(0);
        assertEquals("Дай определение: сухожилие.", sft.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString());
        assertTrue(sft.getAsJsonArray("messages").get(1).getAsJsonObject().get("content").getAsString().endsWith("передаёт ей силу. Иначе: тяж."),
                sft.toString());
        assertEquals("Объясни спортсмену, что такое «сухожилие».", lines(pack.resolve("stage_01_concepts/dpo.jsonl")).get(0).get("prompt").getAsString());
        assertEquals(" Другие названия: {0}.", PromptTemplates.RUSSIAN.alsoCalled(), "a field left unset keeps Strata's own");
        // the recipe carries the wording, so that the Spark job writes the same prompts
        RecipeFile recipe = RecipeFile.read(pack.resolve("recipe.json"));
        assertEquals("Дай определение: {0}.", recipe.prompts().of("ru").conceptQuestion());
        assertEquals(PromptTemplates.ENGLISH, recipe.prompts().of("en"));

        try (CorpusFolder c = CorpusFolder.open(dir)) { // a wording without {0} is refused, saying which language
            ExportPrompts.wording(c.corpus(), "ru").setForStage("Напиши текст.");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportPrompts.of(c.corpus()));
            assertTrue(e.getMessage().contains("'ru'") && e.getMessage().contains("{0}"), e.getMessage());
        }
    }
}
