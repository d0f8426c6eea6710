package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The signals in the passage's language: Lucene's resources, the shipped word-order models, repetition, code, cut-off. */
class LanguageSignalsTest {
    static final String RU = "Сухожилие передаёт усилие мышцы на кость и запасает упругую энергию при приземлении. Чем жёстче "
            + "сухожилие, тем быстрее эта энергия возвращается в следующем шаге, поэтому спринтеры тренируют жёсткость ног "
            + "прыжковыми упражнениями. Однако слишком резкое повышение нагрузки вызывает воспаление, и восстановление "
            + "занимает несколько недель.";
    static final String EN = "The tendon transmits the force of the muscle to the bone and stores elastic energy on landing. The "
            + "stiffer the tendon, the faster this energy returns in the next step, which is why sprinters train leg stiffness "
            + "with jumping drills. A sudden rise in load, however, inflames the tendon, and recovery takes several weeks.";

    @Test
    void russianHasItsFunctionWordsAndStemmerFromLucene() {
        LanguageKit ru = LanguageKit.of("ru");
        assertTrue(ru.known());
        for (String w : List.of("и", "в", "не", "что", "как")) assertTrue(ru.isFunctionWord(w), w);
        assertFalse(ru.isFunctionWord("сухожилие"));
        LanguageKit.Stemmer s = ru.stemmer();
        assertEquals(s.stem("сухожилие"), s.stem("сухожилия"));
        assertEquals(s.stem("нагрузка"), s.stem("нагрузки"));
        assertNotNull(ru.wordOrder(), "a word-order model ships for Russian");
        assertTrue(ru.describe().contains("Snowball"), ru.describe());
    }

    @Test
    void aLanguageNothingKnowsGetsAnEmptyKit() {
        LanguageKit xx = LanguageKit.of("xx");
        assertFalse(xx.known());
        assertNull(xx.wordOrder());
        assertEquals("nothing", xx.describe());
        assertFalse(LanguageKit.of("").known());
        // German has Lucene's resources but no shipped word-order model
        assertTrue(LanguageKit.of("de").known());
        assertNull(LanguageKit.of("de").wordOrder());
    }

    @Test
    void russianContentWordsAreCountedWithRussianFunctionWords() {
        DensitySignals.Signals dense = DensitySignals.of(RU, 200, LanguageKit.of("ru"));
        DensitySignals.Signals chatter = DensitySignals.of("ну да, я тоже так думаю, это было как бы очень круто и всё такое, "
                + "мы только пришли и вот это да, так что да, я думаю это было хорошо и всё", 120, LanguageKit.of("ru"));
        assertTrue(dense.content() > chatter.content() + 0.3f, dense + " vs " + chatter);
        assertTrue(dense.density() > chatter.density(), dense + " vs " + chatter);
        // an English list would call every Russian word a content word
        assertTrue(DensitySignals.of(RU, 200, LanguageKit.of("en")).content() >= dense.content());
    }

    @Test
    void shuffledWordsScoreBelowTheOriginalInBothLanguages() {
        Random random = new Random(1);
        for (String lang : List.of("en", "ru")) {
            String text = lang.equals("en") ? EN : RU;
            WordOrderModel m = WordOrderModel.shipped(lang);
            for (int k = 0; k < 20; k++) {
                List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
                Collections.shuffle(words, random);
                String shuffled = String.join(" ", words);
                assertTrue(m.score(shuffled) < m.score(text), lang + ": " + m.score(shuffled) + " >= " + m.score(text) + " for " + shuffled);
            }
            assertTrue(m.score(text) > 0.8f, lang + " original " + m.score(text));
        }
    }

    @Test
    void aWordOrderModelIsLearnedWrittenAndReadBack() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) paragraphs.add(EN + " " + EN.replace("tendon", "ligament"));
        WordOrderModel m = WordOrderModel.train("en", paragraphs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        WordOrderModel back = WordOrderModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(m.meanPmi(EN), back.meanPmi(EN), 1e-9);
        assertEquals("en", back.language());
    }

    @Test
    void aPassageSaidTwiceIsHalfRepetition() {
        List<String> once = DensitySignals.words(EN);
        List<String> twice = DensitySignals.words(EN + " " + EN);
        assertEquals(0f, SelfRepetition.of(once), 0.02f);
        assertTrue(SelfRepetition.of(twice) > 0.45f, "doubled " + SelfRepetition.of(twice));
        // a keyword phrase stuffed in again and again
        String stuffed = EN.replace(". ", ". cheap flights cheap flights best cheap flights. ");
        assertTrue(SelfRepetition.of(DensitySignals.words(stuffed)) > 0.1f);
        Intrinsic in = new Intrinsic(List.of());
        float[] a = in.measure(RU, 300, 0f, "ru"), b = in.measure(RU + " " + RU, 600, 0f, "ru");
        a[Components.KNOWLEDGE] = b[Components.KNOWLEDGE] = 0.7f;
        a[Components.REDUNDANCY] = b[Components.REDUNDANCY] = 0f;
        assertTrue(Density.combine(DensityWeights.DEFAULT, b) < 0.6f * Density.combine(DensityWeights.DEFAULT, a));
    }

    @Test
    void codeChangelogsAndVersionsAreMarked() {
        assertTrue(CodeCues.of("xsltTemplatePtr templ : call-template; xsltStylesheetPtr style = ctxt->style; int i = 0;") > 0.8f);
        String changelog = "1.13.3 \u2014 April 23, 2022 \u2014 Diff \u2014 2.0.1 \u2014 May 2, 2022 \u2014 Diff";
        assertTrue(Boilerplate.of(changelog, 0f, CodeCues.of(changelog)).boilerplate() > 0.5f, Boilerplate.of(changelog).toString());
        assertEquals(0f, CodeCues.of(EN));
        assertEquals(0f, CodeCues.of(RU));
        assertTrue(CodeCues.isCode("getValue()") && CodeCues.isCode("java.util.List") && CodeCues.isCode("--verbose"));
        assertFalse(CodeCues.isCode("McDonald") || CodeCues.isCode("(see") || CodeCues.isCode("т.е.") || CodeCues.isCode("e.g."));
    }

    @Test
    void russianBoilerplateIsBoilerplateAndRussianQuotesAreNot() {
        Boilerplate.Cues footer = Boilerplate.of("© 2024 Все права защищены. Политика конфиденциальности. Мы используем файлы "
                + "cookie. Подписывайтесь на нашу рассылку! Поделиться: ВКонтакте | Телеграм");
        assertTrue(footer.boilerplate() > 0.8f, footer.toString());
        Boilerplate.Cues quoted = Boilerplate.of("Есть три дистрибутива: стабильный («stable»), тестируемый («testing») и "
                + "нестабильный («unstable»); тестируемый иногда «замораживается» перед выпуском.");
        assertTrue(quoted.boilerplate() < 0.2f, quoted.toString());
        Boilerplate.Cues prose = Boilerplate.of("Python — язык программирования, который — как говорят — прост; много лет назад "
                + "его создал Гвидо ван Россум, и так далее.", 0f, 0f, "ru");
        assertTrue(prose.boilerplate() < 0.2f, prose.toString());
        // Russian sites write "файлы cookie" in Latin letters
        Boilerplate.Cues cookies = Boilerplate.of("Этот сайт использует файлы cookie, необходимые для его правильной работы.", 0f, 0f, "ru");
        assertTrue(cookies.legal() > 0.3f, cookies.toString());
        // English cues do not search French text ("comment" is "how")
        assertEquals(0f, Boilerplate.of("Comment installer le paquet et comment le configurer ensuite.", 0f, 0f, "fr").navigation());
    }

    @Test
    void russianNominalStyleComesFromTheDictionary() {
        Morphology ru = LanguageKit.of("ru").morphology();
        assertEquals(Morphology.Part.NOUN, ru.part("сухожилие"));
        assertEquals(Morphology.Part.PREPOSITION, ru.part("при"));
        assertEquals(Morphology.Part.VERB, ru.part("сказал"));
        assertEquals(Morphology.Part.UNKNOWN, ru.part("zzz"));
        String story = "Он вышел из дома рано утром, долго шёл по тропинке и думал о том, что она ему сказала вчера. Потом он "
                + "остановился, посмотрел назад и вдруг понял, что забыл ключи.";
        float dense = DensitySignals.of(RU, 200, LanguageKit.of("ru")).nominal(), told = DensitySignals.of(story, 200, LanguageKit.of("ru")).nominal();
        assertTrue(dense > told + 0.3f, dense + " vs " + told);
        // no dictionary for English or German: not measured
        assertNull(LanguageKit.of("en").morphology());
        assertTrue(Float.isNaN(DensitySignals.of(EN, 200, LanguageKit.of("en")).nominal()));
        Intrinsic intrinsic = new Intrinsic(List.of());
        assertEquals(dense, intrinsic.measure(RU, 200, 0f, "ru")[Components.NOMINAL], 1e-6f);
        assertTrue(LanguageKit.of("ru").describe().contains("a dictionary of parts of speech"));
    }

    @Test
    void wordLengthIsMeasuredOnSentencesNotOnTheLabelsAroundThem() {
        String labels = "Загрузить и импортировать файл\nУправление файлами\nДобавить новую рубрику\n";
        LanguageKit ru = LanguageKit.of("ru");
        assertEquals(DensitySignals.of(RU, 200, ru).wordLength(), DensitySignals.of(labels + RU + "\n" + labels, 260, ru).wordLength(), 1e-6f);
        assertEquals("", DensitySignals.sentences(labels), "labels are no sentences");
        // a text of labels only is measured on all its words
        assertTrue(DensitySignals.of(labels, 20, ru).wordLength() > 0f);
    }

    @Test
    void aPassageCutOffInMidSentenceIsMarked() {
        assertEquals(0f, DensitySignals.cutOff(EN));
        assertTrue(DensitySignals.cutOff(EN.substring(0, EN.indexOf("which is why") + 30)) >= 0.5f);
        assertTrue(DensitySignals.cutOff(EN.substring(0, EN.indexOf("which is why") - 1)) >= 0.5f, "cut after a comma");
        assertEquals(0f, DensitySignals.cutOff("Installation"), "a heading is no fragment");
        assertEquals(0f, DensitySignals.cutOff(EN + "\n- libfoo-dev"), "nor is a list item");
    }

    @Test
    void scoresOfSeventeenComponentsStillCombine() {
        float[] old = new float[Components.COUNT_V1];
        old[Components.KNOWLEDGE] = 0.8f;
        old[Components.INFORMATION] = 0.6f;
        assertEquals(0.7f, Density.combine(DensityWeights.DEFAULT, old), 1e-6, "the arithmetic mean, as then");
        float[] now = new float[Components.COUNT];
        java.util.Arrays.fill(now, Float.NaN);
        now[Components.KNOWLEDGE] = 0.8f;
        now[Components.INFORMATION] = 0.6f;
        float d = Density.combine(DensityWeights.DEFAULT, now);
        assertEquals(Math.sqrt(0.8 * 0.6), d, 1e-4, "NaN parts are not measured, not fatal");
        now[Components.KNOWLEDGE] = Float.NaN;
        assertFalse(Float.isNaN(Density.combine(DensityWeights.DEFAULT, now)));
    }

    @Test
    void percentagesPricesAndLanguageNamesAreNotCode() {
        assertEquals(0f, CodeCues.of("Prices rose by 5% in 2023, to $100 a barrel; C++ and R&D budgets grew by a *third*."));
    }

    @Test
    void badInputGetsAScoreWithItsReasons() {
        Intrinsic in = new Intrinsic(List.of("сухожилие и его жёсткость"));
        String mixed = RU + " " + EN;
        for (String[] t : new String[][] {{"а".repeat(400), "ru"}, {"1234567890 ".repeat(30), ""}, {mixed, "ru"},
                {"Ĝi estas lingvo kiun neniu ĉi tie konas, kaj ĝiaj vortoj ne havas liston.", "eo"}, {"", ""}, {"!!!", "xx"}}) {
            float[] c = in.measure(t[0], 40, 0f, t[1]);
            c[Components.KNOWLEDGE] = 0.5f;
            c[Components.REDUNDANCY] = 0f;
            for (int i = 0; i < c.length; i++) {
                assertTrue(Float.isNaN(c[i]) ? i == Components.CONTENT || i == Components.DOMAIN_TERMS || i == Components.COVERAGE
                        || i == Components.IMPERSONAL || i == Components.NOMINAL
                        : c[i] >= 0 && c[i] <= 1, Components.NAMES.get(i) + " = " + c[i] + " for " + t[1]);
            }
            float d = Density.combine(DensityWeights.DEFAULT, c);
            assertTrue(d >= 0 && d <= 1, "density " + d);
        }
        // one character repeated is no density
        float[] rep = in.measure("а".repeat(400), 40, 0f, "ru");
        rep[Components.KNOWLEDGE] = 0.9f;
        rep[Components.REDUNDANCY] = 0f;
        assertTrue(Density.combine(DensityWeights.DEFAULT, rep) < 0.3f);
        // the unknown language has no content-word measure, and says so by NaN
        assertTrue(Float.isNaN(in.measure("Ĝi estas lingvo kiun neniu konas.", 20, 0f, "eo")[Components.CONTENT]));
    }
}
