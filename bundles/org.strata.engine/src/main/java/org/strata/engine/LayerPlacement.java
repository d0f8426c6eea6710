package org.strata.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.strata.model.corpus.Layer;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.LayerModel;
import org.strata.score.LayerTrainer;
import org.strata.score.TextFeatures;
import org.strata.store.Passage;

/**
 * Places every scored passage the expert has not placed in the layer a model learned from the passages he did
 * place, with the layers' names and descriptions as its cold start ({@link LayerModel}, {@link LayerTrainer}), and
 * the passages around it in its document as its context. Each
 * suggestion carries how sure it is; the expert's placements are examples and are never changed. The model and
 * what cross-validation measured are kept in the corpus folder ({@code placement.bin}, {@code placement.json}) for
 * the views and the recipe, which carries the model to the Spark job.
 */
public final class LayerPlacement {
    /** The weight of a description's cosine in a layer's logit (tuned on the tune split of {@code eval/layers}). */
    public static final float PRIOR_SCALE = 5f;
    /** Suggestions handed to the store's writer at a time (they are all collected first, as attributes only). */
    private static final int BATCH = 20_000;

    /** Per layer in curriculum order: the expert's examples, the suggestions made, and the cross-validated accuracy. */
    public record LayerCount(String layer, int expert, int suggested, int heldOut, int right, int priorRight) {
        /** Cross-validated accuracy of the placement on this layer's examples; NaN when none was held out. */
        public double accuracy() {
            return heldOut == 0 ? Double.NaN : (double) right / heldOut;
        }
    }

    /** What a placement did and measured; {@code folds} 0 when the examples came from too few documents to measure. */
    public record Result(List<LayerCount> layers, int unscored, int examples, int folds, String created, long trainMillis) {
        public double accuracy() {
            return share(LayerCount::right);
        }

        public double priorAccuracy() {
            return share(LayerCount::priorRight);
        }

        private double share(java.util.function.ToIntFunction<LayerCount> hits) {
            int n = layers.stream().mapToInt(LayerCount::heldOut).sum();
            return folds == 0 || n == 0 ? Double.NaN : (double) layers.stream().mapToInt(hits).sum() / n;
        }

        public int suggested() {
            return layers.stream().mapToInt(LayerCount::suggested).sum();
        }
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Encoder encoder;

    public LayerPlacement(Encoder encoder) {
        this.encoder = encoder;
    }

    /** What a layer's prototype embeds: its name and description. */
    static String prompt(String name, String description) {
        return name + ". " + (description == null ? "" : description);
    }

    /** The nearest-description model of these layers: the cold start. */
    public static LayerModel prior(Encoder encoder, List<String> names, List<String> descriptions) throws EncoderException {
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) prompts.add(prompt(names.get(i), descriptions.get(i)));
        return LayerModel.prior(names, encoder.embed(prompts), PRIOR_SCALE);
    }

    public static Path modelFile(CorpusFolder corpus) {
        return corpus.dir().resolve("placement.bin");
    }

    public static Path resultFile(CorpusFolder corpus) {
        return corpus.dir().resolve("placement.json");
    }

    /** The model the last placement learned, or null when none ran (or the layers changed since: it would misname them). */
    public static LayerModel saved(CorpusFolder corpus) throws IOException {
        Path f = modelFile(corpus);
        if (!Files.isRegularFile(f)) return null;
        LayerModel m;
        try {
            m = LayerModel.read(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new IOException(f + ": " + e.getMessage() + ": place the passages again (strata layer --auto, or Place Passages)", e);
        }
        return m.layers().equals(names(corpus)) ? m : null;
    }

    /** What the last placement measured, or null when none ran. */
    public static Result lastResult(CorpusFolder corpus) throws IOException {
        Path f = resultFile(corpus);
        if (!Files.isRegularFile(f)) return null;
        try {
            return GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), Result.class);
        } catch (JsonParseException e) {
            throw new IOException(f + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> names(CorpusFolder corpus) {
        synchronized (corpus) {
            return corpus.corpus().getLayers().stream().map(Layer::getName).toList();
        }
    }

    public Result run(CorpusFolder corpus) throws IOException, EncoderException {
        return run(corpus, Progress.NONE);
    }

    /** How many positions before and after a passage its document's passages lend it context (the Spark job's window). */
    public static final int CONTEXT = LayerModel.CONTEXT;

    /** Unplaced passages the self-training may draw from (a stable spread of them). */
    static final int POOL = 5_000;

    /**
     * Learns from the expert's placements and places the rest, each in the context of its document (its neighbours'
     * placement, {@link LayerModel#inContext}); cancelled, it changes nothing and answers null. Three passes over the
     * store: the examples (and a spread of unplaced passages for the self-training), then every scored passage's
     * logits (kept by document, a few floats each), then the suggestions, read and written as attributes only.
     */
    public Result run(CorpusFolder corpus, Progress progress) throws IOException, EncoderException {
        List<String> names = new ArrayList<>(), descriptions = new ArrayList<>();
        synchronized (corpus) { // the layers as the model has them now; a model edit may come while passages are placed
            for (Layer l : corpus.corpus().getLayers()) {
                names.add(l.getName());
                descriptions.add(l.getDescription());
            }
        }
        if (names.isEmpty()) throw new IOException(corpus.dir() + ": the corpus has no layers");
        LayerModel prior = prior(encoder, names, descriptions);
        int k = names.size();
        int[] expert = new int[k];
        List<LayerTrainer.Example> examples = new ArrayList<>(), pool = new ArrayList<>();
        long total = corpus.store().count();
        long every = Math.max(1, total / POOL);
        corpus.store().forEach(true, p -> {
            boolean scored = p.embedding() != null && p.embedding().length == prior.dimension();
            int layer = p.layer().isEmpty() || p.suggested() ? -1 : names.indexOf(p.layer());
            if (layer >= 0) expert[layer]++;
            if (!scored) return;
            if (layer >= 0) examples.add(new LayerTrainer.Example(p.embedding(), TextFeatures.of(p.text()), layer, p.source(), p.seq()));
            else if (p.layer().isEmpty() || p.suggested()) {
                if (Math.floorMod(p.id().hashCode(), every) == 0 && pool.size() < POOL) pool.add(new LayerTrainer.Example(p.embedding(), TextFeatures.of(p.text()), -1, p.source()));
            }
        });
        if (progress.cancelled()) return null;
        LayerTrainer.Result trained = LayerTrainer.train(prior, examples, pool);
        LayerModel model = trained.model();
        pool.clear();
        // every scored passage's own logits, by document and position
        Map<String, java.util.TreeMap<Integer, float[]>> logits = new java.util.HashMap<>();
        long[] seen = {0};
        boolean[] stop = {false};
        corpus.store().forEach(true, p -> {
            if (stop[0]) return;
            if (++seen[0] % 10_000 == 0) {
                progress.worked(seen[0] / 2, total);
                stop[0] = progress.cancelled();
            }
            if (p.embedding() == null || p.embedding().length != model.dimension()) return;
            logits.computeIfAbsent(p.source(), x -> new java.util.TreeMap<>()).put(p.seq(), model.logits(p.embedding(), TextFeatures.of(p.text())));
        });
        if (stop[0] || progress.cancelled()) return null;
        int[] suggested = new int[k];
        int[] unscored = {0};
        List<Passage> changed = new ArrayList<>();
        corpus.store().forEachAttributes(p -> {
            if (!p.layer().isEmpty() && !p.suggested()) return; // the expert's: never moved
            java.util.TreeMap<Integer, float[]> doc = logits.get(p.source());
            float[] own = doc == null ? null : doc.get(p.seq());
            if (own == null) {
                unscored[0]++;
                return;
            }
            Placed at = place(own, neighbours(doc, p.seq()), names);
            suggested[names.indexOf(at.layer())]++;
            if (!at.layer().equals(p.layer()) || Float.compare(at.confidence(), p.confidence()) != 0) changed.add(p.withSuggestion(at.layer(), at.confidence()));
        });
        if (progress.cancelled()) return null;
        for (int from = 0; from < changed.size(); from += BATCH) {
            corpus.store().updateAttributes(changed.subList(from, Math.min(changed.size(), from + BATCH)));
        }
        List<LayerCount> counts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            counts.add(new LayerCount(names.get(i), expert[i], suggested[i], trained.examples()[i], trained.right()[i], trained.priorRight()[i]));
        }
        Result result = new Result(counts, unscored[0], examples.size(), trained.folds(), Instant.now().toString(), trained.millis());
        AtomicFiles.write(modelFile(corpus), model.bytes());
        AtomicFiles.write(resultFile(corpus), GSON.toJson(result).getBytes(StandardCharsets.UTF_8));
        corpus.store().commit();
        progress.worked(total, total);
        return result;
    }

    /** A suggested layer and how sure it is (stored rounded). */
    public record Placed(String layer, float confidence) {}

    /** The passages' logits within {@link LayerModel#CONTEXT} positions of {@code seq} in its document, itself left out, in order. */
    static List<float[]> neighbours(java.util.NavigableMap<Integer, float[]> doc, int seq) {
        List<float[]> out = new ArrayList<>();
        for (Map.Entry<Integer, float[]> e : doc.subMap(seq - LayerModel.CONTEXT, true, seq + LayerModel.CONTEXT, true).entrySet()) {
            if (e.getKey() != seq) out.add(e.getValue());
        }
        return out;
    }

    /** Where a passage goes given its own logits and its neighbours' (in document order): the CLI's and the Spark job's rule. */
    public static Placed place(float[] own, List<float[]> neighbours, List<String> names) {
        float[] p = LayerModel.softmax(LayerModel.inContext(own, neighbours));
        int best = LayerModel.best(p);
        return new Placed(names.get(best), rounded(p[best]));
    }

    /** A suggestion's confidence as stored: three digits, so that a pass that changes nothing writes nothing. */
    public static float rounded(float probability) {
        return Math.round(probability * 1000) / 1000f;
    }
}
