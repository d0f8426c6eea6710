package org.strata.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

/**
 * Language detection (Optimaize n-gram profiles of 71 languages, shipped in its jar) for documents and passages.
 * Gives ISO 639-1 codes such as "en", "de", "ru", or "" when the text is too short or mixed to say. Thread-safe.
 */
public final class Languages {
    private static final double MIN_PROBABILITY = 0.85;
    private static final int MIN_LETTERS = 40;
    private static volatile LanguageDetector detector;

    private Languages() {}

    private static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (Languages.class) {
                if (detector == null) {
                    try {
                        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the language profiles are missing from the build", e);
                    }
                }
                d = detector;
            }
        }
        return d;
    }

    /** The language of a text, or "" when unsure. Long texts are judged on their first 3,000 characters. */
    public static String detect(String text) {
        String sample = text.length() > 3_000 ? text.substring(0, 3_000) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(sample.charAt(i))) letters++;
        if (letters < MIN_LETTERS) return "";
        List<DetectedLanguage> p = detector().getProbabilities(sample);
        if (p.isEmpty() || p.get(0).getProbability() < MIN_PROBABILITY) return "";
        return p.get(0).getLocale().getLanguage();
    }

    /**
     * A document's language from its passages': the one that covers the most tokens (a document that mixes
     * languages is judged by its main one), or "" when no passage's language is clear.
     */
    public static String dominant(List<String> languages, List<Integer> tokens) {
        java.util.Map<String, Long> weight = new java.util.HashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            if (!languages.get(i).isEmpty()) weight.merge(languages.get(i), (long) tokens.get(i), Long::sum);
        }
        return weight.entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse("");
    }

    /** A passage's language: its own when it is clear, else its document's. */
    public static String ofPassage(String passage, String documentLanguage) {
        String own = detect(passage);
        return own.isEmpty() ? documentLanguage : own;
    }
}
