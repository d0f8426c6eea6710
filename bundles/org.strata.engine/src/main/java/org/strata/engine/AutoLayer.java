package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strata.model.corpus.Layer;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.store.Passage;

/**
 * A first rule that puts every scored passage into a layer: the layer whose name and description are closest
 * to the passage in the encoder's embedding space (cosine). Layers with no description are matched on their
 * name alone. Passages without an embedding are left where they are and counted.
 */
public final class AutoLayer {
    /** Passages placed per layer (curriculum order) and passages left unplaced because they are unscored. */
    public record Result(Map<String, Integer> placed, int unscored) {}

    private final Encoder encoder;

    public AutoLayer(Encoder encoder) {
        this.encoder = encoder;
    }

    /** What a layer's prototype embeds: its name and description. */
    static String prompt(String name, String description) {
        return name + ". " + (description == null ? "" : description);
    }

    /** The index of the prototype closest to the embedding (the first of equals). */
    public static int nearest(float[][] prototypes, float[] embedding) {
        int best = 0;
        float bestSim = -2;
        for (int i = 0; i < prototypes.length; i++) {
            float sim = Encoder.dot(embedding, prototypes[i]);
            if (sim > bestSim) {
                bestSim = sim;
                best = i;
            }
        }
        return best;
    }

    public Result run(CorpusFolder corpus) throws IOException, EncoderException {
        return run(corpus, Progress.NONE);
    }

    /** As above, saying how far it got; cancelled, it changes nothing and answers null. */
    public Result run(CorpusFolder corpus, Progress progress) throws IOException, EncoderException {
        List<String> names = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        synchronized (corpus) { // the layers as the model has them now; a model edit may come while passages are placed
            for (Layer l : corpus.corpus().getLayers()) {
                names.add(l.getName());
                prompts.add(prompt(l.getName(), l.getDescription()));
            }
        }
        if (names.isEmpty()) throw new IOException(corpus.dir() + ": the corpus has no layers");
        float[][] protos = encoder.embed(prompts);
        Map<String, Integer> placed = new LinkedHashMap<>();
        for (String name : names) placed.put(name, 0);
        List<Passage> changed = new ArrayList<>();
        int[] unscored = {0};
        long total = corpus.store().count();
        long[] seen = {0};
        boolean[] stop = {false};
        corpus.store().forEach(p -> {
            if (stop[0]) return;
            if (++seen[0] % 10_000 == 0) {
                progress.worked(seen[0], total);
                stop[0] = progress.cancelled();
            }
            if (p.embedding() == null || p.embedding().length != protos[0].length) {
                unscored[0]++;
                return;
            }
            String name = names.get(nearest(protos, p.embedding()));
            placed.merge(name, 1, Integer::sum);
            if (!name.equals(p.layer())) changed.add(p.attributesOnly().withLayer(name));
        });
        if (stop[0] || progress.cancelled()) return null;
        corpus.store().updateAttributes(changed);
        corpus.store().commit();
        progress.worked(total, total);
        return new Result(placed, unscored[0]);
    }
}
