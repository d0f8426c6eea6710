package org.strata.engine;

import java.io.IOException;

import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.Head;
import org.strata.score.HeadModel;
import org.strata.score.Prior;
import org.strata.score.TextClassifier;
import org.strata.model.corpus.ScoringProfile;
import java.util.List;

/**
 * The knowledge component of a corpus's scores: the head version in use, or the prior when none is; joined by (or
 * replaced with) the end-to-end text classifier that the scoring profile names.
 */
public final class Knowledge implements AutoCloseable {
    private final Head prior;
    private final HeadModel model;
    private final TextClassifier classifier;
    private final boolean replace;
    private final String name;

    private Knowledge(Head prior, HeadModel model, TextClassifier classifier, boolean replace, String name) {
        this.prior = prior;
        this.model = model;
        this.classifier = classifier;
        this.replace = replace;
        this.name = name;
    }

    /** Knowledge from a head (a job's recipe ships one); this closes it. */
    static Knowledge of(HeadModel head, String name) {
        return new Knowledge(null, head, null, false, name);
    }

    /** Knowledge from a prior built elsewhere (from a recipe's words). */
    static Knowledge of(Head prior, String name) {
        return new Knowledge(prior, null, null, false, name);
    }

    /** The prior of this corpus: the shipped prototypes and the corpus's concept definitions and layer descriptions. */
    public static Head prior(CorpusFolder corpus, Encoder encoder) throws EncoderException {
        return Prior.build(encoder, DomainTexts.descriptions(corpus.corpus()));
    }

    /** What scores knowledge now in this corpus: the head in use (or the prior), and the classifier if one is set. */
    public static Knowledge of(CorpusFolder corpus, Encoder encoder) throws IOException, EncoderException {
        String name = describe(corpus);
        TextClassifier classifier = Classifiers.open(corpus, encoder);
        if (classifier != null && "replace".equals(corpus.corpus().getScoringProfile().getClassifierMode())) {
            return new Knowledge(null, null, classifier, true, name);
        }
        Heads heads = new Heads(corpus);
        int v = heads.current();
        if (v == 0) return new Knowledge(prior(corpus, encoder), null, classifier, false, name);
        HeadModel m;
        try {
            heads.checkFits(v, encoder);
            m = heads.load(v);
        } catch (IOException | EncoderException e) {
            if (classifier != null) classifier.close();
            throw e;
        }
        return new Knowledge(null, m, classifier, false, name);
    }

    /** What scores knowledge in this corpus, in words ("prior", "head 3 and the classifier edu.onnx"), opening nothing. */
    public static String describe(CorpusFolder corpus) {
        ScoringProfile p = corpus.corpus().getScoringProfile();
        boolean cls = p != null && p.getClassifier() != null && !p.getClassifier().isBlank();
        if (cls && "replace".equals(p.getClassifierMode())) return "classifier " + p.getClassifier();
        int v = new Heads(corpus).current();
        return (v == 0 ? "prior" : "head " + v) + (cls ? " and the classifier " + p.getClassifier() : "");
    }

    /** "prior" or "head N". */
    public String name() {
        return name;
    }

    /** The knowledge of passages, by their texts and embeddings (the classifier reads the texts). */
    public float[] apply(List<String> texts, float[][] embeddings) throws EncoderException {
        float[] c = classifier == null ? null : classifier.score(texts);
        if (replace) return c;
        float[] out;
        if (model != null) {
            out = model.apply(texts, embeddings);
        } else {
            out = new float[embeddings.length];
            for (int i = 0; i < out.length; i++) out[i] = prior.knowledge(embeddings[i]);
        }
        if (c != null) for (int i = 0; i < out.length; i++) out[i] = (out[i] + c[i]) / 2;
        return out;
    }

    @Override
    public void close() {
        if (model != null) model.close();
        if (classifier != null) classifier.close();
    }
}
