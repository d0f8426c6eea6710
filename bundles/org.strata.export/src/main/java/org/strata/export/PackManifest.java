package org.strata.export;

import java.util.List;
import java.util.Map;

/**
 * What a pack holds, as {@code manifest.json} says it: the stages in curriculum order with, for every file, its
 * schema, records, tokens and SHA-256; how the passages were selected and how many each rule left out; where
 * they came from (sources and licences); the tool and the corpus state it was made from; the languages of its
 * passages, measured (ISO 639-1 codes, "und" where no language was detected, with the passages of each).
 */
public record PackManifest(String format, CorpusEntry corpus, String tool, String tokenizer, Map<String, Long> languages,
        SelectionEntry selection, List<StageEntry> stages, List<FileEntry> files, Provenance provenance, long unassigned, MemoryEntry memory,
        ConversationsEntry conversations) {

    /**
     * The corpus's conversations in the stages' instructions, when it has any: how many it holds, how many went in,
     * as how many records of how many exchanges, and what was left out by reason (an exchange, or a whole conversation).
     */
    public record ConversationsEntry(long held, long written, long records, long exchanges, Map<String, Long> leftOut) {}

    /**
     * The retrieval memory beside the stages, when the pack has one: the encoder that made its vectors (and its Hugging
     * Face id, where known), their width, pooling and normalization, the passages it holds and those it lacks for want
     * of an embedding (never scored).
     */
    public record MemoryEntry(String encoder, String hub, int dimensions, String pooling, String normalization, long passages,
            long withoutEmbedding) {}

    /** The corpus: its name, passages, and a SHA-256 over every passage's id, layer, status, density and cluster. */
    public record CorpusEntry(String name, long passages, String state) {}

    public record SelectionEntry(String head, double minDensity, Map<String, Double> layerMinDensity, List<String> statuses,
            List<String> languages, List<String> concepts, boolean excludeDuplicates, long stageTokenBudget, Split split,
            Decontamination decontamination) {}

    /** The train/validation split: by source, the sources held out, or why none were. */
    public record Split(String by, int validationPercent, List<String> validationSources, String note) {}

    public record Decontamination(int ngram, int evalItems, long leftOut) {}

    public record StageEntry(int index, String layer, String kind, String folder, String description, long passages,
            long validationPassages, long tokens, Map<String, Long> languages, Map<String, Long> excluded, long preferencePairs,
            Reading reading, List<FileEntry> files) {

        /** The records of one of the stage's files by its name ("sft.jsonl"); 0 when there is none. */
        public long records(String file) {
            return files.stream().filter(f -> f.path().equals(folder + "/" + file)).mapToLong(FileEntry::records).sum();
        }
    }

    /**
     * How a stage is read in training: {@code epochs} in every trainer config, the token target its pretraining file
     * was written to (0: none; extra rounds of its densest passages then follow the first), and the pretraining tokens
     * training reads (the file's tokens times the epochs).
     */
    public record Reading(int epochs, long targetTokens, long trainedTokens) {}

    public record FileEntry(String path, String schema, long records, long tokens, String sha256) {}

    public record Provenance(List<SourceEntry> sources, Map<String, Long> licenses) {}

    public record SourceEntry(String uri, String title, String license, long passages, String split) {}

    /** The schemas of the files beside the stages: checked by hash only. */
    public static final java.util.Set<String> WHOLE = java.util.Set.of("card", "dataset_info", "trainer", "recipe", "head");

    /** Every record in the pack's files. */
    public long records() {
        return stages.stream().flatMap(s -> s.files().stream()).mapToLong(FileEntry::records).sum();
    }
}
