package org.strata.store;

/**
 * One stored passage. The text and where it came from never change once stored; density, layer, status and
 * embedding are attributes that scoring, layering and the expert set later. {@code density} is NaN and
 * {@code embedding} null until the passage is scored; {@code layer} is empty until it is placed in one.
 */
public record Passage(String id, String source, int seq, int start, int end, String text, int tokens,
        float density, String layer, String status, float[] embedding) {

    /** A freshly ingested passage: unscored, in no layer, a candidate. */
    public static Passage ingested(String id, String source, int seq, int start, int end, String text, int tokens) {
        return new Passage(id, source, seq, start, end, text, tokens, Float.NaN, "", "candidate", null);
    }

    public boolean scored() {
        return !Float.isNaN(density);
    }

    public Passage withScore(float newDensity, float[] newEmbedding) {
        return new Passage(id, source, seq, start, end, text, tokens, newDensity, layer, status, newEmbedding);
    }

    public Passage withLayer(String newLayer) {
        return new Passage(id, source, seq, start, end, text, tokens, density, newLayer, status, embedding);
    }
}
