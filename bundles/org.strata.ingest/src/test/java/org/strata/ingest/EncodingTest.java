package org.strata.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text in the common encodings comes out as the same Unicode text. */
class EncodingTest {
    private static final String RUSSIAN = "Время контакта с опорой у спринтеров высокого класса составляет менее девяти сотых секунды. "
            + "Жёсткость ноги определяет, сколько упругой энергии возвращает ахиллово сухожилие при каждом шаге. "
            + "Поэтому тренеры развивают реактивную силу прыжками и многоскоками в течение всего сезона.";
    private static final String GERMAN = "Die Bodenkontaktzeit ist bei Sprintern der Weltklasse kürzer als neun Hundertstelsekunden. "
            + "Die Beinsteifigkeit bestimmt, wie viel elastische Energie die Achillessehne zurückgibt; daher üben Trainer "
            + "Sprünge über Hürden, Kästen und Treppenstufen während der ganzen Saison.";
    @TempDir Path dir;

    private String roundTrip(String name, String text, Charset cs) throws Exception {
        Path f = Files.write(dir.resolve(name), text.getBytes(cs));
        return new Extractor().extract(f).text();
    }

    @Test
    void languagesAreDetectedForDocumentsAndPassages() {
        assertTrue(Languages.detect(RUSSIAN).equals("ru"), Languages.detect(RUSSIAN));
        assertTrue(Languages.detect(GERMAN).equals("de"), Languages.detect(GERMAN));
        assertTrue(Languages.detect("Ground contact time is the interval during which the foot touches the track in a sprint.").equals("en"));
        assertTrue(Languages.detect("ok").isEmpty(), "too short to say");
        assertEquals("fr", Languages.detect("Le cycle étirement-détente permet à l'unité muscle-tendon de stocker de l'énergie élastique pendant l'allongement."));
        assertEquals("es", Languages.detect("El ciclo de estiramiento-acortamiento permite a la unidad músculo-tendón almacenar energía elástica durante el alargamiento."));
        assertEquals("zh", Languages.detect("肌肉肌腱单元在拉长时储存弹性能量，并在随后的向心阶段释放出来。这种机制对短时间的地面接触尤为重要，因为长时间接触会把储存的能量变成热量。"));
        assertEquals("", Languages.detect("public static void main(String[] args) { for (int i = 0; i < n; i++) { x[i] = y[i] * 2; } return foo.bar(baz); }"),
                "code is no language");
        assertEquals("", Languages.detect("qzx vbnm plkj hgf dsa wert yuio zxcv bnm qwer tyu iop asd fghj klz xcvb nmq wer tyui opas dfgh jklz"),
                "nor is noise");
        assertEquals(Languages.detect(GERMAN), Languages.detect(GERMAN), "the same text, the same answer");
        assertTrue(Languages.ofPassage("Table 3", "de").equals("de"), "a short passage takes its document's language");
        assertTrue(Languages.dominant(java.util.List.of("ru", "", "en", "en"), java.util.List.of(90, 5, 40, 40)).equals("ru"),
                "a mixed document is judged by the language of most of its tokens");
    }

    @Test
    void utf8Utf16Windows1251AndLatin1AreDetected() throws Exception {
        assertTrue(roundTrip("ru-utf8.txt", RUSSIAN, StandardCharsets.UTF_8).contains("ахиллово сухожилие"));
        assertTrue(roundTrip("ru-utf16.txt", "\uFEFF" + RUSSIAN, StandardCharsets.UTF_16LE).contains("ахиллово сухожилие"));
        assertTrue(roundTrip("ru-1251.txt", RUSSIAN, Charset.forName("windows-1251")).contains("ахиллово сухожилие"));
        assertTrue(roundTrip("de-latin1.txt", GERMAN, StandardCharsets.ISO_8859_1).contains("Achillessehne zurückgibt"));
    }
}
