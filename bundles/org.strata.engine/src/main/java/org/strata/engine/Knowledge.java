package org.strata.engine;

import java.io.IOException;

import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.Head;
import org.strata.score.HeadModel;
import org.strata.score.Prior;

/** The knowledge component of a corpus's scores: the head version in use, or the prior when none is. */
public final class Knowledge implements AutoCloseable {
    private final Head prior;
    private final HeadModel model;
    private final String name;

    private Knowledge(Head prior, HeadModel model, String name) {
        this.prior = prior;
        this.model = model;
        this.name = name;
    }

    /** The prior of this corpus: the shipped prototypes and the corpus's concept definitions and layer descriptions. */
    public static Head prior(CorpusFolder corpus, Encoder encoder) throws EncoderException {
        return Prior.build(encoder, DomainTexts.descriptions(corpus.corpus()));
    }

    /** What scores knowledge now in this corpus. */
    public static Knowledge of(CorpusFolder corpus, Encoder encoder) throws IOException, EncoderException {
        Heads heads = new Heads(corpus);
        int v = heads.current();
        if (v == 0) return new Knowledge(prior(corpus, encoder), null, "prior");
        HeadModel m = heads.load(v);
        if (m.dimension() != encoder.dimension()) {
            m.close();
            throw new EncoderException("head " + v + " takes embeddings of " + m.dimension() + " dimensions but " + encoder.name()
                    + " gives " + encoder.dimension() + ": train a head for this encoder (strata head DIR train)", null);
        }
        return new Knowledge(null, m, "head " + v);
    }

    /** "prior" or "head N". */
    public String name() {
        return name;
    }

    public float[] apply(float[][] embeddings) throws EncoderException {
        if (model != null) return model.apply(embeddings);
        float[] out = new float[embeddings.length];
        for (int i = 0; i < out.length; i++) out[i] = prior.knowledge(embeddings[i]);
        return out;
    }

    @Override
    public void close() {
        if (model != null) model.close();
    }
}
