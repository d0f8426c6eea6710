package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.score.DensitySignals;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStore;

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
        PassageStore store = corpus.store();
        int kept = (int) store.count(PassageFilter.NONE.withScored(true));
        long remaining = store.count(PassageFilter.NONE.withScored(false));
        // take the first page of unscored passages again and again: what was scored drops out of the filter,
        // so memory holds one chunk however large the corpus
        PassageQuery next = PassageQuery.all().filter(PassageFilter.NONE.withScored(false)).sort(PassageQuery.SortKey.SOURCE).page(0, CHUNK);
        int done = 0, sinceCommit = 0;
        while (!progress.cancelled()) {
            List<Passage> chunk = store.search(next).rows();
            if (chunk.isEmpty()) break;
            float[][] emb = encoder.embed(chunk.stream().map(Passage::text).toList());
            List<Passage> updated = new ArrayList<>(chunk.size());
            for (int k = 0; k < chunk.size(); k++) {
                Passage p = chunk.get(k);
                DensitySignals.Signals s = DensitySignals.of(p.text(), p.tokens());
                updated.add(p.withScore(s.density(), s.components(), emb[k]));
            }
            store.update(updated);
            done += chunk.size();
            sinceCommit += chunk.size();
            if (sinceCommit >= COMMIT_EVERY) {
                store.commit();
                sinceCommit = 0;
            }
            progress.worked(done, remaining);
        }
        store.commit();
        return new Result(done, kept);
    }
}
