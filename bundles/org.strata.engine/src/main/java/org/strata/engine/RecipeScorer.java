package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.EncoderSettings;
import org.strata.score.Intrinsic;

/**
 * A recipe's scoring one batch of passages at a time, for a host that holds the passages itself (the Spark job's
 * tasks): the encoder, the recipe's knowledge (its head, or the prior), its intrinsic signals and its layer
 * placement, made once. Each passage gets its embedding, its components and the layer the placement suggests, with
 * how sure it is;
 * redundancy is left 0, since it needs every other passage. The same code the CLI's scoring runs.
 */
public final class RecipeScorer implements AutoCloseable {
    /**
     * A passage to score: its id (null when unknown), text and token count, the characters of its lines that other
     * sources repeat, its language.
     */
    public record Input(String id, String text, int tokens, int repeatedChars, String language) {
        public Input(String text, int tokens, int repeatedChars, String language) {
            this(null, text, tokens, repeatedChars, language);
        }
    }

    /** What scoring gave a passage: its layer, and how sure the suggestion is (NaN: the expert placed it). */
    public record Scored(float[] embedding, float[] components, String layer, float confidence) {}

    private final Encoder encoder;
    private final Knowledge knowledge;
    private final Intrinsic intrinsic;
    private final org.strata.score.LayerModel placement;
    private final RecipeFile recipe;

    private RecipeScorer(RecipeFile recipe, EncoderSettings settings) throws EncoderException {
        this.recipe = recipe;
        encoder = DefaultEncoder.open(settings.withInt8(recipe.int8()));
        try {
            knowledge = recipe.knowledge(encoder);
            intrinsic = recipe.intrinsic();
            placement = recipe.placement(encoder);
        } catch (EncoderException | RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /** Opens the shipped encoder with these settings (the recipe says whether its int8 weights) and the recipe's models. */
    public static RecipeScorer open(RecipeFile recipe, EncoderSettings settings) throws IOException {
        try {
            return new RecipeScorer(recipe, settings);
        } catch (EncoderException e) {
            throw new IOException("cannot open the recipe's scoring: " + e.getMessage(), e);
        }
    }

    /** Where the encoder runs ("cpu" or "cuda"). */
    public String device() {
        return encoder.device();
    }

    /** Scores a batch, in its order. */
    public List<Scored> score(List<Input> batch) throws IOException {
        List<String> texts = new ArrayList<>(batch.size());
        for (Input in : batch) texts.add(in.text());
        try {
            float[][] emb = encoder.embed(encoder.tokenize(texts));
            float[] know = knowledge.apply(texts, emb);
            List<Scored> out = new ArrayList<>(batch.size());
            for (int k = 0; k < batch.size(); k++) {
                Input in = batch.get(k);
                float share = RepeatedLines.share(in.repeatedChars(), RepeatedLines.chars(in.text()));
                float[] c = intrinsic.measure(in.text(), in.tokens(), share, in.language());
                c[Components.KNOWLEDGE] = know[k];
                c[Components.REDUNDANCY] = 0f;
                String expert = in.id() == null ? null : recipe.placedByExpert(in.id());
                if (expert != null) {
                    out.add(new Scored(emb[k], c, expert, Float.NaN)); // the expert's: kept, as the corpus keeps it
                    continue;
                }
                float[] probs = placement.probabilities(emb[k], org.strata.score.TextFeatures.of(in.text()));
                int best = org.strata.score.LayerModel.best(probs);
                out.add(new Scored(emb[k], c, placement.layers().get(best), LayerPlacement.rounded(probs[best])));
            }
            return out;
        } catch (EncoderException e) {
            throw new IOException("scoring failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        knowledge.close();
        encoder.close();
    }
}
