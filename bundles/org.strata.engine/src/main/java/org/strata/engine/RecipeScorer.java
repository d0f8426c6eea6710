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
 * placement, made once. Each passage gets its embedding, its components and its placement's logits (or the layer the
 * expert put it in);
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

    /**
     * What scoring gave a passage: its embedding, its components, and for its placement either the layer the expert
     * put it in ({@code expert}, else null) or its own logits over the recipe's layers, which {@link LayerPlacement#place}
     * turns into a layer once its document's neighbours are known.
     */
    public record Scored(float[] embedding, float[] components, String expert, float[] logits) {}

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
                String expert = in.id() == null ? null : recipe.placedByExpert(in.id()); // the expert's: kept, as the corpus keeps it
                out.add(new Scored(emb[k], c, expert, placement.logits(emb[k], org.strata.score.TextFeatures.of(in.text()))));
            }
            return out;
        } catch (EncoderException e) {
            throw new IOException("scoring failed: " + e.getMessage(), e);
        }
    }

    /** The recipe's layers, in the order of the logits. */
    public List<String> layers() {
        return placement.layers();
    }

    @Override
    public void close() {
        knowledge.close();
        encoder.close();
    }
}
