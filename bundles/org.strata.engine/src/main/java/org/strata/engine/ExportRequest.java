package org.strata.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.strata.export.PackRequest;
import org.strata.store.PassageStatus;

/**
 * What a pack holds and how it is cut, for {@link CorpusService#exportPack} and {@link CorpusService#previewPack}:
 * the stages (layers, null for every layer), the passages taken (a minimum density, statuses, languages and
 * concepts, near duplicates or not), a token budget per stage filled densest first (0: none), the share of sources
 * held out for validation, the n-gram that leaves a passage overlapping a held-out item out, the model and chat
 * template the trainer configs name, whether Parquet files are written beside the JSONL, and whether each stage has a
 * retrieval memory (its passages with their embeddings). Immutable: the
 * {@code with} methods give a changed copy.
 */
public record ExportRequest(List<String> layers, double minDensity, Set<PassageStatus> statuses, Set<String> languages,
        Set<String> concepts, boolean keepDuplicates, long stageTokenBudget, int validationPercent, int ngram, String baseModel,
        String template, boolean parquet, boolean memory) {

    public ExportRequest {
        layers = layers == null ? null : List.copyOf(layers);
        statuses = Set.copyOf(statuses);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        concepts = concepts == null ? Set.of() : Set.copyOf(concepts);
    }

    /** Every layer, candidates and accepted passages, duplicates out, 5% of sources held out, 8-grams, Qwen2.5-0.5B, no Parquet. */
    public static ExportRequest defaults() {
        PackRequest.Selection d = PackRequest.Selection.defaults(null);
        return new ExportRequest(null, d.minDensity(), d.statuses(), d.languages(), d.concepts(), !d.excludeDuplicates(), d.stageTokenBudget(),
                d.validationPercent(), d.ngram(), PackRequest.Training.DEFAULT.baseModel(), PackRequest.Training.DEFAULT.template(), false, false);
    }

    /** Why this request cannot be served, in the words of its options; null when it can. */
    public String refusal() {
        if (validationPercent < 0 || validationPercent > 50) return "the validation share takes 0 to 50 percent, not " + validationPercent;
        if (ngram < 3) return "the decontamination n-gram takes at least 3 words, not " + ngram;
        // a density is in [0, 1]: a minimum above 1 would write a pack of empty stages without a word
        if (minDensity < 0 || minDensity > 1 || Double.isNaN(minDensity)) {
            return String.format(Locale.ROOT, "the minimum density takes 0 to 1, not %s", minDensity);
        }
        if (stageTokenBudget < 0) return "the stage token budget takes a number of tokens (0: no budget), not " + stageTokenBudget;
        if (statuses.isEmpty()) return "no passage status is selected, so every stage would be empty";
        if (baseModel == null || baseModel.isBlank()) return "the trainer configs need a base model";
        if (template == null || template.isBlank()) return "the trainer configs need a chat template";
        return null;
    }

    public ExportRequest withLayers(List<String> l) {
        return new ExportRequest(l, minDensity, statuses, languages, concepts, keepDuplicates, stageTokenBudget, validationPercent, ngram,
                baseModel, template, parquet, memory);
    }

    public ExportRequest withSelection(double min, Set<PassageStatus> st, Set<String> langs, Set<String> tags, boolean keepDups) {
        return new ExportRequest(layers, min, st, langs, tags, keepDups, stageTokenBudget, validationPercent, ngram, baseModel, template,
                parquet, memory);
    }

    public ExportRequest withBudget(long tokensPerStage) {
        return new ExportRequest(layers, minDensity, statuses, languages, concepts, keepDuplicates, tokensPerStage, validationPercent, ngram,
                baseModel, template, parquet, memory);
    }

    public ExportRequest withSplit(int validation, int n) {
        return new ExportRequest(layers, minDensity, statuses, languages, concepts, keepDuplicates, stageTokenBudget, validation, n,
                baseModel, template, parquet, memory);
    }

    public ExportRequest withTraining(String model, String chatTemplate) {
        return new ExportRequest(layers, minDensity, statuses, languages, concepts, keepDuplicates, stageTokenBudget, validationPercent, ngram,
                model, chatTemplate, parquet, memory);
    }

    /** The writer's selection, with the head that scores the corpus now. */
    PackRequest.Selection selection(String head) {
        return new PackRequest.Selection(head, minDensity, java.util.Map.of(), statuses, languages, concepts, !keepDuplicates, stageTokenBudget,
                validationPercent, ngram);
    }

    PackRequest.Training training() {
        return new PackRequest.Training(baseModel, template);
    }

    public ExportRequest withParquet(boolean p) {
        return new ExportRequest(layers, minDensity, statuses, languages, concepts, keepDuplicates, stageTokenBudget, validationPercent, ngram,
                baseModel, template, p, memory);
    }

    public ExportRequest withMemory(boolean m) {
        return new ExportRequest(layers, minDensity, statuses, languages, concepts, keepDuplicates, stageTokenBudget, validationPercent, ngram,
                baseModel, template, parquet, m);
    }
}
