package org.strata.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * The trainer side of a pack: LLaMA-Factory's {@code dataset_info.json}, and per stage the configs of
 * LLaMA-Factory, Axolotl and TRL with a {@code run.sh} each that trains the stages in curriculum order, one LoRA
 * adapter per stage on top of the stages before it. Field names are those the trainers document: LLaMA-Factory
 * "columns"/"tags"/"ranking" and {@code stage: pt|sft|dpo}, Axolotl {@code type: completion|chat_template}
 * and {@code rl: dpo} with {@code chatml.prompt_pairs}, TRL {@code dataset_name}/{@code dataset_config} over
 * the pack's own Hugging Face configs (see {@link Card}).
 */
final class Trainers {
    /**
     * One training step of a stage: continued pretraining, instructions, or preferences, read {@code epochs} times
     * (the stage's reads for pretraining and instructions; preferences once, as more epochs of DPO overfit).
     */
    record Step(String stage, String folder, String kind, String file, long records, int epochs) {}

    private Trainers() {}

    /** The steps of every stage in order, leaving out empty files. */
    static List<Step> steps(List<PackManifest.StageEntry> stages) {
        List<Step> out = new ArrayList<>();
        for (PackManifest.StageEntry s : stages) {
            for (PackManifest.FileEntry f : s.files()) {
                String kind = switch (f.path().substring(f.path().indexOf('/') + 1)) {
                    case "pretrain.jsonl" -> "pt";
                    case "sft.jsonl" -> "sft";
                    case "dpo.jsonl" -> "dpo";
                    default -> null;
                };
                int epochs = kind == null || kind.equals("dpo") || s.reading() == null ? 1 : s.reading().epochs();
                if (kind != null && f.records() > 0) out.add(new Step(s.layer(), s.folder(), kind, f.path(), f.records(), epochs));
            }
        }
        return out;
    }

    /** Writes every trainer file; returns their paths relative to the pack, in a fixed order. */
    static List<String> write(Path dir, List<PackManifest.StageEntry> stages, String baseModel, String template) throws IOException {
        List<Step> steps = steps(stages);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("dataset_info.json", PackWriter.PRETTY.toJson(datasetInfo(stages)) + "\n");
        llamaFactory(files, steps, baseModel, template);
        axolotl(files, stages, baseModel);
        trl(files, steps, baseModel);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            if (p.toString().endsWith(".sh")) p.toFile().setExecutable(true, false);
        }
        return List.copyOf(files.keySet());
    }

    /** LLaMA-Factory's dataset descriptions, one per non-empty file (a dataset with no rows fails to load there). */
    static JsonObject datasetInfo(List<PackManifest.StageEntry> stages) {
        JsonObject info = new JsonObject();
        for (PackManifest.StageEntry s : stages) {
            for (PackManifest.FileEntry f : s.files()) {
                if (f.records() == 0) continue;
                String name = f.path().substring(f.path().indexOf('/') + 1).replace(".jsonl", "");
                JsonObject d = new JsonObject();
                d.addProperty("file_name", f.path());
                JsonObject columns = new JsonObject();
                switch (name) {
                    case "pretrain", "validation" -> columns.addProperty("prompt", "text");
                    case "sft" -> {
                        d.addProperty("formatting", "sharegpt");
                        columns.addProperty("messages", "messages");
                        JsonObject tags = new JsonObject();
                        tags.addProperty("role_tag", "role");
                        tags.addProperty("content_tag", "content");
                        tags.addProperty("user_tag", "user");
                        tags.addProperty("assistant_tag", "assistant");
                        tags.addProperty("system_tag", "system");
                        d.add("tags", tags);
                    }
                    case "dpo" -> {
                        d.addProperty("ranking", true);
                        columns.addProperty("prompt", "prompt");
                        columns.addProperty("chosen", "chosen");
                        columns.addProperty("rejected", "rejected");
                    }
                    default -> {
                        continue;
                    }
                }
                d.add("columns", columns);
                info.add("strata_" + s.folder() + "_" + name, d);
            }
        }
        return info;
    }

    private static void llamaFactory(Map<String, String> files, List<Step> steps, String baseModel, String template) {
        StringBuilder run = script("LLaMA-Factory", "llamafactory-cli train");
        List<String> merged = new ArrayList<>();
        String previousStage = null, previousOut = null;
        for (Step s : steps) {
            String name = s.folder() + "_" + s.kind();
            String out = "saves/" + name;
            StringBuilder y = new StringBuilder();
            y.append("# ").append(s.kind()).append(" step of ").append(s.folder()).append(", written by Strata: run the steps in order (run.sh)\n");
            y.append("model_name_or_path: ").append(baseModel).append('\n');
            if (!s.folder().equals(previousStage) && previousOut != null) merged.add(previousOut);
            List<String> adapters = new ArrayList<>(merged);
            boolean resume = s.folder().equals(previousStage);
            if (resume) adapters.add(previousOut);
            if (!adapters.isEmpty()) {
                // the stages before are merged into the model; a stage's later steps resume its own adapter
                y.append("adapter_name_or_path: ").append(String.join(",", adapters)).append('\n');
                y.append("create_new_adapter: ").append(!resume).append('\n');
            }
            y.append("stage: ").append(s.kind()).append('\n');
            y.append("do_train: true\nfinetuning_type: lora\nlora_rank: 16\nlora_target: all\n");
            if (s.kind().equals("dpo")) y.append("pref_beta: 0.1\npref_loss: sigmoid\n");
            y.append("dataset_dir: .\ndataset: strata_").append(s.folder()).append('_').append(s.kind().equals("pt") ? "pretrain" : s.kind()).append('\n');
            if (!s.kind().equals("pt")) y.append("template: ").append(template).append('\n');
            y.append("cutoff_len: 2048\ndisable_shuffling: true\npreprocessing_num_workers: 4\n");
            y.append("output_dir: ").append(out).append("\noverwrite_output_dir: true\nlogging_steps: 10\nsave_steps: 500\n");
            y.append("per_device_train_batch_size: 1\ngradient_accumulation_steps: 8\nlearning_rate: ")
                    .append(s.kind().equals("dpo") ? "5.0e-6" : "1.0e-4").append("\nnum_train_epochs: ").append(s.epochs()).append(".0\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\nbf16: true\n");
            files.put("trainers/llamafactory/" + name + ".yaml", y.toString());
            run.append("llamafactory-cli train trainers/llamafactory/").append(name).append(".yaml\n");
            previousStage = s.folder();
            previousOut = out;
        }
        files.put("trainers/llamafactory/run.sh", run.toString());
    }

    private static void axolotl(Map<String, String> files, List<PackManifest.StageEntry> stages, String baseModel) {
        StringBuilder run = script("Axolotl", "axolotl");
        String base = baseModel;
        for (PackManifest.StageEntry s : stages) {
            long pretrain = s.records("pretrain.jsonl"), sft = s.records("sft.jsonl"), dpo = s.records("dpo.jsonl");
            if (pretrain + sft + dpo == 0) continue;
            String out = "./outputs/" + s.folder();
            if (pretrain + sft > 0) {
                StringBuilder y = header(s, base, out);
                y.append("datasets:\n");
                if (pretrain > 0) y.append("  - path: ").append(s.folder()).append("/pretrain.jsonl\n    ds_type: json\n    type: completion\n    field: text\n");
                if (sft > 0) y.append("  - path: ").append(s.folder()).append("/sft.jsonl\n    ds_type: json\n    type: chat_template\n    field_messages: messages\n");
                y.append("shuffle_merged_datasets: false\nnum_epochs: ").append(s.reading() == null ? 1 : s.reading().epochs()).append("\nlearning_rate: 0.0001\n");
                files.put("trainers/axolotl/" + s.folder() + ".yaml", y.toString());
                run.append("axolotl train trainers/axolotl/").append(s.folder()).append(".yaml\n");
                run.append("axolotl merge-lora trainers/axolotl/").append(s.folder()).append(".yaml\n");
                base = out + "/merged";
            }
            if (dpo > 0) {
                String dpoOut = out + "-dpo";
                StringBuilder y = header(s, base, dpoOut);
                y.append("rl: dpo\ndatasets:\n  - path: ").append(s.folder()).append("/dpo.jsonl\n    ds_type: json\n    split: train\n    type: chatml.prompt_pairs\n");
                y.append("num_epochs: 1\nlearning_rate: 0.000005\n");
                files.put("trainers/axolotl/" + s.folder() + "_dpo.yaml", y.toString());
                run.append("axolotl train trainers/axolotl/").append(s.folder()).append("_dpo.yaml\n");
                run.append("axolotl merge-lora trainers/axolotl/").append(s.folder()).append("_dpo.yaml\n");
                base = dpoOut + "/merged";
            }
        }
        files.put("trainers/axolotl/run.sh", run.toString());
    }

    private static StringBuilder header(PackManifest.StageEntry s, String base, String out) {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(s.folder()).append(", written by Strata: one LoRA adapter for this stage, trained on the model the stages\n")
                .append("# before it left (merged), in order (run.sh)\n");
        y.append("base_model: ").append(base).append('\n');
        y.append("adapter: lora\nlora_r: 16\nlora_alpha: 32\nlora_dropout: 0.05\nlora_target_linear: true\n");
        y.append("sequence_len: 2048\nmicro_batch_size: 1\ngradient_accumulation_steps: 8\noptimizer: adamw_torch\nlr_scheduler: cosine\nbf16: auto\n");
        y.append("output_dir: ").append(out).append('\n');
        return y;
    }

    private static void trl(Map<String, String> files, List<Step> steps, String baseModel) {
        StringBuilder run = script("TRL", "trl");
        String model = baseModel;
        for (Step s : steps) {
            String name = s.folder() + "_" + s.kind();
            String out = "trl-output/" + name;
            StringBuilder y = new StringBuilder();
            y.append("# ").append(s.kind()).append(" step of ").append(s.folder()).append(", written by Strata: each run starts from the one before (run.sh)\n");
            y.append("model_name_or_path: ").append(model).append('\n');
            y.append("dataset_name: .\ndataset_config: ").append(s.kind().equals("pt") ? s.folder() : s.folder() + "_" + s.kind()).append('\n');
            if (s.kind().equals("pt")) y.append("dataset_text_field: text\n");
            y.append("use_peft: true\nlora_r: 16\nlora_alpha: 32\nlora_target_modules: all-linear\n");
            y.append("learning_rate: ").append(s.kind().equals("dpo") ? "5.0e-6" : "1.0e-4").append("\nnum_train_epochs: ").append(s.epochs()).append("\nper_device_train_batch_size: 1\ngradient_accumulation_steps: 8\n");
            y.append("output_dir: ").append(out).append("\nreport_to: none\n");
            files.put("trainers/trl/" + name + ".yaml", y.toString());
            run.append("trl ").append(s.kind().equals("dpo") ? "dpo" : "sft").append(" --config trainers/trl/").append(name).append(".yaml\n");
            model = out;
        }
        files.put("trainers/trl/run.sh", run.toString());
    }

    private static StringBuilder script(String trainer, String command) {
        return new StringBuilder("#!/bin/sh\n# Trains the pack's stages in curriculum order with ").append(trainer)
                .append(" (").append(command).append(" must be on the PATH).\n# Run from the pack's folder: sh trainers/")
                .append(trainer.toLowerCase(java.util.Locale.ROOT).replace("-", "")).append("/run.sh\nset -e\ncd \"$(dirname \"$0\")/../..\"\n");
    }
}
