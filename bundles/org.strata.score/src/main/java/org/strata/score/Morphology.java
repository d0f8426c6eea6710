package org.strata.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The parts of speech of a language's word forms, from a maintained morphological dictionary: LanguageTool's Russian
 * dictionary (AOT's, some five million word forms), read by morfologik. Used for a passage's nominal style, the share
 * of its words that are nouns and prepositions: the mark of informational writing against narration and talk
 * (Biber's first dimension of register). Thread-safe (a lookup a thread; morfologik's are not).
 */
public final class Morphology {
    /** The parts of speech Strata tells apart. */
    public enum Part { NOUN, PREPOSITION, VERB, ADJECTIVE, OTHER, UNKNOWN }

    /** Languages with a dictionary on the class path, and where it lies. */
    private static final Map<String, String> DICTIONARIES = Map.of("ru", "/org/languagetool/resource/ru/russian.dict");
    private static final Map<String, Morphology> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final ThreadLocal<DictionaryLookup> lookups;

    private Morphology(Dictionary dictionary) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The morphology of a language, or null where Strata has no dictionary for it. */
    public static Morphology of(String language) {
        String resource = DICTIONARIES.get(language);
        if (resource == null) return null;
        return LOADED.computeIfAbsent(language, l -> {
            // the automaton and its .info beside it, read as streams (no URL arithmetic on an OSGi bundle's resources)
            String info = resource.replace(".dict", ".info");
            try (InputStream fsa = Morphology.class.getResourceAsStream(resource); InputStream meta = Morphology.class.getResourceAsStream(info)) {
                if (fsa == null || meta == null) throw new IOException("the " + l + " dictionary " + resource + " is missing from the build");
                return new Morphology(Dictionary.read(fsa, meta));
            } catch (IOException e) {
                throw new UncheckedIOException("the " + l + " dictionary " + resource + " is unreadable: " + e.getMessage(), e);
            }
        });
    }

    /** The part of speech of a lower-case word form (its first reading where it has several); UNKNOWN when not in the dictionary. */
    public Part part(String lowerCaseWord) {
        List<WordData> readings = lookups.get().lookup(lowerCaseWord);
        if (readings.isEmpty()) return Part.UNKNOWN;
        CharSequence tag = readings.get(0).getTag();
        if (tag == null) return Part.OTHER;
        String t = tag.toString();
        if (t.startsWith("NN")) return Part.NOUN;
        if (t.startsWith("PREP")) return Part.PREPOSITION;
        if (t.startsWith("VB")) return Part.VERB;
        if (t.startsWith("ADJ")) return Part.ADJECTIVE;
        return Part.OTHER;
    }
}
