package org.strata.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.strata.score.WordOrderModel;
import org.strata.store.PassageStore;

/**
 * Word-order models a corpus learns from its own passages, for the languages Strata ships none for (it ships English
 * and Russian): without one, word order is judged by capitals and full stops alone, which tells a shuffled paragraph
 * from its original in 57-72% of pairs; a model learned from 300 passages of the language tells 99-100%
 * (docs/benchmarks.md). Kept in {@code <corpus>/wordorder/<language>.txt.gz}; learned when a language first has
 * {@link #MIN_PASSAGES} passages (of which {@link #MIN_LONG} of 30 words or more, to calibrate it on), and again when
 * its passages have doubled since. A model is written only once every passage has been measured with it
 * ({@link #keep}): a run cancelled before that learns it again next time. A model file that cannot be read is learned
 * again, never fatal.
 */
public final class WordOrders {
    /** Passages of a language before a model is learned from them (below, the capitals cue judges). */
    public static final int MIN_PASSAGES = 300;
    /** The most passages a model learns from (evenly spread over the corpus): more adds little and costs memory. */
    static final int MAX_PASSAGES = 20_000;
    /** Passages of 30 words or more a model needs: it is calibrated on them, as they are and shuffled. */
    static final int MIN_LONG = 50;
    static final String DIR = "wordorder";

    /** The models in use, by language; those learned now (not yet kept), and a line for each. */
    public record Update(Map<String, WordOrderModel> models, Map<String, WordOrderModel> fresh, List<String> learned) {
        public boolean changed() {
            return !fresh.isEmpty();
        }
    }

    private WordOrders() {}

    /** The models the corpus has learned so far, by language, without learning any (a damaged file is left out). */
    public static Map<String, WordOrderModel> load(CorpusFolder corpus) {
        Map<String, WordOrderModel> out = new HashMap<>();
        Path dir = corpus.dir().resolve(DIR);
        if (!Files.isDirectory(dir)) return out;
        try (var files = Files.newDirectoryStream(dir, "*.txt.gz")) {
            for (Path f : files) {
                String lang = f.getFileName().toString().replace(".txt.gz", "");
                WordOrderModel m = read(f);
                if (m != null && m.language().equals(lang) && WordOrderModel.shipped(lang) == null) out.put(lang, m);
            }
        } catch (IOException e) {
            return out; // an unreadable folder: the capitals cue judges, as before any model
        }
        return out;
    }

    private static WordOrderModel read(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return WordOrderModel.read(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** Where the corpus keeps its model of a language. */
    private static Path file(CorpusFolder corpus, String language) {
        return corpus.dir().resolve(DIR).resolve(language + ".txt.gz");
    }

    /** The file of the corpus's model of a language, as written. */
    static byte[] bytes(CorpusFolder corpus, String language) throws IOException {
        return Files.readAllBytes(file(corpus, language));
    }

    /** Puts a model, as written, in the corpus (a recipe seeding a corpus gives it the job's word order). */
    static void put(CorpusFolder corpus, String language, byte[] model) throws IOException {
        Files.createDirectories(corpus.dir().resolve(DIR));
        AtomicFiles.write(file(corpus, language), model);
    }

    /** How many passages the corpus's model of a language learned from, from its file's first line; null when it has none. */
    public static Integer learnedFrom(CorpusFolder corpus, String language) {
        Path f = file(corpus, language);
        if (language.isEmpty() || !Files.isRegularFile(f)) return null;
        try (InputStream in = Files.newInputStream(f)) {
            return WordOrderModel.paragraphs(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** Learns the models the corpus's passages call for now (see the class comment) and returns those in use. */
    public static Update update(CorpusFolder corpus) throws IOException {
        Map<String, WordOrderModel> models = load(corpus);
        PassageStore store = corpus.store();
        Map<String, Integer> counts = new TreeMap<>();
        store.forEachAttributes(p -> {
            String lang = code(p.language());
            if (!lang.isEmpty()) counts.merge(lang, 1, Integer::sum);
        });
        Map<String, Integer> due = new TreeMap<>(); // language -> passages to learn from
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String lang = e.getKey();
            int n = Math.min(e.getValue(), MAX_PASSAGES);
            if (n < MIN_PASSAGES || WordOrderModel.shipped(lang) != null) continue;
            WordOrderModel had = models.get(lang);
            if (had == null || n >= 2 * had.paragraphs()) due.put(lang, e.getValue());
        }
        List<String> lines = new ArrayList<>();
        Map<String, WordOrderModel> fresh = new TreeMap<>();
        if (due.isEmpty()) return new Update(models, fresh, lines);
        Map<String, List<String>> texts = new HashMap<>();
        Map<String, int[]> seen = new HashMap<>();
        for (String lang : due.keySet()) {
            texts.put(lang, new ArrayList<>());
            seen.put(lang, new int[1]);
        }
        store.forEach(false, p -> {
            String lang = code(p.language());
            List<String> t = texts.get(lang);
            if (t == null) return;
            // every k-th passage of the language, so that a large corpus is learned from all of its parts
            int k = seen.get(lang)[0]++;
            int total = due.get(lang);
            if (total <= MAX_PASSAGES || (long) k * MAX_PASSAGES / total != (long) (k + 1) * MAX_PASSAGES / total) t.add(p.text());
        });
        for (Map.Entry<String, List<String>> e : new TreeMap<>(texts).entrySet()) {
            String lang = e.getKey();
            long long30 = e.getValue().stream().filter(t -> t.strip().split("\\s+").length >= 30).count();
            if (long30 < MIN_LONG) continue; // too few long passages to calibrate on: the capitals cue judges
            WordOrderModel m = WordOrderModel.train(lang, e.getValue());
            // a file there that load() left out was damaged (a crash, a bad copy): say why the model is learned again
            boolean damaged = !models.containsKey(lang) && Files.isRegularFile(file(corpus, lang));
            lines.add(String.format(Locale.ROOT, "word order of '%s' learned from %,d of its passages (Strata ships no model for it%s)",
                    lang, m.paragraphs(), damaged ? "; the model kept before was unreadable" : ""));
            models.put(lang, m);
            fresh.put(lang, m);
        }
        return new Update(models, fresh, lines);
    }

    /**
     * Keeps the models learned now, once every passage has been measured with them; a line for each that could not
     * be written (a full disk, a read-only corpus): scoring goes on, and the next run learns it again.
     */
    public static List<String> keep(CorpusFolder corpus, Update update) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, WordOrderModel> e : update.fresh().entrySet()) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                e.getValue().write(bytes);
                put(corpus, e.getKey(), bytes.toByteArray());
            } catch (IOException ex) {
                problems.add("the word-order model of '" + e.getKey() + "' could not be kept in " + corpus.dir().resolve(DIR) + " ("
                        + ex + "); the next scoring learns it again");
            }
        }
        return problems;
    }

    private static String code(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }
}
