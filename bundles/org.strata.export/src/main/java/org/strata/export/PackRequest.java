package org.strata.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.strata.store.PassageStatus;

/**
 * Everything a pack is made from, in plain types (the engine fills it from a corpus; this module knows no EMF):
 * the stages in curriculum order, the selection rules, the verification items, concept definitions and the
 * expert's choices, the sources with their licences, the head that scored the passages, the tokenizer that counts
 * tokens, what the trainer configs name, the recipe, and whether every file is also written as Parquet.
 */
public record PackRequest(String corpusName, String tool, List<Stage> stages, Selection selection, List<EvalItem> verification,
        List<ConceptDef> concepts, List<Choice> choices, List<Verdict> verdicts, Map<String, SourceInfo> sources, HeadFile head, List<String> componentNames,
        String tokenizerName, ToIntFunction<String> tokenizer, Training training, String recipeJson, boolean parquet, Prompts prompts,
        Memory memory, List<Dialogue> dialogues) {

    /** A request with no retrieval memory. */
    public PackRequest(String corpusName, String tool, List<Stage> stages, Selection selection, List<EvalItem> verification,
            List<ConceptDef> concepts, List<Choice> choices, List<Verdict> verdicts, Map<String, SourceInfo> sources, HeadFile head,
            List<String> componentNames, String tokenizerName, ToIntFunction<String> tokenizer, Training training, String recipeJson,
            boolean parquet, Prompts prompts) {
        this(corpusName, tool, stages, selection, verification, concepts, choices, verdicts, sources, head, componentNames, tokenizerName,
                tokenizer, training, recipeJson, parquet, prompts, null, List.of());
    }

    /**
     * A conversation of the corpus (a chat transcript): its source, title and turns in order, each turn a role
     * ("user", "assistant" or "system") and the ids of its passages. The pack writes it as multi-turn instructions.
     */
    public record Dialogue(String source, String title, List<DialogueTurn> turns) {}

    public record DialogueTurn(String role, List<String> passages) {}

    /**
     * A retrieval memory beside each stage ({@code memory.jsonl}, with Parquet when the pack has it): the stage's
     * passages with their embeddings, made by {@code encoder} (its name as the corpus gives it; {@code hub} the Hugging
     * Face id of the same model where there is one, else null), mean-pooled and L2-normalized, so a query encoded by the
     * same model finds its neighbours by dot product.
     */
    public record Memory(String encoder, String hub) {}

    public PackRequest {
        prompts = prompts == null ? Prompts.BUILT_IN : prompts;
        verdicts = verdicts == null ? List.of() : verdicts;
        dialogues = dialogues == null ? List.of() : dialogues;
    }

    /**
     * What the trainer configs name: the base model every stage builds on and LLaMA-Factory's chat template for
     * it (the configs are text; change them there for another model).
     */
    public record Training(String baseModel, String template) {
        public static final Training DEFAULT = new Training("Qwen/Qwen2.5-0.5B", "qwen");
    }

    /** The density components' names as attribute keys ("lexical diversity" becomes "lexical_diversity"). */
    public List<String> attributeKeys() {
        return componentNames.stream().map(n -> n.replace(' ', '_')).toList();
    }

    /**
     * One stage: a layer, its kind ("concepts", "logic", ...) and description, and how it is read: {@code reads}
     * times over (epochs in every trainer config), or, when {@code readTokens} is above 0, until that many tokens are
     * read, the densest passages repeated first (written out as extra rounds of the stage's pretraining file).
     */
    public record Stage(String layer, String kind, String description, int reads, long readTokens) {
        public Stage {
            if (reads < 1) reads = 1;
            if (readTokens < 0) readTokens = 0;
        }

        public Stage(String layer, String kind, String description) {
            this(layer, kind, description, 1, 0);
        }
    }

    /**
     * Which passages go in. {@code minDensity} applies to every stage (a layer's own minimum, when higher, to its
     * stage); unscored passages go in only when it is 0. Empty sets mean any. {@code stageTokenBudget} 0 means no
     * budget; otherwise each stage takes its densest passages until the budget is full. {@code validationPercent}
     * of the sources (by a stable hash of the source) form the validation split. Training passages that share an
     * {@code ngram}-word sequence with a held-out verification item are left out.
     */
    public record Selection(String head, double minDensity, Map<String, Double> layerMinDensity, Set<PassageStatus> statuses,
            Set<String> languages, Set<String> concepts, boolean excludeDuplicates, long stageTokenBudget, int validationPercent,
            int ngram) {

        public static Selection defaults(String head) {
            return new Selection(head, 0, Map.of(), Set.of(PassageStatus.CANDIDATE, PassageStatus.ACCEPTED), Set.of(), Set.of(), true, 0, 5, 8);
        }
    }

    /** A verification item: a check question, a critical-reasoning prompt or an analogy chain, with its answer. */
    public record EvalItem(String layer, String kind, String prompt, String answer, List<String> passages) {}

    /** A concept with its definition and aliases; {@code language} is the definition's (null: not known). */
    public record ConceptDef(String name, String definition, List<String> aliases, String language) {
        public ConceptDef(String name, String definition, List<String> aliases) {
            this(name, definition, aliases, null);
        }
    }

    /** A best-of-2-or-3 choice; {@code chosen} null when none was good enough; {@code rationale} why (null: not said). */
    public record Choice(List<String> candidates, String chosen, String rationale) {}

    /** An accept or reject verdict on one passage, with the expert's reason (null: not said). */
    public record Verdict(String passage, boolean accept, String rationale) {}

    public record SourceInfo(String title, String license, String mediaType) {}

    /**
     * The head in use as ONNX with its metadata JSON, written as {@code head.onnx} beside {@code recipe.json}; null
     * when the prior scored the passages.
     */
    public record HeadFile(String name, byte[] onnx, String metadataJson) {}
}
