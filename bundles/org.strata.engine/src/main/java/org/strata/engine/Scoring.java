package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.strata.model.corpus.ScoringProfile;
import org.strata.model.corpus.SignalWeight;
import org.strata.score.Components;
import org.strata.score.Density;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.Intrinsic;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageStore;
import org.strata.score.DensityWeights;

/**
 * Scores a corpus's passages for semantic density. Passages without a score are encoded (read, tokenized and measured
 * on other threads while the model runs, and stored behind it) and their embedding is stored: nothing is encoded twice, exact duplicates
 * were never stored, and re-scoring ({@code rescore}) reuses the stored embeddings with the current head and
 * weights without running the encoder. Every score in [0,1] comes with its {@link Components}: knowledge (head
 * or prior), information, redundancy (cosine to the nearest other passage) and boilerplate. Commits as it goes,
 * so a killed run keeps what it scored; scores already stored are replaced only by new ones.
 */
public final class Scoring {
    /**
     * Passages encoded now, re-scored from stored embeddings, left as they were; what scored knowledge; after a
     * re-embedding with another tokenizer, how the token figures changed (null when they did not); and a line for
     * each word-order model the corpus learned from its passages in this run ({@link WordOrders}).
     */
    public record Result(int encoded, int rescored, int kept, String knowledge, Recount recount, List<String> learned) {
        public Result(int encoded, int rescored, int kept, String knowledge) {
            this(encoded, rescored, kept, knowledge, null, List.of());
        }
    }

    /**
     * Token figures counted again by a new encoder's tokenizer: the passages whose count changed, the corpus's tokens
     * before and after, and the passages now longer than one window of the encoder (encoded in several). Passages keep
     * their bounds: nothing is cut again.
     */
    public record Recount(String tokenizer, int changed, long before, long after, int overWindow, int window) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "token figures counted again with %s: %d passages changed, %d tokens "
                    + "before, %d now (%+.0f%%); %d passages are longer than its window of %d tokens and are encoded in parts. "
                    + "Passages keep their bounds: to cut them to this tokenizer's budget, ingest the files again into a new corpus",
                    tokenizer, changed, before, after, before == 0 ? 0.0 : 100.0 * (after - before) / before, overWindow, window);
        }
    }

    /**
     * Passages read, tokenized and encoded together: at least this many, and four of the encoder's batches (4,096 on a
     * GPU, whose batches hold 1,024), so that sorting a chunk by length finds passages of like length to batch together
     * and little of what the model runs is padding.
     */
    private static final int CHUNK = 512;
    private static final int COMMIT_EVERY = 4096;
    /** Passages read, tokenized and measured by the reader thread, ready for the model. */
    private record Chunk(List<Passage> passages, Encoder.Tokenized tokens, float[][] measured) {}

    private static final Chunk END = new Chunk(List.of(), null, null);

    private final Encoder encoder;
    private boolean reembed;
    /** On a re-embedding: passages whose token count changed, tokens before, tokens after, passages over one window. */
    private final long[] counted = new long[4];

    public Scoring(Encoder encoder) {
        this.encoder = encoder;
    }

    /** Scores the passages that have no score yet; with {@code rescore}, every passage, from stored embeddings. */
    public Result run(CorpusFolder corpus, boolean rescore, Progress progress) throws IOException, EncoderException {
        return run(corpus, rescore, false, progress);
    }

    /**
     * As above; with {@code reembed}, every passage is encoded again (after a change of encoder in the scoring
     * profile). Without it, an encoder other than the one that made the stored embeddings is refused.
     */
    public Result run(CorpusFolder corpus, boolean rescore, boolean reembed, Progress progress) throws IOException, EncoderException {
        PassageStore store = corpus.store();
        if (!reembed) Encoders.check(corpus, encoder);
        this.reembed = reembed;
        // scores of an earlier Strata (fewer components, another formula) are measured again with the new ones, so
        // that one corpus never ranks passages on two scales; from the stored embeddings, no encoder run
        if (!rescore && hasOlderScores(store)) rescore = true;
        // a language Strata ships no word-order model for learns one from the corpus's passages; when one is learned
        // (again), every passage is measured with it, so that the corpus is on one scale
        WordOrders.Update wordOrders = WordOrders.update(corpus);
        if (wordOrders.changed()) rescore = true;
        long unscored = reembed ? store.count() : store.count(PassageFilter.NONE.withScored(false));
        if (unscored == 0 && !rescore) return new Result(0, 0, store.count(), Knowledge.describe(corpus));
        DensityWeights weights = weights(corpus);
        Intrinsic intrinsic = new Intrinsic(DomainTexts.all(corpus.corpus()), wordOrders.models());
        RepeatedLines repeated = RepeatedLines.count(store);
        // progress units: one per passage encoded, one per passage refined
        long units = unscored + (rescore ? store.count() : unscored);
        try (Knowledge knowledge = Knowledge.of(corpus, encoder)) {
            Set<String> fresh = encode(store, knowledge, intrinsic, repeated, weights, unscored, units, progress);
            // a re-embedding is recorded only when it covered every passage: a partial one must be run again
            if (!fresh.isEmpty() && (!reembed || fresh.size() == unscored)) Encoders.record(corpus, encoder.name());
            int rescored = refine(store, rescore ? null : fresh, knowledge, intrinsic, repeated, weights, fresh.size(), units, progress);
            int kept = (int) (store.count() - (rescore ? rescored : fresh.size()));
            // a model learned now is kept once every passage has been measured with it; a cancelled run learns it again
            List<String> learned = new ArrayList<>(wordOrders.learned());
            if (!progress.cancelled()) learned.addAll(WordOrders.keep(corpus, wordOrders));
            Recount recount = !reembed || counted[0] == 0 ? null : new Recount(encoder.name() + " " + encoder.tokenizer().kind(),
                    (int) counted[0], counted[1], counted[2], (int) counted[3], encoder.window());
            return new Result(fresh.size(), rescore ? rescored - fresh.size() : 0, Math.max(0, kept), knowledge.name(), recount, learned);
        }
    }

    /** Whether any passage holds a score of an earlier Strata (fewer components than {@link Components#COUNT}). */
    static boolean hasOlderScores(PassageStore store) throws IOException {
        boolean[] older = {false};
        store.forEachAttributes(p -> {
            if (!older[0] && p.scored() && p.components() != null && p.components().length < Components.COUNT) older[0] = true;
        });
        return older[0];
    }

    /**
     * Encodes every unscored passage and stores it with a first score (redundancy still unknown). Three stages run
     * side by side so that the model never waits: a reader thread reads each chunk of passages, tokenizes it and
     * measures its intrinsic signals on every core; this thread runs the model and the head; a writer thread stores
     * the chunk before while the model runs on the next.
     */
    private Set<String> encode(PassageStore store, Knowledge knowledge, Intrinsic intrinsic, RepeatedLines repeated,
            DensityWeights weights, long unscored, long units, Progress progress) throws IOException, EncoderException {
        Set<String> done = new HashSet<>();
        if (unscored == 0) return done;
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                int size = Math.max(CHUNK, 4 * encoder.settings().batch());
                List<Passage> chunk = new ArrayList<>(size);
                store.forEach(false, p -> {
                    if ((p.scored() && !reembed) || progress.cancelled() || stop.get()) return;
                    chunk.add(p);
                    if (chunk.size() == size) {
                        hand(queue, new ArrayList<>(chunk), intrinsic, repeated, stop);
                        chunk.clear();
                    }
                });
                if (!chunk.isEmpty()) hand(queue, chunk, intrinsic, repeated, stop);
            } catch (Throwable t) {
                failed.set(t);
            } finally {
                offer(queue, END, stop);
            }
        }, "strata-score-reader");
        reader.setDaemon(true);
        reader.start();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "strata-score-writer");
            t.setDaemon(true);
            return t;
        });
        Future<?> writing = null;
        int[] sinceCommit = {0};
        try {
            while (true) {
                Chunk next = queue.take();
                if (next == END) break;
                if (progress.cancelled()) continue; // drain so the reader can finish
                List<Passage> chunk = next.passages();
                float[][] emb = encoder.embed(next.tokens());
                float[] know = knowledge.apply(chunk.stream().map(Passage::text).toList(), emb);
                List<Passage> updated = new ArrayList<>(chunk.size());
                for (int k = 0; k < chunk.size(); k++) {
                    Passage p = chunk.get(k);
                    if (reembed) { // the new encoder's tokenizer counts every token figure from now on
                        int tokens = next.tokens().pieces()[k];
                        counted[1] += p.tokens();
                        counted[2] += tokens;
                        if (tokens > encoder.window()) counted[3]++;
                        if (tokens != p.tokens()) {
                            counted[0]++;
                            p = p.withTokens(tokens);
                        }
                    }
                    float[] c = next.measured()[k];
                    c[Components.KNOWLEDGE] = know[k];
                    c[Components.REDUNDANCY] = 0f;
                    updated.add(p.withScore(Density.combine(weights, c), c, emb[k]));
                    done.add(p.id());
                }
                written(writing); // the chunk before is stored: one chunk is written while the model runs
                writing = writer.submit(() -> {
                    store.update(updated);
                    sinceCommit[0] += updated.size();
                    if (sinceCommit[0] >= COMMIT_EVERY) {
                        store.commit();
                        sinceCommit[0] = 0;
                    }
                    return null;
                });
                progress.worked(done.size(), units);
            }
            written(writing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring", e);
        } finally {
            // a failure here leaves the reader with chunks nobody takes: it stops reading, and what it queued is dropped
            stop.set(true);
            queue.clear();
            writer.shutdown();
            boolean interrupted = false;
            while (true) { // what was handed to the writer is stored before the commit, even when this thread is interrupted
                try {
                    if (writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            try {
                reader.join(60_000);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            if (interrupted) Thread.currentThread().interrupt();
            store.commit();
        }
        if (failed.get() instanceof IOException e) throw e;
        if (failed.get() != null) throw new IOException("reading passages to score failed: " + failed.get(), failed.get());
        return done;
    }

    /** Waits for a chunk handed to the writer; its failure is this run's. */
    private static void written(Future<?> writing) throws IOException, InterruptedException {
        if (writing == null) return;
        try {
            writing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("storing the scores failed: " + e.getCause(), e.getCause());
        }
    }

    /** Tokenizes a chunk and measures its intrinsic signals, the passages spread over every core, and queues it. */
    private void hand(BlockingQueue<Chunk> queue, List<Passage> chunk, Intrinsic intrinsic, RepeatedLines repeated,
            java.util.concurrent.atomic.AtomicBoolean stop) {
        if (stop.get()) return;
        Encoder.Tokenized tokens = encoder.tokenize(chunk.stream().map(Passage::text).toList());
        float[][] measured = new float[chunk.size()][];
        IntStream.range(0, chunk.size()).parallel().forEach(k -> {
            Passage p = chunk.get(k);
            // on a re-embedding, the new tokenizer's count, as the passage will store it
            int count = reembed ? tokens.pieces()[k] : p.tokens();
            measured[k] = intrinsic.measure(p.text(), count, repeated.share(p.text()), p.language());
        });
        offer(queue, new Chunk(chunk, tokens, measured), stop);
    }

    /** Queues a chunk for the model, waiting for room until the model's side has stopped taking them. */
    private static void offer(BlockingQueue<Chunk> queue, Chunk chunk, java.util.concurrent.atomic.AtomicBoolean stop) {
        try {
            while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stop.get()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Recomputes knowledge, redundancy and density from stored embeddings for the passages named (all when null):
     * attributes only, no text or embedding is rewritten.
     */
    private int refine(PassageStore store, Set<String> only, Knowledge knowledge, Intrinsic intrinsic, RepeatedLines repeated,
            DensityWeights weights, long doneBefore, long units, Progress progress) throws IOException, EncoderException {
        List<Passage> batch = new ArrayList<>(CHUNK);
        int[] count = {0};
        Throwable[] failed = {null};
        store.forEach(true, p -> {
            if (failed[0] != null || progress.cancelled() || p.embedding() == null || (only != null && !only.contains(p.id()))) return;
            batch.add(p);
            if (batch.size() == CHUNK) {
                try {
                    refineBatch(store, batch, only == null ? knowledge : null, intrinsic, repeated, weights);
                    count[0] += batch.size();
                    progress.worked(doneBefore + count[0], units);
                } catch (IOException | EncoderException e) {
                    failed[0] = e;
                }
                batch.clear();
            }
        });
        if (failed[0] instanceof IOException e) throw e;
        if (failed[0] instanceof EncoderException e) throw e;
        if (!batch.isEmpty() && !progress.cancelled()) {
            refineBatch(store, batch, only == null ? knowledge : null, intrinsic, repeated, weights);
            count[0] += batch.size();
        }
        store.commit();
        return count[0];
    }

    /**
     * Sets redundancy; with a {@code knowledge} (re-scoring), knowledge and the intrinsic signals are measured again
     * too (the head, the corpus's repeated lines and its domain terms may have changed); without, the components
     * the encoding pass just stored are kept.
     */
    private static void refineBatch(PassageStore store, List<Passage> batch, Knowledge knowledge, Intrinsic intrinsic,
            RepeatedLines repeated, DensityWeights weights) throws IOException, EncoderException {
        float[][] emb = new float[batch.size()][];
        for (int i = 0; i < emb.length; i++) emb[i] = batch.get(i).embedding();
        float[] know = knowledge == null ? null : knowledge.apply(batch.stream().map(Passage::text).toList(), emb);
        List<Passage> updated = new ArrayList<>(batch.size());
        for (int i = 0; i < emb.length; i++) {
            Passage p = batch.get(i);
            float[] c;
            if (know == null) {
                c = p.components().clone();
            } else {
                c = intrinsic.measure(p.text(), p.tokens(), repeated.share(p.text()), p.language());
                c[Components.KNOWLEDGE] = know[i];
            }
            float near = store.nearestOther(p.id(), emb[i]);
            c[Components.REDUNDANCY] = Density.redundancy(near);
            updated.add(p.attributesOnly().withScore(Density.combine(weights, c), c, null));
        }
        store.updateAttributes(updated);
    }

    /** The density of a passage's components under these weights, as scoring combines them (see {@code Components}). */
    public static float density(DensityWeights weights, float[] components) {
        return Density.combine(weights, components);
    }

    /** The redundancy component from the cosine to the nearest other passage (-1 when there is none). */
    public static float redundancy(float nearestCosine) {
        return Density.redundancy(nearestCosine);
    }

    /** The scoring profile's signal weights over the defaults. */
    public static DensityWeights weights(CorpusFolder corpus) {
        ScoringProfile p = corpus.corpus().getScoringProfile();
        Map<String, Float> named = new HashMap<>();
        if (p != null) for (SignalWeight w : p.getWeights()) named.put(w.getSignal(), (float) w.getWeight());
        return DensityWeights.of(named);
    }

    /**
     * How the corpus's profile says to run its encoder: the device (auto, cpu or cuda) and the batch size, where the
     * expert set them (the workbench's preferences do), over {@link EncoderSettings#on} auto.
     */
    public static org.strata.score.EncoderSettings settings(CorpusFolder corpus) {
        var s = org.strata.score.EncoderSettings.on(org.strata.score.EncoderSettings.Device.AUTO);
        ScoringProfile p = corpus.corpus().getScoringProfile();
        if (p == null) return s;
        if (p.getDevice() != null && !p.getDevice().isBlank()) s = s.withDevice(org.strata.score.EncoderSettings.Device.parse(p.getDevice()));
        if (p.eIsSet(org.strata.model.corpus.CorpusPackage.Literals.SCORING_PROFILE__BATCH_SIZE) && p.getBatchSize() > 0) s = s.withBatch(p.getBatchSize());
        return s;
    }
}
