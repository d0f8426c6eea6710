package org.strata.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.strata.encoder.minilm.MiniLm;
import org.strata.export.PackRequest;
import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.ScoringProfile;
import org.strata.store.PassageStatus;
import org.strata.score.DensityWeights;

/**
 * What selected a pack's passages, as {@code recipe.json} says it for the Spark job that applies it to a whole
 * corpus: the encoder, what scores knowledge (the head, shipped beside it as {@code head.onnx}, or the prior), the
 * density weights, the near-duplicate settings, the domain's words (its concepts and domain, which the information
 * signal and the prior read), the word-order models the corpus learned (gzipped, in base64), every layer in
 * curriculum order (those exported as stages marked {@code stage}: a passage is placed among all of them), the
 * expert's own placements (passage id to layer), the placement the corpus learned from them (gzipped, in base64) and
 * the selection. {@link RecipeFile} reads it back.
 */
final class Recipe {
    static final String FORMAT = "strata-recipe/2";

    private Recipe() {}

    static String json(CorpusFolder corpus, PackRequest.Selection sel, java.util.List<String> layers, int headVersion,
            java.util.List<PackRequest.EvalItem> verification, java.util.List<PackRequest.Choice> choices) throws IOException {
        return json(corpus, sel, layers, headVersion, verification, choices, java.util.List.of());
    }

    static String json(CorpusFolder corpus, PackRequest.Selection sel, java.util.List<String> layers, int headVersion,
            java.util.List<PackRequest.EvalItem> verification, java.util.List<PackRequest.Choice> choices,
            java.util.List<PackRequest.Verdict> verdicts) throws IOException {
        JsonObject r = new JsonObject();
        r.addProperty("format", FORMAT);
        r.addProperty("corpus", corpus.corpus().getName());
        String encoder = Encoders.stored(corpus);
        r.addProperty("encoder", encoder == null ? MiniLm.NAME : encoder);
        r.addProperty("knowledge", Knowledge.describe(corpus));
        if (headVersion > 0) {
            JsonObject head = new JsonObject();
            head.addProperty("file", "head.onnx");
            head.addProperty("version", headVersion);
            head.addProperty("input", "embedding");
            head.addProperty("output", "knowledge");
            r.add("head", head);
        }
        DensityWeights w = Scoring.weights(corpus);
        JsonObject weights = new JsonObject();
        weights.addProperty("knowledge", w.knowledge());
        weights.addProperty("information", w.information());
        weights.addProperty("redundancy", w.redundancy());
        weights.addProperty("boilerplate", w.boilerplate());
        r.add("weights", weights);
        ScoringProfile p = corpus.corpus().getScoringProfile();
        if (p != null && p.getClassifier() != null && !p.getClassifier().isBlank()) {
            JsonObject c = new JsonObject();
            c.addProperty("model", p.getClassifier());
            c.addProperty("mode", p.getClassifierMode());
            r.add("classifier", c);
        }
        NearDuplicateFinder.Settings d = NearDuplicateFinder.Settings.DEFAULT;
        JsonObject dedup = new JsonObject();
        dedup.addProperty("shingleWords", d.shingle());
        dedup.addProperty("bands", d.bands());
        dedup.addProperty("rows", d.rows());
        dedup.addProperty("jaccard", d.threshold());
        r.add("dedup", dedup);
        if (corpus.corpus().getDomain() != null) r.addProperty("domain", corpus.corpus().getDomain());
        JsonArray cs = new JsonArray();
        for (org.strata.model.corpus.Concept k : corpus.corpus().getConcepts()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", k.getName());
            if (k.getDefinition() != null) o.addProperty("definition", k.getDefinition());
            JsonArray aliases = new JsonArray();
            k.getAliases().forEach(aliases::add);
            o.add("aliases", aliases);
            cs.add(o);
        }
        r.add("concepts", cs);
        // the prompts as the expert worded them per language (complete: the built-in ones filled in where he left a field)
        JsonObject prompts = new JsonObject();
        ExportPrompts.of(corpus.corpus()).sorted().forEach((lang, t) -> {
            JsonObject o = new JsonObject();
            o.addProperty("conceptQuestion", t.conceptQuestion());
            o.addProperty("alsoCalled", t.alsoCalled());
            o.addProperty("aboutConcept", t.aboutConcept());
            o.addProperty("ofDocument", t.ofDocument());
            o.addProperty("forStage", t.forStage());
            o.addProperty("stageDescription", t.stageDescription());
            prompts.add(lang, o);
        });
        if (!prompts.isEmpty()) r.add("prompts", prompts);
        // the word order the corpus learned for languages Strata ships no model for: a job measures with the same
        JsonObject orders = new JsonObject();
        for (String lang : new java.util.TreeSet<>(WordOrders.load(corpus).keySet())) {
            JsonObject o = new JsonObject();
            o.addProperty("passages", WordOrders.learnedFrom(corpus, lang));
            o.addProperty("model", java.util.Base64.getEncoder().encodeToString(WordOrders.bytes(corpus, lang)));
            orders.add(lang, o);
        }
        if (!orders.isEmpty()) r.add("wordOrder", orders);
        JsonArray ls = new JsonArray();
        for (Layer l : corpus.corpus().getLayers()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", l.getName());
            o.addProperty("stage", layers == null || layers.contains(l.getName()));
            o.addProperty("kind", l.getKind() == null ? "custom" : l.getKind().getLiteral());
            o.addProperty("description", l.getDescription());
            o.addProperty("minDensity", l.getMinDensity());
            o.addProperty("goalTokens", l.getGoalTokens());
            o.addProperty("reads", Math.max(1, l.getReads()));
            o.addProperty("readTokens", Math.max(0, l.getReadTokens()));
            ls.add(o);
        }
        r.add("layers", ls);
        // the expert's own placements: where the job meets these passages it keeps them where he put them
        JsonObject placed = new JsonObject();
        java.util.Set<String> names = new java.util.HashSet<>(corpus.layerNames());
        java.util.TreeMap<String, String> byId = new java.util.TreeMap<>();
        corpus.store().forEachAttributes(q -> {
            if (!q.layer().isEmpty() && !q.suggested() && names.contains(q.layer())) byId.put(q.id(), q.layer());
        });
        byId.forEach(placed::addProperty);
        r.add("placed", placed);
        // the placement learned from the expert's placements: the job places passages as the corpus does
        org.strata.score.LayerModel placement = LayerPlacement.saved(corpus);
        if (placement != null) {
            JsonObject o = new JsonObject();
            LayerPlacement.Result last = LayerPlacement.lastResult(corpus);
            if (last != null) o.addProperty("examples", last.examples());
            o.addProperty("model", java.util.Base64.getEncoder().encodeToString(placement.bytes()));
            r.add("placement", o);
        }
        // the expert's verification items: the job's pack holds them as eval sets and keeps their text out of training
        JsonArray vs = new JsonArray();
        for (PackRequest.EvalItem v : verification) {
            JsonObject o = new JsonObject();
            o.addProperty("layer", v.layer());
            o.addProperty("kind", v.kind());
            o.addProperty("prompt", v.prompt());
            if (v.answer() != null) o.addProperty("answer", v.answer());
            JsonArray ps = new JsonArray();
            v.passages().forEach(ps::add);
            o.add("passages", ps);
            vs.add(o);
        }
        r.add("verification", vs);
        // the expert's choices: where the job meets their passages, its pack holds the same preference pairs
        JsonArray cs2 = new JsonArray();
        for (PackRequest.Choice c : choices) {
            JsonObject o = new JsonObject();
            JsonArray ids = new JsonArray();
            c.candidates().forEach(ids::add);
            o.add("candidates", ids);
            if (c.chosen() != null) o.addProperty("chosen", c.chosen());
            if (c.rationale() != null) o.addProperty("rationale", c.rationale());
            cs2.add(o);
        }
        r.add("choices", cs2);
        // the verdicts the expert explained: the job's pack teaches from their reasons as the CLI's does
        JsonArray vd = new JsonArray();
        for (PackRequest.Verdict v : verdicts) {
            JsonObject o = new JsonObject();
            o.addProperty("passage", v.passage());
            o.addProperty("verdict", v.accept() ? "accept" : "reject");
            o.addProperty("rationale", v.rationale());
            vd.add(o);
        }
        r.add("verdicts", vd);
        JsonObject s = new JsonObject();
        s.addProperty("minDensity", sel.minDensity());
        JsonArray st = new JsonArray();
        sel.statuses().stream().map(PassageStatus::label).sorted().forEach(st::add);
        s.add("statuses", st);
        JsonArray lang = new JsonArray();
        sel.languages().stream().sorted().forEach(lang::add);
        s.add("languages", lang);
        JsonArray con = new JsonArray();
        sel.concepts().stream().sorted().forEach(con::add);
        s.add("concepts", con);
        s.addProperty("excludeDuplicates", sel.excludeDuplicates());
        s.addProperty("stageTokenBudget", sel.stageTokenBudget());
        s.addProperty("validationPercent", sel.validationPercent());
        s.addProperty("ngram", sel.ngram());
        r.add("selection", s);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(r) + "\n";
    }

    /** The head in use with its metadata, or null for the prior. */
    static PackRequest.HeadFile head(CorpusFolder corpus) throws IOException {
        Heads heads = new Heads(corpus);
        int v = heads.current();
        if (v == 0) return null;
        Path onnx = heads.dir().resolve("head-" + v + ".onnx");
        Path json = heads.dir().resolve("head-" + v + ".json");
        if (!Files.isRegularFile(onnx)) throw new IOException("the head in use, " + onnx + ", is missing: strata head " + corpus.dir() + " use prior");
        return new PackRequest.HeadFile("head " + v, Files.readAllBytes(onnx),
                Files.isRegularFile(json) ? Files.readString(json, StandardCharsets.UTF_8) : null);
    }
}
