package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The workbench's words in Russian: every key of the English files has its Russian text (a key missing in Russian
 * would show in English; this is the check), no Russian text is its English one left untranslated, and counts
 * read right in Russian (1 пассаж, 2 пассажа, 5 пассажей) as in English.
 */
class MessagesTest {
    /** Texts that are the same in both languages. */
    private static final Set<String> SAME = Set.of("Strata", "({0,number,integer})");

    /** A file of the workbench's bundle, or of another bundle named before a colon ("org.strata.app:plugin.properties"). */
    private static Properties load(String entry) throws Exception {
        int colon = entry.indexOf(':');
        URL url = colon > 0 ? org.eclipse.core.runtime.Platform.getBundle(entry.substring(0, colon)).getEntry(entry.substring(colon + 1))
                : FrameworkUtil.getBundle(Messages.class).getEntry(entry);
        if (url == null && colon < 0) url = Messages.class.getResource("/" + entry);
        assertTrue(url != null, entry + " is in the workbench's bundle");
        Properties p = new Properties();
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        // Eclipse NLS reads properties as ISO-8859-1: a raw Cyrillic letter would show as mojibake, so each is escaped
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) throw new AssertionError(entry + " has a byte that is not ASCII at " + i + ": write \\uXXXX");
        }
        p.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
        return p;
    }

    private static void everyKeyInRussian(String english, String russian) throws Exception {
        Properties en = load(english);
        Properties ru = load(russian);
        List<String> missing = new ArrayList<>(), untranslated = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            String r = ru.getProperty(k);
            if (r == null) missing.add(k);
            else if (r.equals(en.getProperty(k)) && !SAME.contains(r)) untranslated.add(k);
        }
        assertEquals(List.of(), missing, "keys of " + english + " with no Russian text in " + russian);
        assertEquals(List.of(), untranslated, "keys of " + russian + " still in English");
        List<String> extra = new ArrayList<>(ru.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());
        assertEquals(List.of(), extra, "keys of " + russian + " that English does not have (a typo?)");
    }

    @Test
    void everyLabelOfTheWorkbenchHasItsRussianText() throws Exception {
        everyKeyInRussian("plugin.properties", "plugin_ru.properties");
        everyKeyInRussian("org/strata/ui/messages.properties", "org/strata/ui/messages_ru.properties");
        everyKeyInRussian("org.strata.app:plugin.properties", "org.strata.app:plugin_ru.properties"); // the product's branding
    }

    @Test
    void jfacesOwnButtonsSpeakRussianThroughTheLanguageFragment() {
        java.util.ResourceBundle ru = java.util.ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.forLanguageTag("ru"),
                org.eclipse.jface.resource.JFaceResources.class.getClassLoader());
        assertEquals("Отмена", ru.getString("cancel"));
        assertEquals("&Готово", ru.getString("finish"));
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.ENGLISH,
                org.eclipse.jface.resource.JFaceResources.class.getClassLoader());
        assertEquals("Cancel", en.getString("cancel"));
    }

    @Test
    void countsReadRightInRussianAndInEnglish() throws Exception {
        String ru = load("org/strata/ui/messages_ru.properties").getProperty("Passages_count");
        Locale russian = Locale.forLanguageTag("ru");
        assertEquals("1 пассаж", Texts.format(russian, ru, 1));
        assertEquals("2 пассажа", Texts.format(russian, ru, 2));
        assertEquals("5 пассажей", Texts.format(russian, ru, 5));
        assertEquals("11 пассажей", Texts.format(russian, ru, 11));
        assertEquals("21 пассаж", Texts.format(russian, ru, 21));
        assertEquals("24 пассажа", Texts.format(russian, ru, 24));
        assertEquals("1\u00a0000\u00a0000 пассажей", Texts.format(russian, ru, 1_000_000), "Russian groups digits with a no-break space");
        String en = load("org/strata/ui/messages.properties").getProperty("Passages_count");
        assertEquals("1 passage", Texts.format(Locale.ENGLISH, en, 1));
        assertEquals("1,000,000 passages", Texts.format(Locale.ENGLISH, en, 1_000_000));
        Properties r = load("org/strata/ui/messages_ru.properties");
        assertEquals("Принять пассаж", Texts.format(russian, r.getProperty("Menu_accept"), 1), "one passage is not counted");
        assertEquals("Принять 21 пассаж", Texts.format(russian, r.getProperty("Menu_accept"), 21));
        assertEquals("Отклонить 2 пассажа", Texts.format(russian, r.getProperty("Menu_reject"), 2));
        assertEquals("Переместить 5 пассажей в слой", Texts.format(russian, r.getProperty("Menu_move"), 5));
        assertEquals("Reject 2 Passages", Texts.format(Locale.ENGLISH, load("org/strata/ui/messages.properties").getProperty("Menu_reject"), 2));
        String tokens = load("org/strata/ui/messages_ru.properties").getProperty("Explorer_passagesAndTokens");
        assertEquals("(3 пассажа, 101 токен)", Texts.format(russian, tokens, 3, 101));
    }

    @Test
    void numbersAreReadAsEitherLanguageTypesThem() {
        assertEquals(0.5, Texts.fraction("0,5"), 1e-9, "Russian's decimal comma");
        assertEquals(0.5, Texts.fraction(" 0.5 "), 1e-9);
        assertEquals("250000", Texts.ungrouped("250\u00a0000"), "Russian groups digits with a no-break space");
        assertEquals("250000", Texts.ungrouped("250,000"));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> Texts.fraction("half"));
        assertEquals("0,965", String.format(java.util.Locale.forLanguageTag("ru"), "%.3f", 0.965), "shown as the language writes it");
    }
}
