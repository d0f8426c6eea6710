package org.strata.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The record schemas of a pack's files, as the trainers read them: {@code pretrain} (LLaMA-Factory "text" column,
 * Axolotl "completion", TRL language modelling), {@code sft} (the OpenAI/ShareGPT "messages" list of role and
 * content that LLaMA-Factory, Axolotl's chat_template and TRL's SFTTrainer take), {@code dpo} (TRL's and
 * LLaMA-Factory's prompt, chosen, rejected, with the expert's rationale beside them), {@code dpo_openai} (OpenAI's
 * preference fine-tuning: input messages, preferred and non-preferred output), {@code eval}, {@code attributes}
 * (Dolma-style, one per passage) and {@code memory} (a retrieval store: text, provenance, layer, concepts, density and
 * the embedding).
 */
public final class Schemas {
    private static final Map<String, List<String>> KEYS = Map.of(
            "pretrain", List.of("id", "text", "source", "layer", "density"),
            "sft", List.of("messages"),
            "dpo", List.of("prompt", "chosen", "rejected", "rationale"),
            "dpo_openai", List.of("input", "preferred_output", "non_preferred_output"),
            "eval", List.of("id", "kind", "prompt", "answer", "passages"),
            "memory", List.of("id", "text", "source", "title", "layer", "concepts", "density", "language", "tokens", "embedding"),
            "attributes", List.of("id", "source", "layer", "placed", "confidence", "split", "density", "components", "tokens", "language", "status", "cluster", "concepts"));
    private static final Set<String> ROLES = Set.of("system", "user", "assistant");

    private Schemas() {}

    public static Set<String> names() {
        return KEYS.keySet();
    }

    /** What is wrong with a record of a schema, or null when nothing is. */
    public static String check(String schema, JsonObject o) {
        List<String> keys = KEYS.get(schema);
        if (keys == null) return "unknown schema '" + schema + "'";
        boolean older = schema.equals("dpo") && o.keySet().equals(Set.of("prompt", "chosen", "rejected")); // a pack written before rationales
        if (!older && !o.keySet().equals(Set.copyOf(keys))) return "fields " + o.keySet() + ", expected " + keys;
        return switch (schema) {
            case "pretrain" -> first(strings(o, "id", "text", "source", "layer"), numberOrNull(o, "density"),
                    o.get("text").getAsString().isEmpty() ? "empty text" : null);
            case "sft" -> messages(o.get("messages"));
            case "dpo_openai" -> openAi(o);
            case "memory" -> first(strings(o, "id", "text", "source", "title", "layer", "language"), stringArray(o.get("concepts"), "concepts"),
                    numberOrNull(o, "density"), number(o, "tokens"), vector(o.get("embedding")));
            case "dpo" -> first(older ? strings(o, "prompt", "chosen", "rejected") : strings(o, "prompt", "chosen", "rejected", "rationale"),
                    o.get("chosen").isJsonPrimitive() && o.get("chosen").equals(o.get("rejected")) ? "chosen and rejected are the same text" : null);
            case "eval" -> first(strings(o, "id", "kind", "prompt", "answer"), stringArray(o.get("passages"), "passages"));
            case "attributes" -> first(strings(o, "id", "source", "layer", "placed", "split", "language", "status"), numberOrNull(o, "density"),
                    numberOrNull(o, "confidence"), Set.of("expert", "suggested").contains(o.get("placed").getAsString()) ? null
                            : "placed is neither expert nor suggested",
                    number(o, "tokens"), number(o, "cluster"), stringArray(o.get("concepts"), "concepts"), components(o.get("components")),
                    Set.of("train", "validation").contains(o.get("split").getAsString()) ? null : "split is neither train nor validation");
            default -> null;
        };
    }

    /** One user message as input, one assistant message preferred and one not, not the same text. */
    private static String openAi(JsonObject o) {
        JsonElement in = o.get("input");
        if (!in.isJsonObject() || !in.getAsJsonObject().keySet().equals(Set.of("messages"))) return "input is not an object of messages";
        String bad = first(turns(in.getAsJsonObject().get("messages"), "input", "user"), turns(o.get("preferred_output"), "preferred_output", "assistant"),
                turns(o.get("non_preferred_output"), "non_preferred_output", "assistant"));
        if (bad != null) return bad;
        return o.get("preferred_output").equals(o.get("non_preferred_output")) ? "preferred and non-preferred are the same text" : null;
    }

    /** A list of exactly one message of a role. */
    private static String turns(JsonElement e, String name, String role) {
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().size() != 1 || !e.getAsJsonArray().get(0).isJsonObject()) {
            return name + " is not a list of one message";
        }
        JsonObject m = e.getAsJsonArray().get(0).getAsJsonObject();
        if (!m.keySet().equals(Set.of("role", "content")) || strings(m, "role", "content") != null) return name + ": a message is role and content";
        return role.equals(m.get("role").getAsString()) ? null : name + " is " + m.get("role").getAsString() + " where " + role + " was expected";
    }

    /** An embedding: a non-empty list of numbers. */
    private static String vector(JsonElement e) {
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().isEmpty()) return "embedding is not a non-empty list";
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isNumber()) return "embedding holds a value that is not a number";
        }
        return null;
    }

    private static String first(String... problems) {
        for (String p : problems) if (p != null) return p;
        return null;
    }

    private static String strings(JsonObject o, String... keys) {
        for (String k : keys) {
            JsonElement e = o.get(k);
            if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) return k + " is not a string";
        }
        return null;
    }

    private static String number(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? null : k + " is not a number";
    }

    private static String numberOrNull(JsonObject o, String k) {
        return o.get(k).isJsonNull() ? null : number(o, k);
    }

    private static String stringArray(JsonElement e, String name) {
        if (e == null || !e.isJsonArray()) return name + " is not a list";
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) return name + " holds a value that is not a string";
        }
        return null;
    }

    private static String components(JsonElement e) {
        if (e == null || !e.isJsonObject()) return "components is not an object";
        for (Map.Entry<String, JsonElement> c : e.getAsJsonObject().entrySet()) {
            JsonElement v = c.getValue();
            if (!v.isJsonNull() && !(v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber())) return "component " + c.getKey() + " is not a number";
        }
        return null;
    }

    /** A conversation: system first if any, then user and assistant turns in turn, ending with the assistant. */
    private static String messages(JsonElement e) {
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().isEmpty()) return "messages is not a non-empty list";
        JsonArray a = e.getAsJsonArray();
        String expect = "user";
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isJsonObject()) return "message " + i + " is not an object";
            JsonObject m = a.get(i).getAsJsonObject();
            if (!m.keySet().equals(Set.of("role", "content"))) return "message " + i + " has fields " + m.keySet() + ", expected [role, content]";
            String bad = strings(m, "role", "content");
            if (bad != null) return "message " + i + ": " + bad;
            String role = m.get("role").getAsString();
            if (!ROLES.contains(role)) return "message " + i + " has role '" + role + "'";
            if (role.equals("system")) {
                if (i != 0) return "a system message after the first";
                continue;
            }
            if (!role.equals(expect)) return "message " + i + " is " + role + " where " + expect + " was expected";
            expect = role.equals("user") ? "assistant" : "user";
        }
        return expect.equals("user") ? null : "the conversation does not end with the assistant";
    }
}
