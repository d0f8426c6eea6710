package org.strata.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pack's {@code README.md}: a Hugging Face dataset card whose YAML declares one config per stage (its
 * passages, train and validation) and one per stage's instruction, preference, evaluation and attribute files,
 * so that {@code load_dataset(PACK, "stage_01_concepts")} and the trainers' own loaders find them; then what the
 * stages hold, how they were selected, where they came from, and how to train on them in order.
 */
final class Card {
    private Card() {}

    static String write(PackManifest m) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("pretty_name: ").append(yaml(m.corpus().name())).append('\n');
        Map<String, Long> licenses = m.provenance().licenses();
        y.append("license: ").append(licenses.size() == 1 && !licenses.containsKey("unknown") ? yaml(licenses.keySet().iterator().next()) : "other")
                .append('\n');
        List<String> codes = m.languages().entrySet().stream().filter(e -> !e.getKey().equals("und"))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (!codes.isEmpty()) {
            y.append("language:\n");
            for (String code : codes) y.append("  - ").append(code).append('\n');
        }
        y.append("tags:\n  - strata\n  - curriculum\nconfigs:\n");
        for (PackManifest.StageEntry s : m.stages()) {
            config(y, s.folder(), s, "pretrain.jsonl", "train", "validation.jsonl", "validation");
            config(y, s.folder() + "_sft", s, "sft.jsonl", "train", null, null);
            config(y, s.folder() + "_dpo", s, "dpo.jsonl", "train", null, null);
            config(y, s.folder() + "_eval", s, "eval.jsonl", "test", null, null);
            config(y, s.folder() + "_attributes", s, "attributes.jsonl", "train", null, null);
            config(y, s.folder() + "_memory", s, "memory.jsonl", "train", null, null);
        }
        y.append("---\n\n");
        y.append("# ").append(m.corpus().name()).append("\n\n");
        y.append("A staged corpus made by ").append(m.tool()).append(" from the Strata corpus \"").append(m.corpus().name())
                .append("\" (").append(String.format(Locale.ROOT, "%,d", m.corpus().passages())).append(" passages, state ")
                .append(m.corpus().state(), 0, 12).append("). Each stage is one step of a curriculum, to be trained in order: ")
                .append("concepts first, then logic and structures, strategies, and paradoxes and edge cases.\n\n");
        y.append("| stage | layer | passages | validation | tokens | read | tokens trained | sft | dpo | eval |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (PackManifest.StageEntry s : m.stages()) {
            y.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %s | %,d | %,d | %,d | %,d |%n", s.folder(), s.layer(), s.passages(),
                    s.validationPassages(), s.tokens(), read(s.reading()), s.reading() == null ? s.tokens() : s.reading().trainedTokens(),
                    s.records("sft.jsonl"), s.records("dpo.jsonl"), s.records("eval.jsonl")));
        }
        y.append("\n\"read\" is how a stage is repeated: \"×N\" is N epochs in every trainer config; a token target writes further rounds ")
                .append("of the stage's densest passages after the first into its `pretrain.jsonl`, read once. A small dense core read many ")
                .append("times teaches more than a heap read once.\n");
        y.append("\nTokens are counted with ").append(m.tokenizer()).append(".");
        long all = m.languages().values().stream().mapToLong(Long::longValue).sum();
        if (all > 0) {
            y.append(" Languages, by passages (detected per passage): ");
            y.append(String.join(", ", m.languages().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %,d (%.0f%%)", e.getKey(), e.getValue(), 100.0 * e.getValue() / all)).toList()));
            y.append(". Prompts are written in the language of the text they precede.");
        }
        y.append("\n\n## Selection\n\n");
        PackManifest.SelectionEntry sel = m.selection();
        y.append("- Knowledge scored by the ").append(sel.head()).append("; minimum density ").append(sel.minDensity())
                .append(sel.layerMinDensity().isEmpty() ? "" : " (per layer: " + sel.layerMinDensity() + ")").append(".\n");
        y.append("- Statuses ").append(sel.statuses()).append(sel.excludeDuplicates() ? "; near duplicates left out" : "")
                .append(sel.languages().isEmpty() ? "" : "; languages " + sel.languages())
                .append(sel.concepts().isEmpty() ? "" : "; concepts " + sel.concepts()).append(".\n");
        if (sel.stageTokenBudget() > 0) y.append("- At most ").append(String.format(Locale.ROOT, "%,d", sel.stageTokenBudget())).append(" tokens a stage, densest first.\n");
        y.append("- Validation: ").append(sel.split().validationPercent()).append("% of the sources, by ").append(sel.split().by())
                .append(sel.split().note() == null ? "" : " (" + sel.split().note() + ")").append(".\n");
        y.append("- Decontamination: training passages sharing a ").append(sel.decontamination().ngram())
                .append("-word sequence with one of the ").append(sel.decontamination().evalItems()).append(" held-out items were left out (")
                .append(sel.decontamination().leftOut()).append(").\n\n## Sources and licences\n\n");
        for (Map.Entry<String, Long> e : licenses.entrySet()) y.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append(" sources\n");
        y.append("\nEvery source, its licence and its split are listed in `manifest.json`.\n\n## Training in order\n\n");
        y.append("`dataset_info.json` describes the files for LLaMA-Factory. Each trainer has its configs and a `run.sh` that trains the ")
                .append("stages in order, one LoRA adapter per stage on top of the stages before it:\n\n```sh\n")
                .append("sh trainers/llamafactory/run.sh   # LLaMA-Factory (disable_shuffling: true)\n")
                .append("sh trainers/axolotl/run.sh        # Axolotl (shuffle_merged_datasets: false; merged after each stage)\n")
                .append("sh trainers/trl/run.sh            # TRL (each run starts from the one before)\n```\n\n")
                .append(memory(m))
                .append(conversations(m))
                .append("## The expert's reasons\n\n")
                .append("Every choice the expert explained is in the stage's `sft.jsonl` as a critique: the passages he was shown, which one ")
                .append("is best (or that none is) and why. Every accept or reject verdict he explained is there too, as a judgement of one ")
                .append("passage. Each preference pair in `dpo.jsonl` carries his `rationale` beside it; `dpo_openai.jsonl` holds the same ")
                .append("pairs in OpenAI's preference fine-tuning format.\n\n")
                .append("`strata pack verify` checks every file against `manifest.json`.\n");
        return y.toString();
    }

    /** The retrieval memory's section: what is in it and which encoder made its vectors (none when the pack has no memory). */
    private static String memory(PackManifest m) {
        PackManifest.MemoryEntry e = m.memory();
        if (e == null) return "";
        StringBuilder y = new StringBuilder("## Memory beside the adapters\n\n");
        y.append("Each stage's `memory.jsonl` (and `memory.parquet` when the pack has Parquet) is a retrieval store of its passages, to ")
                .append("pair with the stage's adapter: `id`, `text`, `source`, `title`, `layer`, `concepts`, `density`, `language`, `tokens` ")
                .append("and `embedding`. ").append(String.format(Locale.ROOT, "%,d passages", e.passages()));
        if (e.withoutEmbedding() > 0) y.append(String.format(Locale.ROOT, " (%,d more were never encoded and are left out)", e.withoutEmbedding()));
        y.append(".\n\n- Encoder: ").append(e.encoder()).append(e.hub() == null ? "" : " (Hugging Face `" + e.hub() + "`)").append('\n');
        y.append("- Vectors: ").append(e.dimensions()).append(" dimensions, ").append(e.pooling()).append(" pooling, ").append(e.normalization())
                .append("-normalized: encode a query with the same model and rank by dot product (the cosine).\n")
                .append("- Load it as it is: `datasets.load_dataset(PACK, \"").append(m.stages().get(0).folder())
                .append("_memory\")`, `pandas.read_parquet`, or LanceDB / FAISS over the `embedding` column.\n\n");
        return y.toString();
    }

    /** The conversations' section: how many went into the instructions, and what was left out (none when the corpus has none). */
    private static String conversations(PackManifest m) {
        PackManifest.ConversationsEntry c = m.conversations();
        if (c == null) return "";
        StringBuilder y = new StringBuilder("## Conversations\n\n");
        y.append(String.format(Locale.ROOT, "%,d of the corpus's %,d conversations are in the stages' `sft.jsonl` as %,d multi-turn records ", c.written(),
                c.held(), c.records())).append(String.format(Locale.ROOT, "(%,d exchanges, in their order, cut between exchanges into records of at most %,d tokens; an exchange longer than that is a record of its own)", c.exchanges(),
                ChatRecords.MAX_TOKENS)).append(", each in the stage its answers are mostly placed in.");
        if (!c.leftOut().isEmpty()) {
            y.append(" Left out: ").append(String.join(", ", c.leftOut().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append('.');
        }
        return y.append("\n\n").toString();
    }

    /** How a stage is read, for the table. */
    private static String read(PackManifest.Reading r) {
        if (r == null) return "×1";
        return r.targetTokens() > 0 ? String.format(Locale.ROOT, "to %,d tokens", r.targetTokens()) : "×" + r.epochs();
    }

    private static void config(StringBuilder y, String name, PackManifest.StageEntry s, String file, String split, String second, String split2) {
        long n = s.records(file);
        long n2 = second == null ? 0 : s.records(second);
        if (n == 0 && n2 == 0) return; // a config with no rows fails to load
        y.append("  - config_name: ").append(name).append("\n    data_files:\n");
        if (n > 0) y.append("      - split: ").append(split).append("\n        path: ").append(s.folder()).append('/').append(file).append('\n');
        if (n2 > 0) y.append("      - split: ").append(split2).append("\n        path: ").append(s.folder()).append('/').append(second).append('\n');
    }

    /** A YAML scalar, quoted. */
    private static String yaml(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
