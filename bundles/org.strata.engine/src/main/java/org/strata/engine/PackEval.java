package org.strata.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Did the pack teach? The answers of a model to a pack's eval items (each stage's {@code eval.jsonl}), from a file
 * of one {@code {"id": ..., "answer": ...}} a line or asked of an OpenAI-compatible server, scored against each
 * item's reference answer ({@link AnswerScore}: which facts it hit or missed), per stage and per kind of item, with
 * a baseline's answers side by side. Whatever is wrong with one answer (a line that is not JSON, an id the pack does
 * not hold, an item with no answer, a server that timed out or answered garbage) is said for that item; the rest are
 * scored.
 */
public final class PackEval {
    /** An eval item of the pack: its id, stage (1-based) and layer, kind, prompt and reference answer. */
    public record Item(String id, int stage, String layer, String kind, String prompt, String reference) {}

    /** One item's answer and its score; {@code problem} says why it has none (then the score is NaN). */
    public record Answered(Item item, String answer, AnswerScore.Scored scored, String problem) {
        public double score() {
            return scored == null ? Double.NaN : scored.score();
        }
    }

    /** The answers of one model: every item's, and what was wrong with the answers given beside the items. */
    public record Run(String name, List<Answered> answers, List<String> problems) {
        /** The mean score of the items scored in a group (null: every item), and how many were scored. */
        public double[] mean(java.util.function.Predicate<Item> in) {
            double sum = 0;
            int n = 0;
            for (Answered a : answers) {
                if (!in.test(a.item()) || Double.isNaN(a.score())) continue;
                sum += a.score();
                n++;
            }
            return new double[] {n == 0 ? Double.NaN : sum / n, n};
        }
    }

    private PackEval() {}

    /** The eval items of a pack, stage by stage in curriculum order. */
    public static List<Item> items(Path pack) throws IOException {
        Path manifest = pack.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) throw new IOException(pack + " is not a Strata pack (no manifest.json in it)");
        JsonObject m;
        try {
            m = JsonParser.parseString(Files.readString(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(manifest + " is damaged: " + e.getMessage(), e);
        }
        List<Item> out = new ArrayList<>();
        try {
            for (JsonElement s : m.getAsJsonArray("stages")) {
                JsonObject st = s.getAsJsonObject();
                Path eval = pack.resolve(st.get("folder").getAsString()).resolve("eval.jsonl");
                if (!Files.isRegularFile(eval)) continue;
                int n = 0;
                for (String line : Files.readAllLines(eval, StandardCharsets.UTF_8)) {
                    n++;
                    if (line.isBlank()) continue;
                    try {
                        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                        out.add(new Item(o.get("id").getAsString(), st.get("index").getAsInt(), st.get("layer").getAsString(), o.get("kind").getAsString(),
                                o.get("prompt").getAsString(), o.get("answer").getAsString()));
                    } catch (RuntimeException e) {
                        throw new IOException(eval + " line " + n + " is not an eval item (strata pack verify " + pack + " says what else differs)", e);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(manifest + " is damaged: " + e.getMessage(), e);
        }
        return out;
    }

    /** The keys an answer may be under, as evaluation tools write them. */
    private static final List<String> ANSWER_KEYS = List.of("answer", "response", "output", "completion", "text");

    /** Scores the answers of a file against the items. */
    public static Run fromFile(List<Item> items, Path answers, String name) throws IOException {
        Map<String, Item> byId = new LinkedHashMap<>();
        for (Item i : items) byId.put(i.id(), i);
        Map<String, String> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(answers, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) continue;
                String where = answers.getFileName() + " line " + n + ": ";
                JsonObject o;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    o = e.isJsonObject() ? e.getAsJsonObject() : null;
                } catch (JsonParseException e) {
                    o = null;
                }
                String id = o == null ? null : string(o, "id");
                String answer = null;
                if (o != null) for (String k : ANSWER_KEYS) if (answer == null) answer = string(o, k);
                if (id == null || answer == null) {
                    problems.add(where + "not a JSON object with an id and an answer");
                } else if (!byId.containsKey(id)) {
                    problems.add(where + id + " is not an item of the pack");
                } else if (given.putIfAbsent(id, answer) != null) {
                    problems.add(where + "a second answer to " + id + ", the first kept");
                }
            }
        }
        List<Answered> out = new ArrayList<>();
        for (Item i : items) out.add(score(i, given.get(i.id()), given.containsKey(i.id()) ? null : "no answer"));
        return new Run(name, out, problems);
    }

    /** Asks a server every item, one at a time, telling {@code each} of every answer; a server that cannot be reached stops it. */
    public static Run fromEndpoint(List<Item> items, ChatEndpoint endpoint, String name, Consumer<Answered> each) throws ChatEndpoint.Unreachable {
        List<Answered> out = new ArrayList<>();
        for (Item i : items) {
            Answered a;
            try {
                a = score(i, endpoint.ask(i.prompt()), null);
            } catch (ChatEndpoint.Unreachable e) {
                throw e;
            } catch (IOException e) {
                a = score(i, null, e.getMessage());
            }
            out.add(a);
            each.accept(a);
        }
        return new Run(name, out, List.of());
    }

    private static Answered score(Item i, String answer, String problem) {
        if (problem != null) return new Answered(i, null, null, problem);
        if (i.reference() == null || i.reference().isBlank()) return new Answered(i, answer, null, "no reference answer to score against");
        AnswerScore.Scored s = AnswerScore.of(answer, i.reference());
        return new Answered(i, answer, s, Double.isNaN(s.score()) ? "no reference fact to score against" : null);
    }

    private static String string(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** Writes the answers of a run as a file {@link #fromFile} reads (to score them again, or against a later model). */
    public static void saveAnswers(Run run, Path file) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Answered a : run.answers()) {
            if (a.answer() == null) continue;
            JsonObject o = new JsonObject();
            o.addProperty("id", a.item().id());
            o.addProperty("answer", a.answer());
            s.append(o).append('\n');
        }
        AtomicFiles.write(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /**
     * The report as JSON (what the workbench's chart reads): per stage and kind the items, those scored and the mean
     * score of each run, then every item with its score, the facts hit and missed, or its problem.
     */
    public static String json(Path pack, List<Item> items, Run model, Run baseline) {
        JsonObject r = new JsonObject();
        r.addProperty("format", "strata-eval/1");
        r.addProperty("pack", pack.toString());
        r.add("model", run(items, model));
        if (baseline != null) r.add("baseline", run(items, baseline));
        return GSON.toJson(r) + "\n";
    }

    private static JsonObject run(List<Item> items, Run run) {
        JsonObject o = new JsonObject();
        o.addProperty("name", run.name());
        com.google.gson.JsonArray stages = new com.google.gson.JsonArray();
        Map<Integer, String> layers = new LinkedHashMap<>();
        for (Item i : items) layers.putIfAbsent(i.stage(), i.layer());
        for (Map.Entry<Integer, String> e : layers.entrySet()) {
            JsonObject s = new JsonObject();
            s.addProperty("stage", e.getKey());
            s.addProperty("layer", e.getValue());
            double[] all = run.mean(i -> i.stage() == e.getKey());
            s.addProperty("items", items.stream().filter(i -> i.stage() == e.getKey()).count());
            s.addProperty("scored", (int) all[1]);
            s.addProperty("mean", all[0]);
            JsonObject kinds = new JsonObject();
            for (String kind : items.stream().filter(i -> i.stage() == e.getKey()).map(Item::kind).distinct().toList()) {
                double[] k = run.mean(i -> i.stage() == e.getKey() && i.kind().equals(kind));
                JsonObject ko = new JsonObject();
                ko.addProperty("scored", (int) k[1]);
                ko.addProperty("mean", k[0]);
                kinds.add(kind, ko);
            }
            s.add("kinds", kinds);
            stages.add(s);
        }
        o.add("stages", stages);
        double[] all = run.mean(i -> true);
        o.addProperty("scored", (int) all[1]);
        o.addProperty("mean", all[0]);
        com.google.gson.JsonArray each = new com.google.gson.JsonArray();
        for (Answered a : run.answers()) {
            JsonObject x = new JsonObject();
            x.addProperty("id", a.item().id());
            x.addProperty("layer", a.item().layer());
            x.addProperty("kind", a.item().kind());
            x.addProperty("score", a.score());
            if (a.problem() != null) x.addProperty("problem", a.problem());
            if (a.scored() != null) {
                x.add("hit", GSON.toJsonTree(a.scored().hit()));
                x.add("missed", GSON.toJsonTree(a.scored().missed()));
            }
            each.add(x);
        }
        o.add("items", each);
        o.add("problems", GSON.toJsonTree(run.problems()));
        return o;
    }

    /** A report read back for a chart: per stage the model's and the baseline's mean, and every item's row. */
    public record Chart(List<ChartStage> stages, List<ChartRow> items, double model, double baseline, int scored) {}

    public record ChartStage(String label, double model, double baseline) {}

    /** An item's row: its scores (NaN: none), its problem (null: none), the facts it hit and missed. */
    public record ChartRow(String id, String layer, String kind, double model, double baseline, String problem, List<String> hit, List<String> missed) {}

    /** Reads a report {@link #json} wrote (also a file {@code strata eval --json} left); a file that is not one is refused with why. */
    public static Chart chart(String reportJson) throws IOException {
        try {
            JsonObject r = JsonParser.parseString(reportJson).getAsJsonObject();
            if (!r.has("format") || !r.get("format").getAsString().startsWith("strata-eval/")) throw new IOException("not a report of strata eval");
            JsonObject m = r.getAsJsonObject("model"), b = r.has("baseline") ? r.getAsJsonObject("baseline") : null;
            List<ChartStage> stages = new ArrayList<>();
            com.google.gson.JsonArray ms = m.getAsJsonArray("stages");
            for (int i = 0; i < ms.size(); i++) {
                JsonObject s = ms.get(i).getAsJsonObject();
                stages.add(new ChartStage(s.get("stage").getAsInt() + ". " + s.get("layer").getAsString(), number(s.get("mean")),
                        b == null ? Double.NaN : number(b.getAsJsonArray("stages").get(i).getAsJsonObject().get("mean"))));
            }
            List<ChartRow> rows = new ArrayList<>();
            com.google.gson.JsonArray mi = m.getAsJsonArray("items");
            for (int i = 0; i < mi.size(); i++) {
                JsonObject it = mi.get(i).getAsJsonObject();
                rows.add(new ChartRow(it.get("id").getAsString(), it.get("layer").getAsString(), it.get("kind").getAsString(), number(it.get("score")),
                        b == null ? Double.NaN : number(b.getAsJsonArray("items").get(i).getAsJsonObject().get("score")),
                        it.has("problem") ? it.get("problem").getAsString() : null, strings(it, "hit"), strings(it, "missed")));
            }
            return new Chart(stages, rows, number(m.get("mean")), b == null ? Double.NaN : number(b.get("mean")), m.get("scored").getAsInt());
        } catch (RuntimeException e) {
            throw new IOException("not a report of strata eval: " + e.getMessage(), e);
        }
    }

    private static double number(JsonElement e) {
        if (e == null || e.isJsonNull()) return Double.NaN;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return Double.NaN; // "NaN"
        return e.getAsDouble();
    }

    private static List<String> strings(JsonObject o, String k) {
        List<String> out = new ArrayList<>();
        if (o.has(k)) for (JsonElement e : o.getAsJsonArray(k)) out.add(e.getAsString());
        return out;
    }
}
