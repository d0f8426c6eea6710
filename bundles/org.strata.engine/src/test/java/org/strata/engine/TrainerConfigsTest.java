package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackVerifier;
import org.yaml.snakeyaml.Yaml;

/**
 * The trainer side of a pack read back as the trainers read it: LLaMA-Factory's dataset_info.json (every column
 * it names is in every record of its file), per-stage configs of LLaMA-Factory, Axolotl and TRL in curriculum
 * order with each stage built on the ones before, the dataset card's Hugging Face configs, the recipe and head.
 */
class TrainerConfigsTest {
    @TempDir static Path tmp;
    static Path pack;
    static PackManifest manifest;

    @BeforeAll
    static void export() throws Exception {
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), DefaultEncoder.tokenizer());
        pack = tmp.resolve("pack");
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            manifest = PackExport.run(c, null, PackExport.defaults(c), pack, false, "strata test");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws Exception {
        return (Map<String, Object>) new Yaml().load(Files.readString(pack.resolve(path), StandardCharsets.UTF_8));
    }

    private static List<JsonObject> records(String path) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(pack.resolve(path))) out.add(JsonParser.parseString(l).getAsJsonObject());
        return out;
    }

    /** The commands of a run.sh, in order. */
    private static List<String> commands(String script) throws Exception {
        return Files.readAllLines(pack.resolve(script)).stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ")
                && !l.startsWith("cd ")).toList();
    }

    @Test
    void datasetInfoNamesColumnsThatEveryRecordHas() throws Exception {
        JsonObject info = JsonParser.parseString(Files.readString(pack.resolve("dataset_info.json"))).getAsJsonObject();
        assertFalse(info.isEmpty());
        for (Map.Entry<String, JsonElement> e : info.entrySet()) {
            JsonObject d = e.getValue().getAsJsonObject();
            String file = d.get("file_name").getAsString();
            List<JsonObject> rows = records(file);
            assertFalse(rows.isEmpty(), e.getKey() + ": a dataset LLaMA-Factory can load has rows");
            JsonObject columns = d.getAsJsonObject("columns");
            boolean sharegpt = d.has("formatting") && d.get("formatting").getAsString().equals("sharegpt");
            boolean ranking = d.has("ranking") && d.get("ranking").getAsBoolean();
            if (sharegpt) {
                assertEquals(Set.of("messages"), columns.keySet());
                JsonObject tags = d.getAsJsonObject("tags");
                assertEquals("role", tags.get("role_tag").getAsString());
                assertEquals("content", tags.get("content_tag").getAsString());
                for (JsonObject r : rows) {
                    for (JsonElement m : r.getAsJsonArray("messages")) {
                        String role = m.getAsJsonObject().get("role").getAsString();
                        assertTrue(Set.of(tags.get("user_tag").getAsString(), tags.get("assistant_tag").getAsString(),
                                tags.get("system_tag").getAsString()).contains(role), role);
                    }
                }
            } else if (ranking) {
                assertEquals(Set.of("prompt", "chosen", "rejected"), columns.keySet());
            } else {
                assertEquals(Set.of("prompt"), columns.keySet(), "pre-training takes one text column");
            }
            for (Map.Entry<String, JsonElement> c : columns.entrySet()) {
                String field = c.getValue().getAsString();
                for (JsonObject r : rows) assertTrue(r.has(field), e.getKey() + ": " + field + " missing in " + r);
            }
        }
    }

    @Test
    void llamaFactoryTrainsTheStagesInOrderWithoutShufflingEachOnTheOnesBefore() throws Exception {
        JsonObject info = JsonParser.parseString(Files.readString(pack.resolve("dataset_info.json"))).getAsJsonObject();
        List<String> run = commands("trainers/llamafactory/run.sh");
        assertFalse(run.isEmpty());
        List<String> finished = new ArrayList<>();
        String stage = null, last = null;
        int previousIndex = 0;
        for (String cmd : run) {
            String path = cmd.substring("llamafactory-cli train ".length());
            Map<String, Object> y = yaml(path);
            assertTrue(Set.of("pt", "sft", "dpo").contains(y.get("stage")), path);
            assertEquals(true, y.get("disable_shuffling"));
            assertEquals(".", y.get("dataset_dir"));
            assertEquals("lora", y.get("finetuning_type"));
            assertTrue(info.has((String) y.get("dataset")), y.get("dataset") + " is described in dataset_info.json");
            if (!y.get("stage").equals("pt")) assertNotNull(y.get("template"), path);
            String folder = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('_'));
            int index = Integer.parseInt(folder.substring(6, 8));
            assertTrue(index >= previousIndex, "curriculum order: " + run);
            previousIndex = index;
            List<String> adapters = y.get("adapter_name_or_path") == null ? List.of() : List.of(((String) y.get("adapter_name_or_path")).split(","));
            if (!folder.equals(stage)) {
                if (last != null) finished.add(last);
                assertEquals(finished, adapters, path + ": a new stage builds on every stage before it");
                if (!adapters.isEmpty()) assertEquals(true, y.get("create_new_adapter"), "one adapter per stage");
            } else {
                List<String> expected = new ArrayList<>(finished);
                expected.add(last);
                assertEquals(expected, adapters, path + ": a stage's next step resumes its adapter");
                assertEquals(false, y.get("create_new_adapter"));
            }
            stage = folder;
            last = (String) y.get("output_dir");
        }
    }

    @Test
    void axolotlAndTrlTakeTheFilesAsTheirLoadersDo() throws Exception {
        List<String> axolotl = commands("trainers/axolotl/run.sh");
        String base = null;
        for (String cmd : axolotl) {
            if (!cmd.startsWith("axolotl train ")) continue;
            Map<String, Object> y = yaml(cmd.substring("axolotl train ".length()));
            if (base != null) assertEquals(base, y.get("base_model"), "each stage starts from the merged model before it");
            base = y.get("output_dir") + "/merged";
            assertEquals("lora", y.get("adapter"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> datasets = (List<Map<String, Object>>) y.get("datasets");
            for (Map<String, Object> d : datasets) {
                List<JsonObject> rows = records((String) d.get("path"));
                switch ((String) d.get("type")) {
                    case "completion" -> rows.forEach(r -> assertTrue(r.has((String) d.get("field"))));
                    case "chat_template" -> rows.forEach(r -> assertTrue(r.has((String) d.get("field_messages"))));
                    case "chatml.prompt_pairs" -> {
                        assertEquals("dpo", y.get("rl"));
                        rows.forEach(r -> assertTrue(r.has("prompt") && r.has("chosen") && r.has("rejected")));
                    }
                    default -> throw new AssertionError("unknown Axolotl type " + d.get("type"));
                }
            }
            if (y.get("rl") == null) assertEquals(false, y.get("shuffle_merged_datasets"));
        }

        // TRL loads the pack as a Hugging Face dataset: its configs are in the card
        String card = Files.readString(pack.resolve("README.md"));
        assertTrue(card.startsWith("---\n"));
        @SuppressWarnings("unchecked")
        Map<String, Object> front = (Map<String, Object>) new Yaml().load(card.substring(4, card.indexOf("\n---\n", 4)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> configs = (List<Map<String, Object>>) front.get("configs");
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        for (Map<String, Object> c : configs) {
            byName.put((String) c.get("config_name"), c);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> files = (List<Map<String, Object>>) c.get("data_files");
            for (Map<String, Object> f : files) assertFalse(records((String) f.get("path")).isEmpty(), f.toString());
        }
        for (PackManifest.StageEntry s : manifest.stages()) assertTrue(byName.containsKey(s.folder()), "a config per stage: " + s.folder());
        String model = null;
        for (String cmd : commands("trainers/trl/run.sh")) {
            String[] parts = cmd.split(" ");
            Map<String, Object> y = yaml(parts[3]);
            assertTrue(byName.containsKey((String) y.get("dataset_config")), y.get("dataset_config").toString());
            assertEquals(".", y.get("dataset_name"));
            if (model != null) assertEquals(model, y.get("model_name_or_path"), "each run resumes from the one before");
            model = (String) y.get("output_dir");
            assertEquals(((String) y.get("dataset_config")).endsWith("_dpo") ? "dpo" : "sft", parts[1]);
        }
    }

    @Test
    void theRecipeAndEveryOtherFileAreInTheManifest() throws Exception {
        JsonObject recipe = JsonParser.parseString(Files.readString(pack.resolve("recipe.json"))).getAsJsonObject();
        assertEquals("strata-recipe/2", recipe.get("format").getAsString());
        assertTrue(recipe.has("concepts") && recipe.getAsJsonArray("layers").get(0).getAsJsonObject().get("stage").getAsBoolean(), recipe.toString());
        assertEquals(4, recipe.getAsJsonArray("layers").size());
        assertTrue(recipe.has("weights") && recipe.has("dedup") && recipe.has("selection"), recipe.toString());
        assertEquals("prior", recipe.get("knowledge").getAsString(), "no head trained: the prior");
        assertFalse(Files.exists(pack.resolve("head.onnx")));
        Set<String> extras = new java.util.HashSet<>();
        for (PackManifest.FileEntry f : manifest.files()) extras.add(f.path());
        assertTrue(extras.containsAll(Set.of("README.md", "dataset_info.json", "recipe.json", "trainers/llamafactory/run.sh",
                "trainers/axolotl/run.sh", "trainers/trl/run.sh")), extras.toString());
        assertEquals(List.of(), PackVerifier.verify(pack, null));
        byte[] script = Files.readAllBytes(pack.resolve("trainers/trl/run.sh"));
        try {
            Files.writeString(pack.resolve("trainers/trl/run.sh"), "echo changed\n");
            assertEquals(List.of("trainers/trl/run.sh: sha256 "),
                    PackVerifier.verify(pack, null).stream().map(d -> d.substring(0, d.indexOf("sha256 ") + 7)).toList());
        } finally {
            Files.write(pack.resolve("trainers/trl/run.sh"), script);
        }
    }
}
