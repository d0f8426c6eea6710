package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.strata.model.corpus.ScoringProfile;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.TextClassifier;
import org.strata.score.Tokenizer;

/** Opens the end-to-end text classifier that a corpus's scoring profile names, with its mapping. */
final class Classifiers {
    private Classifiers() {}

    /** The classifier, or null when the profile names none. */
    static TextClassifier open(CorpusFolder corpus, Encoder encoder) throws IOException, EncoderException {
        ScoringProfile p = corpus.corpus().getScoringProfile();
        if (p == null || p.getClassifier() == null || p.getClassifier().isBlank()) return null;
        Path model = corpus.dir().resolve(p.getClassifier());
        if (!Files.isRegularFile(model)) throw new IOException("the scoring profile's classifier " + model + " does not exist");
        Tokenizer tok = encoder.tokenizer();
        if (p.getClassifierTokenizer() != null && !p.getClassifierTokenizer().isBlank()) {
            Path t = corpus.dir().resolve(p.getClassifierTokenizer());
            if (!Files.isRegularFile(t)) throw new IOException("the scoring profile's classifier tokenizer " + t + " does not exist");
            try (InputStream in = Files.newInputStream(t)) {
                tok = Tokenizer.read(in, t.getFileName().toString());
            }
        }
        TextClassifier.Mapping m;
        try {
            m = new TextClassifier.Mapping(p.getClassifierInputIds(), p.getClassifierAttentionMask(), p.getClassifierOutput(),
                    p.getClassifierIndex(), p.getClassifierMin(), p.getClassifierMax());
        } catch (IllegalArgumentException e) {
            throw new EncoderException(model.getFileName() + ": " + e.getMessage(), e);
        }
        if (!"join".equals(p.getClassifierMode()) && !"replace".equals(p.getClassifierMode())) {
            throw new EncoderException("the classifier mode is join or replace, not '" + p.getClassifierMode() + "'", null);
        }
        return new TextClassifier(Files.readAllBytes(model), tok, m, model.getFileName().toString());
    }
}
