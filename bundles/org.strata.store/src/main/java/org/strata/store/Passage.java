package org.strata.store;

import java.util.List;

/**
 * One stored passage. Its text and where it came from (source, position, character offsets, language) never
 * change once stored; density and its components, layer, status, duplicate cluster, concept tags and the
 * embedding are attributes set later. {@code density} is NaN and {@code embedding} null until the passage is
 * scored; {@code layer} is empty until it is placed; {@code cluster} is 0 unless it is a near duplicate.
 * {@code nearKeys} are the text's MinHash-LSH band keys, made at ingestion so that near duplicates can be found
 * without reading every text again (null when unknown). {@code confidence} tells a suggested layer from one the
 * expert set: NaN when the expert placed the passage (or it is in no layer), how sure the suggestion is (0 to 1)
 * when Strata placed it.
 */
public record Passage(String id, String source, int seq, int start, int end, String text, int tokens, String language,
        float density, float[] components, String layer, PassageStatus status, long cluster, List<String> concepts,
        float[] embedding, long[] nearKeys, float confidence) {

    public Passage {
        concepts = List.copyOf(concepts);
    }

    /** A passage whose layer, if it has one, the expert set. */
    public Passage(String id, String source, int seq, int start, int end, String text, int tokens, String language,
            float density, float[] components, String layer, PassageStatus status, long cluster, List<String> concepts,
            float[] embedding, long[] nearKeys) {
        this(id, source, seq, start, end, text, tokens, language, density, components, layer, status, cluster, concepts, embedding,
                nearKeys, Float.NaN);
    }

    /** Whether Strata suggested its layer (the expert did not set it). */
    public boolean suggested() {
        return !layer.isEmpty() && !Float.isNaN(confidence);
    }

    /** A freshly ingested passage: unscored, in no layer, a candidate. */
    public static Passage ingested(String id, String source, int seq, int start, int end, String text, int tokens, String language) {
        return new Passage(id, source, seq, start, end, text, tokens, language, Float.NaN, null, "", PassageStatus.CANDIDATE, 0,
                List.of(), null, null);
    }

    /** The same passage with its near-duplicate band keys. */
    public Passage withNearKeys(long[] keys) {
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, layer, status, cluster,
                concepts, embedding, keys, confidence);
    }

    public boolean scored() {
        return !Float.isNaN(density);
    }

    public Passage withScore(float newDensity, float[] newComponents, float[] newEmbedding) {
        return new Passage(id, source, seq, start, end, text, tokens, language, newDensity, newComponents, layer, status, cluster,
                concepts, newEmbedding, nearKeys, confidence);
    }

    /** The same passage with its tokens counted by another tokenizer (that of a new encoder). */
    public Passage withTokens(int newTokens) {
        return new Passage(id, source, seq, start, end, text, newTokens, language, density, components, layer, status, cluster,
                concepts, embedding, nearKeys, confidence);
    }

    /** The same passage without its text and embedding: enough for {@link PassageStore#updateAttributes}, and light. */
    public Passage attributesOnly() {
        return new Passage(id, source, seq, start, end, null, tokens, language, density, components, layer, status, cluster,
                concepts, null, nearKeys, confidence);
    }

    public Passage withStatus(PassageStatus newStatus) {
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, layer, newStatus, cluster,
                concepts, embedding, nearKeys, confidence);
    }

    public Passage withCluster(long newCluster) {
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, layer, status, newCluster,
                concepts, embedding, nearKeys, confidence);
    }

    public Passage withConcepts(List<String> newConcepts) {
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, layer, status, cluster,
                newConcepts, embedding, nearKeys, confidence);
    }

    /** The same passage in a layer the expert set (or in none, for ""). */
    public Passage withLayer(String newLayer) {
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, newLayer, status, cluster,
                concepts, embedding, nearKeys, Float.NaN);
    }

    /** The same passage in the layer Strata suggests, this sure of it (0 to 1). */
    public Passage withSuggestion(String newLayer, float sure) {
        if (newLayer.isEmpty() || !(sure >= 0 && sure <= 1)) throw new IllegalArgumentException("a suggestion names a layer and is 0 to 1 sure, not "
                + newLayer + " " + sure);
        return new Passage(id, source, seq, start, end, text, tokens, language, density, components, newLayer, status, cluster,
                concepts, embedding, nearKeys, sure);
    }
}
