package org.strata.engine;

import org.strata.score.EncoderSettings;

/**
 * What {@link CorpusService#score} scores: the passages with no score yet, or every passage again ({@code rescore},
 * from stored embeddings), encoding every passage again where {@code reembed}. {@code settings} null runs the encoder
 * as the corpus's scoring profile says; {@code reembed} null re-encodes exactly when rescoring after the profile's
 * encoder changed (what Score Everything Again means after a change of encoder).
 */
public record ScoreRequest(EncoderSettings settings, boolean rescore, Boolean reembed) {
    public static ScoreRequest newPassages() {
        return new ScoreRequest(null, false, false);
    }
}
