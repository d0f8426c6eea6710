package org.strata.engine;

import org.strata.score.Encoder;

/** Arithmetic on the encoder's embeddings, for hosts that compare them themselves (the Spark job's redundancy pass). */
public final class Vectors {
    private Vectors() {}

    /** The dot product of two embeddings of one encoder: their cosine, as the encoder normalizes them. */
    public static float dot(float[] a, float[] b) {
        return Encoder.dot(a, b);
    }
}
