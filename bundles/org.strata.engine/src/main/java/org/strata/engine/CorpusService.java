package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strata.model.Curriculum;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Layer;
import org.strata.store.BulkEdit;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;

/**
 * The one door into the engine for a corpus: the workbench, the CLI and the Spark job make their changes through it,
 * a call per use case, each with a typed request and a {@link Response}. The service owns the locking and the
 * transaction: model changes hold the {@link CorpusFolder}'s monitor (which the workbench's model edits and every
 * save share), passage edits hold the folder's edit lock (taken after the monitor, so a long edit of passages never
 * blocks an edit of the model), and a change that touches the model and the passage index commits both or neither
 * ({@link CorpusFolder#commit(Runnable)}). A refused request (a name that is taken, a layer that does not exist) fails with its
 * reason and changes nothing.
 *
 * <p>Thread-safe. Closing the service closes the corpus it opened; one made {@link #of} a folder leaves the folder
 * to its owner.
 */
public final class CorpusService implements AutoCloseable {
    private final CorpusFolder folder;
    private final boolean owned;
    /** Held while passages' attributes change; taken after the folder's monitor, never before it. */
    private final java.util.concurrent.locks.ReentrantLock passages;

    private CorpusService(CorpusFolder folder, boolean owned) {
        this.folder = folder;
        this.owned = owned;
        this.passages = folder.editLock();
    }

    /** Opens a corpus folder (repairing what a killed process left half-way; see {@link CorpusFolder#repairs()}). */
    public static CorpusService open(Path dir) throws IOException {
        return new CorpusService(CorpusFolder.open(dir), true);
    }

    /** The service of a corpus that is already open, which closing the service closes. */
    public static CorpusService closing(CorpusFolder folder) {
        return new CorpusService(folder, true);
    }

    /** The service of a corpus that is already open; closing the service leaves it open. */
    public static CorpusService of(CorpusFolder folder) {
        return new CorpusService(folder, false);
    }

    public CorpusFolder folder() {
        return folder;
    }

    /** What the layers are after a change: names in curriculum order. */
    public record Layers(List<String> names) {}

    /**
     * Adds, moves or renames a layer; a rename reaches every passage of the layer in the same commit. When the commit
     * fails, the change is taken back in memory too: what the service holds is what the corpus holds.
     */
    public Response<Layers> changeLayers(LayerChange change) {
        synchronized (folder) {
            if (!lockPassages()) return Response.failed(BUSY);
            try {
                return changeLayersLocked(change);
            } finally {
                passages.unlock();
            }
        }
    }

    private static final String BUSY = "the passages are being changed (an edit of many passages is under way); try again when it is done";

    /**
     * Takes the passages' edit lock after the folder's monitor, as everywhere, waiting a little for an edit of
     * passages under way: a model change made from the workbench's UI thread never waits for a long one.
     */
    private boolean lockPassages() {
        try {
            return passages.tryLock(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Response<Layers> changeLayersLocked(LayerChange change) {
        var corpus = folder.corpus();
        String done;
        Runnable undo;
        try {
            switch (change) {
                case LayerChange.Add a -> {
                    Layer l = Curriculum.addLayer(corpus, strip(a.name()), a.description(), a.position());
                    done = "added layer '" + l.getName() + "' at position " + l.getOrder();
                    undo = () -> {
                        corpus.getLayers().remove(l);
                        Curriculum.renumber(corpus);
                    };
                }
                case LayerChange.Move m -> {
                    int was = Curriculum.layer(corpus, m.name()) == null ? 0 : Curriculum.layer(corpus, m.name()).getOrder();
                    Curriculum.moveLayer(corpus, m.name(), m.position());
                    done = "moved layer '" + m.name() + "' to position " + m.position();
                    undo = () -> Curriculum.moveLayer(corpus, m.name(), was);
                }
                case LayerChange.Set set -> {
                    Layer l = Curriculum.layer(corpus, set.name());
                    if (l == null) throw new IllegalArgumentException("no layer named '" + set.name() + "'; the layers are " + folder.layerNames());
                    if (set.reads() != null && set.reads() < 1) throw new IllegalArgumentException("a stage is read at least once, not " + set.reads() + " times");
                    if (set.readTokens() != null && set.readTokens() < 0) throw new IllegalArgumentException("a token target is 0 (none) or more, not " + set.readTokens());
                    if (set.goalTokens() != null && set.goalTokens() < 0) throw new IllegalArgumentException("a goal is 0 (none) or more tokens, not " + set.goalTokens());
                    if (set.minDensity() != null && !(set.minDensity() >= 0 && set.minDensity() <= 1)) {
                        throw new IllegalArgumentException("a least density is between 0 and 1, not " + set.minDensity());
                    }
                    String description = l.getDescription();
                    int reads = l.getReads();
                    long readTokens = l.getReadTokens(), goal = l.getGoalTokens();
                    double min = l.getMinDensity();
                    if (set.description() != null) l.setDescription(set.description().isBlank() ? null : set.description().strip());
                    if (set.reads() != null) l.setReads(set.reads());
                    if (set.readTokens() != null) l.setReadTokens(set.readTokens());
                    if (set.goalTokens() != null) l.setGoalTokens(set.goalTokens());
                    if (set.minDensity() != null) l.setMinDensity(set.minDensity());
                    done = "changed layer '" + l.getName() + "'";
                    undo = () -> {
                        l.setDescription(description);
                        l.setReads(reads);
                        l.setReadTokens(readTokens);
                        l.setGoalTokens(goal);
                        l.setMinDensity(min);
                    };
                }
                case LayerChange.Rename r -> {
                    String to = strip(r.to());
                    Curriculum.renameLayer(corpus, r.from(), to);
                    try {
                        folder.store().checkLayerRename(r.from(), to); // a name that passages had before, under a layer since gone
                    } catch (IllegalArgumentException e) {
                        Curriculum.layer(corpus, to).setName(r.from());
                        throw e;
                    }
                    done = "renamed layer '" + r.from() + "' to '" + to + "'";
                    Response<Void> committed = commit(done, () -> folder.store().renameLayer(r.from(), to), () -> folder.store().renameLayer(to, r.from()));
                    if (!committed.ok()) {
                        Curriculum.layer(corpus, to).setName(r.from());
                        return Response.failed(committed.message());
                    }
                    return Response.completed(new Layers(folder.layerNames()), done);
                }
            }
        } catch (IllegalArgumentException e) {
            return Response.failed(e.getMessage());
        }
        Response<Void> saved = save(done);
        if (!saved.ok()) {
            undo.run();
            return Response.failed(saved.message());
        }
        return Response.completed(new Layers(folder.layerNames()), done);
    }

    /** Renames a concept in the model and in every passage tagged with it, as one commit. */
    public Response<String> renameConcept(String from, String to) {
        synchronized (folder) {
            if (!lockPassages()) return Response.failed(BUSY);
            try {
                return renameConceptLocked(from, to);
            } finally {
                passages.unlock();
            }
        }
    }

    private Response<String> renameConceptLocked(String from, String to) {
        Concept k = Taxonomy.find(folder.corpus(), from);
        if (k == null) return Response.failed("no concept named '" + from + "'");
        String name = strip(to);
        if (name.isEmpty()) return Response.failed("a concept needs a name");
        Concept other = Taxonomy.find(folder.corpus(), name);
        if (other != null && other != k) return Response.failed("there is a concept named '" + name + "' already");
        String old = k.getName();
        if (old.equals(name)) return Response.completed(name, "the concept is named '" + name + "' already");
        try {
            folder.store().checkConceptRename(old, name);
        } catch (IllegalArgumentException e) {
            return Response.failed(e.getMessage());
        }
        k.setName(name);
        Response<Void> saved = commit("renamed concept '" + old + "'", () -> folder.store().renameConcept(old, name),
                () -> folder.store().renameConcept(name, old));
        if (!saved.ok()) {
            k.setName(old);
            return Response.failed(saved.message());
        }
        return Response.completed(name, "renamed concept '" + old + "' to '" + name + "'");
    }

    /** The passages an edit changed, as they were before it (attributes only): {@link #restorePassages} undoes it. */
    public record PassagesEdited(List<Passage> before) {
        public int changed() {
            return before.size();
        }
    }

    /**
     * Applies a change to every selected passage in one commit. An unknown layer or concept, or an id that is not
     * stored, fails the whole request before anything changes.
     */
    public Response<PassagesEdited> editPassages(PassageSelection selection, PassageChange change) {
        BulkEdit edit;
        synchronized (folder) { // the names are checked against the model, and no rename comes between check and edit
            try {
                edit = bulkEdit(change);
            } catch (IllegalArgumentException e) {
                return Response.failed(e.getMessage());
            }
            passages.lock();
        }
        try { // a long edit does not hold the model: the workbench edits it meanwhile
            List<Passage> before = switch (selection) {
                case PassageSelection.Ids ids -> folder.store().bulkWithBefore(ids.ids(), edit);
                case PassageSelection.Matching m -> folder.store().bulkWithBefore(m.query(), edit);
            };
            return Response.completed(new PassagesEdited(before), before.size() + " passages changed");
        } catch (IOException e) {
            return Response.failed("cannot change the passages: " + e.getMessage());
        } finally {
            passages.unlock();
        }
    }

    /** Puts back the attributes passages had (what {@link #editPassages} answered), in one commit. */
    public Response<PassagesEdited> restorePassages(List<Passage> before) {
        passages.lock();
        try {
            List<Passage> now = new ArrayList<>(before.size());
            for (Passage b : before) {
                Passage p = folder.store().get(b.id());
                if (p != null) now.add(p.attributesOnly());
            }
            folder.store().updateAttributes(before);
            folder.store().commit();
            return Response.completed(new PassagesEdited(now), before.size() + " passages put back");
        } catch (IOException e) {
            return Response.failed("cannot put the passages back: " + e.getMessage());
        } finally {
            passages.unlock();
        }
    }

    /** What ingesting did: a line per file, the totals, and the near duplicates found after (null when none ran). */
    public record Ingested(IngestReport report, NearDuplicates.Result nearDuplicates) {}

    /**
     * Reads files and folders into the corpus: parses each (a bad file fails alone, with its reason), cuts its text
     * into passages, stores the new ones and records the file as a source, committing model and passages together as
     * it goes; then marks near duplicates when any file was ingested. {@code eachFile} hears of every file as it ends.
     * Cancelled through {@code progress}, it keeps every file committed so far, and a later run goes on from there.
     */
    public Response<Ingested> ingest(IngestRequest request, java.util.function.Consumer<FileResult> eachFile, Progress progress) {
        org.strata.score.Tokenizer tokenizer;
        try {
            tokenizer = Encoders.tokenizer(folder);
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("the encoder's tokenizer cannot be loaded, so passages cannot be cut to its budget: " + e.getMessage());
        }
        int budget = request.budget() > 0 ? request.budget() : Ingestion.DEFAULT_BUDGET;
        int threads = request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
        try (Ingestion ingestion = new Ingestion(request.extractor() != null ? request.extractor() : Ingestion.defaultExtractor(),
                tokenizer::count, budget, threads)) {
            IngestReport report = ingestion.run(folder, request.paths(), eachFile, progress);
            NearDuplicates.Result near = null;
            if (report.count(Outcome.OK) > 0 && !progress.cancelled()) {
                near = NearDuplicates.run(folder, org.strata.ingest.dedup.NearDuplicateFinder.Settings.DEFAULT);
            }
            Ingested done = new Ingested(report, near);
            return progress.cancelled() ? new Response<>(Response.Status.CANCELLED, done, "stopped: " + report.totalLine())
                    : Response.completed(done, report.totalLine());
        } catch (IOException e) {
            return Response.failed(e.getMessage());
        }
    }

    /**
     * Adds passages made elsewhere (a sample of the Spark job's output) with their sources: each source is recorded as
     * ingested, with its media type ({@code mediaTypes}, by source) and the number of its passages given, and the
     * passages and the sources are committed together. Passages already stored are not added again; the answer is
     * how many were added.
     */
    public Response<Integer> addPassages(List<Passage> given, java.util.Map<String, String> mediaTypes) {
        java.util.Map<String, Integer> perSource = new java.util.TreeMap<>();
        for (Passage p : given) perSource.merge(p.source(), 1, Integer::sum);
        synchronized (folder) {
            if (!lockPassages()) return Response.failed(BUSY);
            try {
                int added = folder.store().addNew(given);
                for (java.util.Map.Entry<String, Integer> e : perSource.entrySet()) {
                    org.strata.model.corpus.Source s = folder.sourceOrNew(e.getKey());
                    s.setStatus(org.strata.model.corpus.IngestStatus.OK);
                    s.setMediaType(mediaTypes.get(e.getKey()));
                    s.setPassageCount(e.getValue());
                }
                folder.commit(); // the passages and their sources, as one commit
                return Response.completed(added, added + " passages added from " + perSource.size() + " sources");
            } catch (IOException e) {
                return Response.failed("cannot add the passages: " + e.getMessage());
            } finally {
                passages.unlock();
            }
        }
    }

    /** What scoring did, and with what: the encoder's name, the device it ran on and how, and the time taken. */
    public record Scored(Scoring.Result result, String encoder, String device, String settings, long millis) {}

    /**
     * Scores the corpus: encodes what has no embedding, scores from stored embeddings what has one, commits as it goes.
     * {@code said} hears, at once, what the engine has to say before the work (a CUDA provider that did not load).
     * Cancelled through {@code progress}, it keeps what is committed. A corpus with no passages fails, saying so.
     */
    public Response<Scored> score(ScoreRequest request, Progress progress, java.util.function.Consumer<String> said) {
        try {
            if (folder.store().count() == 0) {
                return Response.failed(folder.dir() + " has no passages yet; ingest files first");
            }
            long t0 = System.nanoTime();
            org.strata.score.EncoderSettings settings = request.settings() != null ? request.settings() : Scoring.settings(folder);
            try (org.strata.score.Encoder encoder = Encoders.open(folder, settings)) {
                if (encoder.note() != null) said.accept(encoder.note());
                boolean reembed = request.reembed() != null ? request.reembed() : request.rescore() && Encoders.changed(folder, encoder);
                Scoring.Result r = new Scoring(encoder).run(folder, request.rescore(), reembed, progress);
                Scored scored = new Scored(r, encoder.name(), encoder.device(), encoder.describe(), (System.nanoTime() - t0) / 1_000_000);
                String line = String.format(java.util.Locale.ROOT, "%,d passages encoded, %,d re-scored, %,d kept, knowledge from the %s",
                        r.encoded(), r.rescored(), r.kept(), r.knowledge());
                return progress.cancelled() ? new Response<>(Response.Status.CANCELLED, scored, "stopped: " + line) : Response.completed(scored, line);
            }
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed(e.getMessage());
        }
    }

    /**
     * What learning from the judgments did: the head trained (its version, accuracy and the prior's), the judgments
     * left out (passages gone, or not scored yet), and the re-scoring that followed; no head and no re-scoring when
     * no judgment could be learned from.
     */
    public record Learned(Heads.Info head, int missing, int unscored, Scoring.Result rescored) {}

    /**
     * Teaches the scorer from every judgment recorded: trains a new head (cross-validated, the corpus's prior as its
     * base), makes it the one in use and re-scores the corpus from its stored embeddings. The model is held only to
     * copy the judgments and to switch heads, so a choice recorded meanwhile never waits for the training;
     * {@code trained} hears of the head before the re-scoring starts. Cancelled through {@code progress}, it keeps
     * what is committed (the head in use, the passages re-scored so far).
     */
    public Response<Learned> learnFromJudgments(Progress progress, java.util.function.Consumer<Heads.Info> trained) {
        try {
            List<org.strata.model.corpus.Judgment> judgments;
            synchronized (folder) {
                judgments = new ArrayList<>(folder.corpus().getJudgments());
            }
            HeadTraining.Data data = HeadTraining.collect(folder, judgments);
            if (data.judged().isEmpty()) { // nothing to learn yet: not a failure, and no head
                return Response.completed(new Learned(null, data.missing(), data.unscored(), null), "no judgments to learn from"
                        + (data.unscored() > 0 ? " (" + data.unscored() + " judge passages that are not scored yet: score the corpus first)"
                                : ": judge passages first"));
            }
            try (org.strata.score.Encoder encoder = Encoders.open(folder, org.strata.score.EncoderSettings.cpu())) {
                Heads.Info info = HeadTraining.train(folder, encoder, data);
                synchronized (folder) {
                    new Heads(folder).use(info.version());
                }
                trained.accept(info);
                if (progress.cancelled()) return Response.cancelled("head " + info.version() + " is in use; the corpus was not re-scored");
                Scoring.Result r = new Scoring(encoder).run(folder, true, progress);
                Learned learned = new Learned(info, data.missing(), data.unscored(), r);
                if (progress.cancelled()) return Response.cancelled("head " + info.version() + " is in use; re-scoring stopped part-way");
                return Response.completed(learned, "head " + info.version() + " learned from " + data.judged().size()
                        + " judgments; " + (r.rescored() + r.encoded()) + " passages re-scored");
            }
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("cannot learn from the judgments: " + e.getMessage());
        }
    }

    /**
     * Learns where passages belong from those the expert placed (the layers' descriptions as the cold start) and
     * places every other scored passage, marked as suggested with how sure it is, in one commit; the expert's
     * placements never move, and passages with no embedding yet stay where they are and are counted. Cancelled
     * through {@code progress}, it places none.
     */
    public Response<LayerPlacement.Result> placeInLayers(Progress progress) {
        synchronized (folder) { // the monitor first, then the passages' lock, as everywhere
            passages.lock();
        }
        try (org.strata.score.Encoder encoder = Encoders.open(folder, org.strata.score.EncoderSettings.cpu())) {
            Encoders.check(folder, encoder);
            LayerPlacement.Result r = new LayerPlacement(encoder).run(folder, progress);
            if (r == null) return Response.cancelled("stopped: no passage was placed");
            return Response.completed(r, r.suggested() + " passages placed" + (r.unscored() > 0 ? ", " + r.unscored() + " not scored yet" : ""));
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("cannot place the passages: " + e.getMessage());
        } finally {
            passages.unlock();
        }
    }

    /**
     * Finds near duplicates across the whole corpus and marks them: each cluster's members get its id, and all but
     * the first in source order become duplicates (unless the expert accepted or rejected them), in one commit.
     * Nothing is deleted. A request with settings out of range is refused. Cancelled through {@code progress}, it marks
     * none.
     */
    public Response<NearDuplicates.Result> markNearDuplicates(DedupRequest request, Progress progress) {
        String refused = request.refusal();
        if (refused != null) return Response.failed(refused);
        synchronized (folder) {
            passages.lock();
        }
        try {
            NearDuplicates.Result r = NearDuplicates.run(folder, request.settings(), progress);
            if (r == null) return Response.cancelled("stopped: no passage was marked");
            return Response.completed(r, r.line());
        } catch (IOException | java.io.UncheckedIOException e) {
            return Response.failed("cannot mark near duplicates: " + e.getMessage());
        } finally {
            passages.unlock();
        }
    }

    /**
     * A head cross-validated on the judgments: how many judgments and training rows, its accuracy on held-out choices
     * and the prior's, the folds and the time; and the judgments left out (passages gone, or not scored yet).
     */
    public record HeadEvaluated(int judgments, int rows, double accuracy, double priorAccuracy, int folds, long millis, int missing,
            int unscored) {}

    /** Cross-validates a head on the judgments recorded, as training would, and keeps nothing. */
    public Response<HeadEvaluated> evaluateHead() {
        try {
            List<org.strata.model.corpus.Judgment> judgments;
            synchronized (folder) {
                judgments = new ArrayList<>(folder.corpus().getJudgments());
            }
            HeadTraining.Data data = HeadTraining.collect(folder, judgments);
            try (org.strata.score.Encoder encoder = Encoders.open(folder, org.strata.score.EncoderSettings.cpu())) {
                var r = HeadTraining.evaluate(folder, encoder, data);
                return Response.completed(new HeadEvaluated(r.judgments(), r.rows(), r.accuracy(), r.priorAccuracy(), r.folds(), r.millis(),
                        data.missing(), data.unscored()), r.judgments() + " judgments evaluated");
            }
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("cannot evaluate a head: " + e.getMessage());
        }
    }

    /**
     * Where the choosing stands ({@link ChoosingProgress}): the head's accuracy over the last rounds of judgments,
     * whether more choices still move it, and the layers and concepts the next choices would teach most.
     */
    public Response<ChoosingProgress.Result> choosingProgress() {
        try {
            List<org.strata.model.corpus.Judgment> judgments;
            List<String> layers, concepts;
            synchronized (folder) {
                judgments = new ArrayList<>(folder.corpus().getJudgments());
                layers = List.copyOf(folder.layerNames());
                concepts = folder.corpus().getConcepts().stream().map(org.strata.model.corpus.Concept::getName).toList();
            }
            // the service's own encoder, opened once: the workbench measures after every retraining
            ChoosingProgress.Result r = withEncoder(encoder -> ChoosingProgress.of(folder, encoder, judgments, layers, concepts));
            return Response.completed(r, ChoosingProgress.line(r));
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("cannot measure the choosing: " + e.getMessage());
        }
    }

    /**
     * A head put in use (null for the prior) and the re-scoring from stored embeddings that followed; when the stored
     * embeddings are of another encoder, no re-scoring and {@code notRescored} says why.
     */
    public record HeadUsed(Heads.Info head, Scoring.Result rescored, String notRescored, long rescoreMillis) {}

    /**
     * Makes head {@code version} (0: the prior) the one that scores knowledge, and re-scores the corpus with it.
     * Cancelled through {@code progress}, the head stays in use and the passages re-scored so far keep their scores.
     */
    public Response<HeadUsed> useHead(int version, Progress progress) {
        try (org.strata.score.Encoder encoder = Encoders.open(folder, org.strata.score.EncoderSettings.cpu())) {
            Heads heads = new Heads(folder);
            if (version != 0) heads.checkFits(version, encoder);
            synchronized (folder) {
                heads.use(version);
            }
            Heads.Info info = version == 0 ? null : heads.info(version);
            try {
                Encoders.check(folder, encoder);
            } catch (org.strata.score.EncoderException e) {
                return Response.completed(new HeadUsed(info, null, e.getMessage(), 0), "the stored scores stay until the passages are encoded again");
            }
            String inUse = version == 0 ? "the prior is in use" : "head " + version + " is in use";
            try {
                long t0 = System.nanoTime();
                Scoring.Result r = new Scoring(encoder).run(folder, true, progress);
                HeadUsed used = new HeadUsed(info, r, null, (System.nanoTime() - t0) / 1_000_000);
                String line = inUse + "; " + (r.rescored() + r.encoded()) + " passages re-scored";
                return progress.cancelled() ? new Response<>(Response.Status.CANCELLED, used, "stopped: " + line) : Response.completed(used, line);
            } catch (IOException | org.strata.score.EncoderException | RuntimeException e) {
                return Response.failed(inUse + ", but the corpus was not re-scored: " + e.getMessage());
            }
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed(e.getMessage());
        }
    }

    /**
     * The next {@code n} (2 or 3) candidates for the expert to choose among: strong scored passages of one group, in a
     * layer or of a concept when given (null: any), never one judged before or in {@code exclude} (skipped in this
     * session). An empty list when no group has n left. The judgments are read under the model's monitor, the
     * passages after it.
     */
    public Response<List<Passage>> nextCandidates(int n, String layer, String concept, java.util.Set<String> exclude) {
        java.util.Set<String> judged = new java.util.HashSet<>(exclude);
        synchronized (folder) {
            for (var j : folder.corpus().getJudgments()) judged.addAll(j.getCandidates());
        }
        try {
            List<Passage> next = NextCandidates.pickAmong(folder, n, layer, concept, judged);
            return Response.completed(next, next.isEmpty() ? "no candidates left" : next.size() + " candidates");
        } catch (IllegalArgumentException | IOException e) {
            return Response.failed(e.getMessage());
        }
    }

    /**
     * Records the expert's choice among two or three candidates ({@code chosen} null: none is good enough), with the
     * reason given, and saves the model. Candidates that are not 2 or 3, or a chosen passage not among them, are
     * refused. The judgment answered is what {@link #withdrawJudgment} takes back.
     */
    public Response<org.strata.model.corpus.Judgment> recordChoice(List<String> candidates, String chosen, String rationale, String author) {
        synchronized (folder) {
            var judgments = folder.corpus().getJudgments();
            int before = judgments.size();
            try {
                var j = Judgments.choice(folder, candidates, chosen, rationale, author);
                return Response.completed(j, chosen == null ? "none is good enough: recorded" : "choice recorded");
            } catch (IllegalArgumentException e) {
                return Response.failed(e.getMessage());
            } catch (IOException e) { // not saved: the model does not keep it either
                while (judgments.size() > before) judgments.remove(judgments.size() - 1);
                return Response.failed("cannot record the choice: " + e.getMessage());
            }
        }
    }

    /** Takes back a judgment recorded before (the workbench's Undo of a choice) and saves the model. */
    public Response<Void> withdrawJudgment(org.strata.model.corpus.Judgment judgment) {
        synchronized (folder) {
            var judgments = folder.corpus().getJudgments();
            int at = judgments.indexOf(judgment);
            if (at < 0) return Response.completed(null, "the judgment was not recorded");
            judgments.remove(at);
            Response<Void> saved = save("judgment withdrawn");
            if (!saved.ok()) judgments.add(at, judgment); // not saved: the model keeps it, as the file does
            return saved;
        }
    }

    /** What the corpus offers as verification drafts now, without adding them (the workbench adds them as an undoable edit). */
    public Response<List<VerificationDrafts.Draft>> verificationDrafts() {
        synchronized (folder) {
            try {
                List<VerificationDrafts.Draft> d = VerificationDrafts.of(folder);
                return Response.completed(d, d.size() + " verification items drafted");
            } catch (IOException e) {
                return Response.failed("cannot draft verification items: " + e.getMessage());
            }
        }
    }

    /**
     * Drafts verification items from the corpus ({@link VerificationDrafts}) and adds them to the model as drafts,
     * which go into no pack until the expert accepts them; answers the drafts added (none when the corpus offers no
     * new one).
     */
    public Response<List<org.strata.model.corpus.VerificationItem>> draftVerification() {
        synchronized (folder) {
            List<VerificationDrafts.Draft> drafts;
            try {
                drafts = VerificationDrafts.of(folder);
            } catch (IOException e) {
                return Response.failed("cannot draft verification items: " + e.getMessage());
            }
            var items = folder.corpus().getVerificationItems();
            List<org.strata.model.corpus.VerificationItem> added = new java.util.ArrayList<>();
            for (VerificationDrafts.Draft d : drafts) {
                var v = org.strata.model.corpus.CorpusFactory.eINSTANCE.createVerificationItem();
                v.setLayer(org.strata.model.Curriculum.layer(folder.corpus(), d.layer()));
                v.setKind(d.kind());
                v.setPrompt(d.prompt());
                v.setExpectedAnswer(d.answer());
                v.getPassages().addAll(d.passages());
                v.setDraft(true);
                added.add(v);
            }
            items.addAll(added);
            Response<Void> saved = save(added.size() + " verification items drafted");
            if (!saved.ok()) {
                items.removeAll(added);
                return Response.failed(saved.message());
            }
            return Response.completed(added, saved.message());
        }
    }

    /**
     * The expert's word on verification items, by their 1-based numbers in the corpus: accepted (a draft becomes an
     * item), dropped, or edited (a null prompt or answer is left as it is). Numbers outside the list are refused.
     */
    public Response<Integer> reviewVerification(List<Integer> numbers, String action, String prompt, String answer) {
        synchronized (folder) {
            var items = folder.corpus().getVerificationItems();
            List<org.strata.model.corpus.VerificationItem> chosen = new java.util.ArrayList<>();
            for (int n : numbers) {
                if (n < 1 || n > items.size()) return Response.failed("no verification item " + n + "; the corpus has " + items.size());
                chosen.add(items.get(n - 1));
            }
            List<org.strata.model.corpus.VerificationItem> before = List.copyOf(items);
            java.util.Map<org.strata.model.corpus.VerificationItem, String[]> was = new java.util.HashMap<>();
            for (var v : chosen) was.put(v, new String[] {v.getPrompt(), v.getExpectedAnswer(), Boolean.toString(v.isDraft())});
            switch (action) {
                case "accept" -> chosen.forEach(v -> v.setDraft(false));
                case "drop" -> items.removeAll(chosen);
                case "edit" -> chosen.forEach(v -> {
                    if (prompt != null && !prompt.isBlank()) v.setPrompt(prompt.strip());
                    if (answer != null) v.setExpectedAnswer(answer.isBlank() ? null : answer.strip());
                });
                default -> {
                    return Response.failed("a verification item is accepted, dropped or edited, not '" + action + "'");
                }
            }
            Response<Void> saved = save(action + " " + chosen.size() + " verification items");
            if (!saved.ok()) {
                items.clear();
                items.addAll(before);
                was.forEach((v, w) -> {
                    v.setPrompt(w[0]);
                    v.setExpectedAnswer(w[1]);
                    v.setDraft(Boolean.parseBoolean(w[2]));
                });
                return Response.failed(saved.message());
            }
            return Response.completed(chosen.size(), saved.message());
        }
    }

    /**
     * True when the corpus's full-text search knows languages (word forms match in English and Russian); false for a
     * corpus indexed before it did, which {@link #reindexText} brings forward.
     */
    public boolean searchKnowsLanguages() {
        return folder.store().textByLanguage();
    }

    /**
     * Brings the index of a corpus made before search knew languages forward: every English and Russian passage is
     * written again with its language's analysis (its embedding, attributes and keys as they are). Commits as it
     * goes; stopped through {@code progress}, what is done stays and a later run goes on. Answers how many passages
     * were written again; a corpus already indexed by language is left as it is.
     */
    public Response<Long> reindexText(Progress progress) {
        if (searchKnowsLanguages()) return Response.completed(0L, "the full-text index already knows languages; nothing to do");
        synchronized (folder) {
            passages.lock();
        }
        try {
            long total = folder.store().count();
            long n = folder.store().reindexText(10_000, seen -> {
                progress.worked(seen, total);
                return !progress.cancelled();
            });
            if (progress.cancelled()) return new Response<>(Response.Status.CANCELLED, n, "stopped after " + n + " passages; run it again to finish");
            return Response.completed(n, n + " English and Russian passages indexed again: their word forms match now");
        } catch (IOException e) {
            return Response.failed("cannot index the passages again: " + e.getMessage());
        } finally {
            passages.unlock();
        }
    }

    /** A pack written: its manifest, the folder it is in, its size on disk and the time it took. */
    public record Exported(org.strata.export.PackManifest manifest, Path folder, long bytes, long millis) {}

    /**
     * Writes the staged pack a request describes into {@code out} (refused when that is a folder with files in it,
     * unless {@code replace}), written aside and renamed into place at the end: a pack stopped, cancelled or killed
     * half-way leaves nothing, and an older pack in its place stays. {@code tool} names the writer in the manifest.
     */
    public Response<Exported> exportPack(ExportRequest request, Path out, boolean replace, String tool, Progress progress) {
        String refused = request.refusal();
        if (refused != null) return Response.failed(refused);
        if (out == null) return Response.failed("no pack folder was given");
        long t0 = System.nanoTime();
        try {
            var manifest = PackExport.run(folder, request, out, replace, tool, new org.strata.export.PackWriter.Watch() {
                @Override
                public void worked(long done, long total) {
                    progress.worked(done, total);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            });
            long bytes = org.strata.export.PackWriter.bytes(out);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            String line = String.format(java.util.Locale.ROOT, "wrote %,d records, %.1f MB, in %d stages to %s in %.1f s", manifest.records(),
                    bytes / 1e6, manifest.stages().size(), out, millis / 1e3);
            return Response.completed(new Exported(manifest, out, bytes, millis), line);
        } catch (org.strata.export.PackWriter.Cancelled e) {
            return Response.cancelled(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed("cannot export the pack: " + e.getMessage());
        }
    }

    /** What each stage of the pack of a request would hold (passages, tokens, what is left out and why), writing nothing. */
    public Response<List<org.strata.export.StagePreview>> previewPack(ExportRequest request) {
        String refused = request.refusal();
        if (refused != null) return Response.failed(refused);
        try {
            var stages = PackExport.preview(folder, request);
            return Response.completed(stages, stages.size() + " stages");
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed("cannot preview the pack: " + e.getMessage());
        }
    }

    // ---- reading: each sees the passages as committed or changed through this corpus, and never waits for an edit ----

    /** The number of passages that pass a filter. */
    public Response<Long> count(PassageFilter filter) {
        return read("count the passages", () -> folder.store().count(filter), n -> String.format(java.util.Locale.ROOT, "%,d passages", n));
    }

    /** Counts, tokens and the density histogram ({@code bins} bars) over the passages that pass a filter. */
    public Response<org.strata.store.StoreSummary> summary(PassageFilter filter, int bins) {
        if (bins < 1 || bins > 1000) return Response.failed("a histogram takes 1 to 1000 bins, not " + bins);
        return read("summarise the passages", () -> folder.store().summary(filter, bins), x -> x.passages() + " passages");
    }

    /** The corpus at a glance: passages, sources, tokens, each layer, and the density histogram. */
    public Response<CorpusStats> stats(int bins) {
        if (bins < 1 || bins > 1000) return Response.failed("a histogram takes 1 to 1000 bins, not " + bins);
        return read("read the corpus's figures", () -> {
            var summary = folder.store().summary(bins);
            synchronized (folder) {
                return CorpusStats.of(folder, summary);
            }
        }, x -> x.passages() + " passages");
    }

    /** The passage with this id, embedding included; a completed response with no value when there is none. */
    public Response<Passage> passage(String id) {
        return read("read passage " + id, () -> folder.store().get(id), p -> p == null ? "no passage " + id : "passage " + id);
    }

    /** One page of a query: full text, nearest passages or all, filtered and sorted, with the number of matches. */
    public Response<org.strata.store.PassagePage> search(PassageQuery query) {
        return read("search the passages", () -> folder.store().search(query), x -> x.rows().size() + " of " + x.total() + " matching passages");
    }

    /**
     * The rows of a query served a page at a time ({@link PassageRows}): counted and the first page read now, the
     * others when asked, by the engine's reader thread.
     */
    public Response<PassageRows> rows(PassageQuery query) {
        return read("list the passages", () -> new PassageRows(folder.store(), query), x -> x.size() + " passages");
    }

    /**
     * Prepares the other sorts of a query in the background, so that a later sort shows at once; it waits
     * {@value PassageRows#WARM_AFTER_MS} ms for the query to stay, and gives way to the next one.
     */
    public void prepareSorts(PassageQuery query) {
        PassageRows.warm(folder.store(), query);
    }

    /**
     * The query of the {@code k} passages nearest in meaning to some words: the words are embedded by the corpus's
     * encoder (opened once for this service, on the CPU).
     */
    public Response<PassageQuery> byMeaning(String words, int k) {
        if (words == null || words.isBlank()) return Response.failed("no words to search by meaning");
        if (k < 1) return Response.failed("a search by meaning takes at least 1 passage, not " + k);
        try {
            float[] v = withEncoder(e -> e.embed(List.of(words))[0]);
            return Response.completed(PassageQuery.nearest(v, k), "the " + k + " passages nearest in meaning");
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed("cannot search by meaning: " + e.getMessage());
        }
    }

    /**
     * Why a passage scored as it did, in lines a person reads: its density and four parts, the signals weakest
     * first, its nearest other passage and the prior's nearest prototypes.
     */
    public Response<List<String>> explain(String id) {
        try {
            List<String> lines = withEncoder(e -> Explanation.of(folder, e, id));
            return Response.completed(lines, "passage " + id);
        } catch (IOException | org.strata.score.EncoderException e) {
            return Response.failed(e.getMessage());
        }
    }

    private interface Read<T> {
        T run() throws IOException;
    }

    private static <T> Response<T> read(String what, Read<T> read, java.util.function.Function<T, String> line) {
        try {
            T value = read.run();
            return Response.completed(value, line.apply(value));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Response.failed("cannot " + what + ": " + e.getMessage());
        }
    }

    private interface EncoderWork<T> {
        T run(org.strata.score.Encoder encoder) throws IOException, org.strata.score.EncoderException;
    }

    private final Object encoderLock = new Object();
    private org.strata.score.Encoder encoder;
    private boolean closed;

    /** Runs work with the corpus's encoder, opened on the CPU at the first use and kept until the service closes. */
    private <T> T withEncoder(EncoderWork<T> work) throws IOException, org.strata.score.EncoderException {
        synchronized (encoderLock) {
            if (closed) throw new IOException("the corpus " + folder.dir() + " is no longer open here");
            if (encoder == null) {
                org.strata.score.Encoder e = Encoders.open(folder, org.strata.score.EncoderSettings.cpu());
                try {
                    Encoders.check(folder, e);
                } catch (IOException | org.strata.score.EncoderException | RuntimeException x) {
                    e.close();
                    throw x;
                }
                encoder = e;
            }
            return work.run(encoder);
        }
    }

    private BulkEdit bulkEdit(PassageChange change) {
        return switch (change) {
            case PassageChange.SetLayer s -> {
                if (s.layer() != null && !s.layer().isEmpty() && Curriculum.layer(folder.corpus(), s.layer()) == null) {
                    throw new IllegalArgumentException("no layer named '" + s.layer() + "'; the layers are " + folder.layerNames());
                }
                yield BulkEdit.setLayer(s.layer());
            }
            case PassageChange.SetStatus s -> BulkEdit.setStatus(s.status());
            case PassageChange.Tag t -> {
                Concept k = Taxonomy.find(folder.corpus(), t.concept());
                if (k == null) throw new IllegalArgumentException("no concept named '" + t.concept() + "'");
                yield BulkEdit.tag(k.getName());
            }
        };
    }

    /**
     * The one commit of a change to model and index, the index's renames made in it; when it fails, the renames are
     * taken back ({@code back}) and the caller takes back its change of the model.
     */
    private Response<Void> commit(String what, Runnable renames, Runnable back) {
        boolean[] renamed = {false};
        try {
            folder.commit(() -> {
                renames.run();
                renamed[0] = true;
            });
            return Response.completed(null, what);
        } catch (IOException | RuntimeException e) {
            if (renamed[0]) back.run();
            return Response.failed("cannot commit the corpus (" + what + "): " + e.getMessage());
        }
    }

    /** The save of a change to the model alone; on failure the caller takes its change back. */
    private Response<Void> save(String what) {
        try {
            folder.save();
            return Response.completed(null, what);
        } catch (IOException e) {
            return Response.failed("cannot commit the corpus (" + what + "): " + e.getMessage());
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Closes the encoder this service opened, and the corpus when the service opened it. */
    @Override
    public void close() throws IOException {
        synchronized (encoderLock) {
            if (encoder != null) encoder.close();
            encoder = null;
            closed = true;
        }
        if (owned) folder.close();
    }
}
