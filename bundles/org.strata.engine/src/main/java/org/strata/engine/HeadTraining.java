package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Verdict;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.HeadTrainer;
import org.strata.score.TextFeatures;
import org.strata.store.Passage;

/**
 * Turns the corpus's recorded judgments into training data for the knowledge head: each judgment's passages by
 * their stored embeddings and the features of their texts ({@link TextFeatures}). Judgments whose passages are gone
 * or not scored yet are counted and left out.
 */
public final class HeadTraining {
    /** The judgments usable for training, and those left out with the reason. */
    public record Data(List<HeadTrainer.Judged> judged, int missing, int unscored, List<Judgment> used) {
        public Data(List<HeadTrainer.Judged> judged, int missing, int unscored) {
            this(judged, missing, unscored, List.of());
        }
    }

    private HeadTraining() {}

    public static Data collect(CorpusFolder corpus) throws IOException {
        return collect(corpus, corpus.corpus().getJudgments());
    }

    /**
     * As above, over a copy of the judgments: the workbench copies the list while it holds the model, and reads the
     * embeddings without holding it, so that recording the next choice never waits for a training run.
     */
    public static Data collect(CorpusFolder corpus, List<Judgment> judgments) throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        Map<String, TextFeatures.Sparse> features = new HashMap<>();
        List<HeadTrainer.Judged> out = new ArrayList<>();
        List<Judgment> used = new ArrayList<>();
        int missing = 0, unscored = 0;
        judgments:
        for (Judgment j : judgments) {
            List<float[]> emb = new ArrayList<>();
            List<TextFeatures.Sparse> texts = new ArrayList<>();
            for (String id : j.getCandidates()) {
                float[] e = cache.get(id);
                if (e == null) {
                    Passage p = corpus.store().get(id);
                    if (p == null) {
                        missing++;
                        continue judgments;
                    }
                    if (p.embedding() == null) {
                        unscored++;
                        continue judgments;
                    }
                    e = p.embedding();
                    cache.put(id, e);
                    features.put(id, TextFeatures.of(p.text()));
                }
                emb.add(e);
                texts.add(features.get(id));
            }
            if (emb.isEmpty()) continue;
            if (j.getVerdict() == Verdict.ACCEPT || j.getVerdict() == Verdict.REJECT) {
                out.add(HeadTrainer.Judged.verdict(emb.get(0), texts.get(0), j.getVerdict() == Verdict.ACCEPT));
                used.add(j);
            } else if (emb.size() >= 2 || j.getChosen() == null) {
                out.add(HeadTrainer.Judged.choice(emb, texts, j.getChosen() == null ? -1 : j.getCandidates().indexOf(j.getChosen())));
                used.add(j);
            }
        }
        return new Data(out, missing, unscored, used);
    }

    /**
     * Trains a head on every usable judgment over the corpus's prior, with its cross-validated accuracy, saving
     * nothing. Refused while the stored embeddings come from another encoder than the profile's (a re-embedding not
     * finished): a head must learn from the embeddings it will score.
     */
    public static HeadTrainer.Result evaluate(CorpusFolder corpus, Encoder encoder, Data data) throws IOException, EncoderException {
        Encoders.check(corpus, encoder);
        return HeadTrainer.train(Knowledge.prior(corpus, encoder), data.judged());
    }

    /** Trains a head on every usable judgment (the corpus's prior as its base) and saves it as the next version. */
    public static Heads.Info train(CorpusFolder corpus, Encoder encoder, Data data) throws IOException, EncoderException {
        if (data.judged().isEmpty()) {
            if (data.unscored() > 0) {
                throw new IOException("no judgments to learn from: " + data.unscored() + " judged passages are not scored yet (strata score "
                        + corpus.dir() + ")");
            }
            throw new IOException("no judgments to learn from: judge passages first (strata judge " + corpus.dir() + ")");
        }
        HeadTrainer.Result r = evaluate(corpus, encoder, data);
        return new Heads(corpus).save(r, encoder.name());
    }
}
