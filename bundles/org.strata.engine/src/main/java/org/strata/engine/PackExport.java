package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strata.export.PackManifest;
import org.strata.export.PackRequest;
import org.strata.export.PackWriter;
import org.strata.export.StagePreview;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.Source;
import org.strata.model.corpus.Verdict;
import org.strata.model.corpus.VerificationItem;
import org.strata.score.Components;
import org.strata.score.EncoderException;
import org.strata.score.Tokenizer;

/**
 * Exports a corpus as a staged pack: gathers the layers (the stages, in curriculum order), verification items,
 * concept definitions, the expert's choices and the sources' licences from the corpus model, and hands them with
 * the selection to the pack writer. Tokens are counted with the tokenizer of the corpus's encoder, which counted the passages.
 */
public final class PackExport {
    private PackExport() {}

    /** The selection a plain export uses: candidates and accepted passages, duplicates out, 5% of sources held out. */
    public static PackRequest.Selection defaults(CorpusFolder corpus) {
        return PackRequest.Selection.defaults(Knowledge.describe(corpus));
    }

    /**
     * Writes the pack of the given stages (null: every layer) with a selection, into {@code out} (refused when it
     * is a non-empty folder, unless {@code replace}).
     */
    public static PackManifest run(CorpusFolder corpus, List<String> layers, PackRequest.Selection selection, Path out, boolean replace,
            String tool) throws IOException {
        return run(corpus, layers, selection, PackRequest.Training.DEFAULT, out, replace, tool);
    }

    /** As above, with the base model and chat template the trainer configs name. */
    public static PackManifest run(CorpusFolder corpus, List<String> layers, PackRequest.Selection selection, PackRequest.Training training,
            Path out, boolean replace, String tool) throws IOException {
        return run(corpus, layers, selection, training, false, out, replace, tool);
    }

    /** As above; {@code parquet} writes every file of every stage also as Parquet. */
    public static PackManifest run(CorpusFolder corpus, List<String> layers, PackRequest.Selection selection, PackRequest.Training training,
            boolean parquet, Path out, boolean replace, String tool) throws IOException {
        return new PackWriter().write(corpus.store(), request(corpus, layers, selection, training, parquet, false, tool), out, replace);
    }

    /**
     * Writes the pack a request describes into {@code out}, telling {@code watch} how far it is; the corpus model is
     * read under the folder's monitor (a consistent request), the passages from one point-in-time view of the index.
     */
    static PackManifest run(CorpusFolder corpus, ExportRequest r, Path out, boolean replace, String tool, PackWriter.Watch watch)
            throws IOException {
        PackRequest request;
        synchronized (corpus) {
            request = request(corpus, r.layers(), r.selection(defaults(corpus).head()), r.training(), r.parquet(), r.memory(), tool);
        }
        return new PackWriter().write(corpus.store(), request, out, replace, watch);
    }

    /** What the pack of a request would hold, stage by stage, without writing it. */
    static List<StagePreview> preview(CorpusFolder corpus, ExportRequest r) throws IOException {
        PackRequest request;
        synchronized (corpus) {
            request = request(corpus, r.layers(), r.selection(defaults(corpus).head()), PackRequest.Training.DEFAULT, false, false, "preview");
        }
        return new PackWriter().preview(corpus.store(), request);
    }

    private static PackRequest request(CorpusFolder corpus, List<String> layers, PackRequest.Selection selection, PackRequest.Training training,
            boolean parquet, boolean memory, String tool) throws IOException {
        Tokenizer tokenizer;
        String tokenizerName;
        try {
            tokenizer = Encoders.tokenizer(corpus);
            tokenizerName = Encoders.tokenizerName(corpus);
        } catch (EncoderException e) {
            throw new IOException("the tokenizer cannot be loaded: " + e.getMessage(), e);
        }
        List<PackRequest.Stage> stages = new ArrayList<>();
        Map<String, Double> layerMin = new HashMap<>(selection.layerMinDensity());
        for (String name : corpus.layerNames()) {
            if (layers != null && !layers.contains(name)) continue;
            Layer l = layer(corpus, name);
            stages.add(new PackRequest.Stage(name, l.getKind() == null ? "custom" : l.getKind().getLiteral(), l.getDescription(), l.getReads(),
                    l.getReadTokens()));
            if (l.getMinDensity() > 0) layerMin.merge(name, l.getMinDensity(), Math::max);
        }
        if (layers != null) {
            for (String name : layers) {
                if (!corpus.layerNames().contains(name)) throw new IllegalArgumentException("no layer '" + name + "' in the corpus; its layers: " + corpus.layerNames());
            }
        }
        if (stages.isEmpty()) throw new IOException(corpus.dir() + ": the corpus has no layers to export as stages");
        PackRequest.Selection sel = new PackRequest.Selection(selection.head(), selection.minDensity(), layerMin, selection.statuses(),
                selection.languages(), selection.concepts(), selection.excludeDuplicates(), selection.stageTokenBudget(),
                selection.validationPercent(), selection.ngram());
        PackRequest request = new PackRequest(corpus.corpus().getName(), tool, stages, sel, verification(corpus), DomainTexts.concepts(corpus.corpus()),
                choices(corpus), verdicts(corpus), sources(corpus), Recipe.head(corpus), Components.NAMES, tokenizerName, tokenizer::count,
                training, Recipe.json(corpus, sel, layers, new Heads(corpus).current(), verification(corpus), choices(corpus), verdicts(corpus)), parquet,
                ExportPrompts.of(corpus.corpus()), memory ? memory(corpus) : null, dialogues(corpus));
        return request;
    }

    /** The corpus's conversations whose sources it still holds, in source order, for the pack's multi-turn instructions. */
    static List<PackRequest.Dialogue> dialogues(CorpusFolder corpus) throws IOException {
        List<PackRequest.Dialogue> out = new ArrayList<>();
        for (Map.Entry<String, Dialogues.Dialogue> e : Dialogues.load(corpus).all().entrySet()) {
            if (corpus.source(e.getKey()) == null) continue;
            List<PackRequest.DialogueTurn> turns = new ArrayList<>();
            for (Dialogues.Turn t : e.getValue().turns()) turns.add(new PackRequest.DialogueTurn(t.role(), List.copyOf(t.passages())));
            out.add(new PackRequest.Dialogue(e.getKey(), e.getValue().title(), turns));
        }
        return out;
    }

    /** The retrieval memory's encoder: the one that made the stored embeddings, with the Hugging Face id of the shipped one. */
    private static PackRequest.Memory memory(CorpusFolder corpus) throws IOException {
        String made = Encoders.stored(corpus);
        String name = made != null ? made : Encoders.name(corpus);
        return new PackRequest.Memory(name, Encoders.sameModel(name, Encoders.SHIPPED) ? MINILM_HUB : null);
    }

    /** The shipped encoder on the Hugging Face Hub (sentence-transformers), whose mean-pooled, normalized vectors the corpus holds. */
    static final String MINILM_HUB = "sentence-transformers/all-MiniLM-L6-v2";

    private static Layer layer(CorpusFolder corpus, String name) {
        for (Layer l : corpus.corpus().getLayers()) if (l.getName().equals(name)) return l;
        throw new IllegalStateException(name);
    }

    static List<PackRequest.EvalItem> verification(CorpusFolder corpus) {
        List<PackRequest.EvalItem> out = new ArrayList<>();
        for (VerificationItem v : corpus.corpus().getVerificationItems()) {
            if (v.isDraft() || v.getLayer() == null || v.getPrompt() == null || v.getPrompt().isBlank()) continue; // a draft the expert has not accepted
            out.add(new PackRequest.EvalItem(v.getLayer().getName(), v.getKind().getLiteral(), v.getPrompt().strip(),
                    v.getExpectedAnswer() == null ? null : v.getExpectedAnswer().strip(), List.copyOf(v.getPassages())));
        }
        return out;
    }


    static List<PackRequest.Choice> choices(CorpusFolder corpus) {
        List<PackRequest.Choice> out = new ArrayList<>();
        for (Judgment j : corpus.corpus().getJudgments()) {
            if (j.getVerdict() == Verdict.CHOICE && j.getCandidates().size() >= 2) {
                out.add(new PackRequest.Choice(List.copyOf(j.getCandidates()), j.getChosen(), j.getRationale()));
            }
        }
        return out;
    }

    /** The expert's accept and reject verdicts that say why: the pack teaches from their reasons. */
    static List<PackRequest.Verdict> verdicts(CorpusFolder corpus) {
        // the latest verdict on a passage is the expert's word on it: one accepted, then rejected, teaches "no" only
        java.util.LinkedHashMap<String, Judgment> latest = new java.util.LinkedHashMap<>();
        for (Judgment j : corpus.corpus().getJudgments()) {
            if ((j.getVerdict() == Verdict.ACCEPT || j.getVerdict() == Verdict.REJECT) && j.getCandidates().size() == 1) {
                latest.remove(j.getCandidates().get(0));
                latest.put(j.getCandidates().get(0), j);
            }
        }
        List<PackRequest.Verdict> out = new ArrayList<>();
        for (Judgment j : latest.values()) {
            if (j.getRationale() != null && !j.getRationale().isBlank()) {
                out.add(new PackRequest.Verdict(j.getCandidates().get(0), j.getVerdict() == Verdict.ACCEPT, j.getRationale()));
            }
        }
        return out;
    }

    private static Map<String, PackRequest.SourceInfo> sources(CorpusFolder corpus) {
        Map<String, PackRequest.SourceInfo> out = new HashMap<>();
        for (Source s : corpus.corpus().getSources()) out.put(s.getUri(), new PackRequest.SourceInfo(s.getTitle(), s.getLicense(), s.getMediaType()));
        return out;
    }
}
