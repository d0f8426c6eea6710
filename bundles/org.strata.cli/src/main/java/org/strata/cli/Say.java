package org.strata.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * What the command line says to people, in their language: {@code output.properties} in English and
 * {@code output_ru.properties} in Russian, chosen by the locale (LANG=ru_RU.UTF-8 gives Russian). Messages are ICU
 * patterns, so that counts read right ("1 passage", "2 passages"; "1 пассаж", "2 пассажа", "5 пассажей"). What
 * {@code --json} prints is data and never goes through here.
 */
final class Say {
    private static final String OUTPUT = "org.strata.cli.output";
    private static final String HELP = "org.strata.cli.help";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Say() {}

    /** A message of the command line with its arguments, in the user's language. */
    static String that(String key, Object... args) {
        return that(Locale.getDefault(), key, args);
    }

    static String that(Locale locale, String key, Object... args) {
        ResourceBundle words = ResourceBundle.getBundle(OUTPUT, locale, Say.class.getClassLoader(), EXACT);
        return new MessageFormat(words.getString(key), ULocale.forLocale(locale)).format(args);
    }

    /**
     * A number in the user's language, by an ICU number pattern or style ("0.00", "integer"): for numbers that stand
     * alone in a listing, where a message would say nothing but the number.
     */
    static String number(Object n, String style) {
        return new MessageFormat("{0,number," + style + "}", ULocale.forLocale(Locale.getDefault())).format(new Object[] {n});
    }

    /** The help texts in the user's language, or null where the annotations' English serves. */
    static ResourceBundle help(Locale locale) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(HELP, locale, Say.class.getClassLoader(), EXACT);
            return b.keySet().isEmpty() ? null : b;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Text padded with spaces to a width, for the columns of a listing (a longer text is left whole). */
    /** The decimal separator of the user's language ("," in Russian). */
    static char decimalSeparator() {
        return java.text.DecimalFormatSymbols.getInstance(Locale.getDefault()).getDecimalSeparator();
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
