package org.strata.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.SnowballStemmer;

/**
 * What Strata knows of one language, from maintained libraries: its function words (Lucene's stop sets, Snowball's
 * lists where Snowball has one) and its stemmer (Snowball, through Lucene); the word-order model shipped for it
 * ({@link WordOrderModel}), or one learned from a corpus ({@link #withWordOrder}); and a dictionary of its parts of
 * speech ({@link Morphology}) where there is one. A language nothing knows gets an empty kit: its passages are
 * measured by the language-independent signals only, and {@link #known()} says so. Kits are cached; thread-safe
 * (each thread gets a stemmer of its own, Snowball's are not).
 */
public final class LanguageKit {
    /** Languages with a Snowball stop list (Lucene's {@code snowball/*_stop.txt}) and their Snowball name. */
    private static final Map<String, String> SNOWBALL = Map.ofEntries(Map.entry("da", "Danish"), Map.entry("nl", "Dutch"),
            Map.entry("en", "English"), Map.entry("fi", "Finnish"), Map.entry("fr", "French"), Map.entry("de", "German"),
            Map.entry("hu", "Hungarian"), Map.entry("id", "Indonesian"), Map.entry("ga", "Irish"), Map.entry("it", "Italian"),
            Map.entry("no", "Norwegian"), Map.entry("pt", "Portuguese"), Map.entry("ru", "Russian"), Map.entry("es", "Spanish"),
            Map.entry("sv", "Swedish"));
    /** Languages with a plain stop list in Lucene ({@code <dir>/stopwords.txt}), and a Snowball stemmer where one exists. */
    private static final Map<String, String[]> PLAIN = Map.ofEntries(Map.entry("ar", new String[] {"ar", "Arabic"}),
            Map.entry("bg", new String[] {"bg", null}), Map.entry("bn", new String[] {"bn", null}), Map.entry("ca", new String[] {"ca", "Catalan"}),
            Map.entry("cs", new String[] {"cz", null}), Map.entry("el", new String[] {"el", "Greek"}), Map.entry("et", new String[] {"et", "Estonian"}),
            Map.entry("eu", new String[] {"eu", "Basque"}), Map.entry("fa", new String[] {"fa", null}), Map.entry("gl", new String[] {"gl", null}),
            Map.entry("hi", new String[] {"hi", "Hindi"}), Map.entry("hy", new String[] {"hy", "Armenian"}), Map.entry("lt", new String[] {"lt", "Lithuanian"}),
            Map.entry("lv", new String[] {"lv", null}), Map.entry("ne", new String[] {"ne", "Nepali"}), Map.entry("ro", new String[] {"ro", "Romanian"}),
            Map.entry("sr", new String[] {"sr", "Serbian"}), Map.entry("ta", new String[] {"ta", "Tamil"}), Map.entry("th", new String[] {"th", null}),
            Map.entry("tr", new String[] {"tr", "Turkish"}));
    /**
     * English filler words of chatter beyond the stop list ("lol", "gonna", "stuff"): a cue Snowball's list does not
     * carry. Applied to English passages only.
     */
    private static final Set<String> ENGLISH_FILLERS = Set.of("yes", "oh", "ok", "okay", "lol", "hey", "hi", "really", "like", "get", "got",
            "gonna", "wanna", "thing", "things", "stuff", "lot", "lots", "well", "also", "maybe", "actually", "basically");
    /**
     * First-person singular pronouns (and the familiar second person where a language has one): the words by which a
     * text speaks of its speaker and to its listener, the strongest mark of conversation, dialogue and stories against
     * reference writing. Reference writing says "you" to its reader and scientific writing says "we", so the polite
     * or plural "you" and the plural "we" are not here. A closed class of a few words per language, kept for the
     * languages Strata ships models for.
     */
    private static final Map<String, Set<String>> PERSONAL = Map.of(
            "en", Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"),
            "ru", Set.of("я", "меня", "мне", "мной", "мною", "мой", "моя", "моё", "мое", "мои", "моего", "моей", "моему", "моим", "моих",
                    "моими", "мою", "ты", "тебя", "тебе", "тобой", "тобою", "твой", "твоя", "твоё", "твое", "твои", "твоего", "твоей",
                    "твоему", "твоим", "твоих", "твою"));
    private static final LanguageKit UNKNOWN = new LanguageKit("", Set.of(), null, null);
    private static final Map<String, LanguageKit> CACHE = new ConcurrentHashMap<>();

    private final String code;
    private final Set<String> functionWords;
    private final Supplier<SnowballStemmer> stemmer;
    /** Snowball's programs keep state: one a thread, made once, not one a passage. */
    private final ThreadLocal<SnowballStemmer> stemmers;
    private final WordOrderModel wordOrder;

    private LanguageKit(String code, Set<String> functionWords, Supplier<SnowballStemmer> stemmer, WordOrderModel wordOrder) {
        this.code = code;
        this.functionWords = functionWords;
        this.stemmer = stemmer;
        this.stemmers = stemmer == null ? null : ThreadLocal.withInitial(stemmer);
        this.wordOrder = wordOrder;
    }

    /** The kit of a language by its ISO 639-1 code ("en", "ru"); the empty kit for "" or a language nothing knows. */
    public static LanguageKit of(String code) {
        if (code == null || code.isBlank()) return UNKNOWN;
        return CACHE.computeIfAbsent(code.strip().toLowerCase(java.util.Locale.ROOT), LanguageKit::load);
    }

    private static LanguageKit load(String code) {
        Set<String> stop = null;
        String stemmerName = null;
        try {
            if (SNOWBALL.containsKey(code)) {
                stemmerName = SNOWBALL.get(code);
                try (Reader r = reader(SnowballFilter.class, stemmerName.toLowerCase(java.util.Locale.ROOT) + "_stop.txt")) {
                    stop = toSet(WordlistLoader.getSnowballWordSet(r));
                }
            } else if (PLAIN.containsKey(code)) {
                String[] p = PLAIN.get(code);
                stemmerName = p[1];
                try (Reader r = reader(SnowballFilter.class, "/org/apache/lucene/analysis/" + p[0] + "/stopwords.txt")) {
                    stop = toSet(WordlistLoader.getWordSet(r, "#"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the stop words of '" + code + "' are missing from Lucene's jar", e);
        }
        if (stop == null) return new LanguageKit(code, Set.of(), null, WordOrderModel.shipped(code));
        if (code.equals("en")) {
            Set<String> s = new HashSet<>(stop);
            s.addAll(ENGLISH_FILLERS);
            stop = s;
        }
        return new LanguageKit(code, Set.copyOf(stop), stemmerName == null ? null : stemmer(stemmerName), WordOrderModel.shipped(code));
    }

    private static Reader reader(Class<?> anchor, String resource) throws IOException {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) throw new IOException("no resource " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Set<String> toSet(CharArraySet set) {
        Set<String> out = new HashSet<>();
        for (Object o : set) out.add(o instanceof char[] c ? new String(c) : o.toString());
        return out;
    }

    private static Supplier<SnowballStemmer> stemmer(String name) {
        String cls = "org.tartarus.snowball.ext." + name + "Stemmer";
        try {
            var ctor = Class.forName(cls, true, SnowballStemmer.class.getClassLoader()).asSubclass(SnowballStemmer.class).getConstructor();
            return () -> {
                try {
                    return ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot make " + cls, e);
                }
            };
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The language's code, "" for the empty kit. */
    public String code() {
        return code;
    }

    /** Whether any resource knows the language (function words at least). */
    public boolean known() {
        return !functionWords.isEmpty();
    }

    /** Whether a lower-case word is a function word of the language (false for every word of an unknown one). */
    public boolean isFunctionWord(String lowerCaseWord) {
        return functionWords.contains(lowerCaseWord);
    }

    /** The language's function words (empty when unknown). */
    public Set<String> functionWords() {
        return functionWords;
    }

    /** A stemmer for this thread's use (words as they are where the language has none); one Snowball program a thread. */
    public Stemmer stemmer() {
        if (stemmer == null) return w -> w;
        SnowballStemmer s = stemmers.get();
        return w -> {
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        };
    }

    /** The parts of speech of the language's words ({@link Morphology}), or null where Strata has no dictionary for it. */
    public Morphology morphology() {
        return code.isEmpty() ? null : Morphology.of(code);
    }

    /** The language's first-person (and familiar second-person) pronouns; empty where Strata has none. */
    public Set<String> personal() {
        return PERSONAL.getOrDefault(code, Set.of());
    }

    /** The language's word-order model (shipped, or learned from a corpus: {@link #withWordOrder}), or null. */
    public WordOrderModel wordOrder() {
        return wordOrder;
    }

    /**
     * This kit with a word-order model learned elsewhere (from a corpus's own passages, for a language Strata ships
     * none for); the kit itself is left as it is.
     */
    public LanguageKit withWordOrder(WordOrderModel model) {
        if (model != null && !model.language().equals(code)) {
            throw new IllegalArgumentException("a word-order model of '" + model.language() + "' for the language '" + code + "'");
        }
        return new LanguageKit(code, functionWords, stemmer, model);
    }

    /** What the kit holds, for explanations: "function words, stemmer, word-order model" or "nothing". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (known()) sb.append(functionWords.size()).append(" function words");
        if (stemmer != null) sb.append(sb.isEmpty() ? "" : ", ").append("Snowball stemmer");
        if (wordOrder != null) sb.append(sb.isEmpty() ? "" : ", ").append("word-order model");
        if (!personal().isEmpty()) sb.append(sb.isEmpty() ? "" : ", ").append("personal pronouns");
        if (morphology() != null) sb.append(sb.isEmpty() ? "" : ", ").append("a dictionary of parts of speech");
        return sb.isEmpty() ? "nothing" : sb.toString();
    }

    /** Reduces a lower-case word to its stem; not thread-safe (take one per thread from {@link #stemmer()}). */
    @FunctionalInterface
    public interface Stemmer {
        String stem(String word);
    }
}
