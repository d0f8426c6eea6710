package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.score.DensitySignals;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.store.Passage;

/**
 * Scores the passages of a corpus that have no score yet: the encoder's embedding is stored with each passage,
 * and a first density in [0,1] from the intrinsic signals. Already scored passages keep their embedding and
 * score (nothing is encoded twice). Commits every few thousand passages, so an interrupted run keeps its work.
 */
public final class Scoring {
    /** The result of a run: passages scored now, passages that already had a score. */
    public record Result(int scored, int kept) {}

    private static final int CHUNK = 256;
    private static final int COMMIT_EVERY = 4096;

    private final Encoder encoder;
    private final int batchSize;

    public Scoring(Encoder encoder, int batchSize) {
        this.encoder = encoder;
        this.batchSize = batchSize;
    }

    public Result run(CorpusFolder corpus, Progress progress) throws IOException, EncoderException {
        List<Passage> todo = new ArrayList<>();
        int[] kept = {0};
        corpus.store().forEach(p -> {
            if (p.scored() && p.embedding() != null) kept[0]++;
            else todo.add(p);
        });
        int done = 0, sinceCommit = 0;
        for (int i = 0; i < todo.size(); i += CHUNK) {
            if (progress.cancelled()) break;
            List<Passage> chunk = todo.subList(i, Math.min(todo.size(), i + CHUNK));
            float[][] emb = encoder.embed(chunk.stream().map(Passage::text).toList(), batchSize);
            List<Passage> updated = new ArrayList<>(chunk.size());
            for (int k = 0; k < chunk.size(); k++) {
                Passage p = chunk.get(k);
                DensitySignals.Signals s = DensitySignals.of(p.text(), p.tokens());
                updated.add(p.withScore(s.density(), s.components(), emb[k]));
            }
            corpus.store().update(updated);
            done += chunk.size();
            sinceCommit += chunk.size();
            if (sinceCommit >= COMMIT_EVERY) {
                corpus.store().commit();
                sinceCommit = 0;
            }
            progress.worked(done, todo.size());
        }
        corpus.store().commit();
        return new Result(done, kept[0]);
    }
}
