package org.strata.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.strata.encoder.minilm.MiniLm;
import org.strata.export.PackRequest;
import org.strata.export.PromptTemplates;
import org.strata.export.Prompts;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.HeadModel;
import org.strata.score.Intrinsic;
import org.strata.score.Prior;
import org.strata.score.LayerModel;
import org.strata.score.WordOrderModel;
import org.strata.store.PassageStatus;
import org.strata.score.DensityWeights;

/**
 * A pack's {@code recipe.json} read back, for a job that applies what the expert taught to a whole corpus: the
 * same knowledge (the head shipped beside it, or the prior of the same domain words), weights, near-duplicate
 * settings, layers and selection as the corpus that exported it. Every field is checked when it is read, and the
 * head is loaded once, so that a corrupt recipe or head fails before any work starts.
 */
public final class RecipeFile {
    /** A layer: where passages are placed (all of them), and a stage of the pack when {@code stage}. */
    public record Layer(String name, String kind, String description, double minDensity, long goalTokens, boolean stage, int reads, long readTokens) {}

    private final String json;
    private final byte[] head;
    private final String corpus;
    private final String encoder;
    private final int headVersion;
    private final DensityWeights weights;
    private final DedupRequest dedup;
    private final String domain;
    private final List<PackRequest.ConceptDef> concepts;
    private final Prompts prompts;
    private final List<Layer> layers;
    private final List<PackRequest.EvalItem> verification;
    private final List<PackRequest.Choice> choices;
    private final List<PackRequest.Verdict> verdicts;
    private final PackRequest.Selection selection;
    /** The corpus's learned word-order models by language, as written, and read. */
    private final Map<String, byte[]> wordOrderBytes = new TreeMap<>();
    /** The placement the corpus learned from the expert's placements ({@link LayerModel#bytes}), or null: the descriptions place. */
    private final byte[] placement;
    /** The expert's placements, passage id to layer: a job keeps them. */
    private final Map<String, String> placed = new HashMap<>();
    private final Map<String, WordOrderModel> wordOrders = new TreeMap<>();

    private RecipeFile(String json, byte[] head, JsonObject r) {
        this.json = json;
        this.head = head;
        String format = string(r, "format", true);
        if (!Recipe.FORMAT.equals(format)) {
            throw new IllegalArgumentException("the recipe's format is " + format + ", this Strata reads " + Recipe.FORMAT
                    + (format.startsWith("strata-recipe/") ? ": export the pack again with this Strata" : ""));
        }
        corpus = string(r, "corpus", false);
        encoder = string(r, "encoder", true);
        if (!Encoders.sameModel(encoder, MiniLm.NAME)) {
            throw new IllegalArgumentException("the recipe's encoder is " + encoder + ": a job runs the shipped " + MiniLm.NAME + " only");
        }
        if (r.has("classifier")) {
            throw new IllegalArgumentException("the recipe's knowledge uses the text classifier " + object(r, "classifier").get("model")
                    + ", which a job cannot load: export the pack from a corpus whose profile names no classifier");
        }
        JsonObject h = r.has("head") ? object(r, "head") : null;
        headVersion = h == null ? 0 : (int) number(h, "version");
        if (h != null && head == null) throw new IllegalArgumentException("the recipe names a head, and there is no " + string(h, "file", true) + " beside it");
        JsonObject w = object(r, "weights");
        weights = new DensityWeights((float) number(w, "knowledge"), (float) number(w, "information"), (float) number(w, "redundancy"),
                (float) number(w, "boilerplate"));
        JsonObject d = object(r, "dedup");
        dedup = new DedupRequest((int) number(d, "shingleWords"), (int) number(d, "bands"), (int) number(d, "rows"), number(d, "jaccard"));
        if (dedup.refusal() != null) throw new IllegalArgumentException("the recipe's dedup settings are out of range: " + d);
        domain = string(r, "domain", false);
        if (r.has("wordOrder")) {
            for (Map.Entry<String, JsonElement> e : object(r, "wordOrder").entrySet()) {
                String lang = e.getKey();
                try {
                    byte[] bytes = java.util.Base64.getDecoder().decode(string(e.getValue().getAsJsonObject(), "model", true));
                    WordOrderModel m = WordOrderModel.read(new java.io.ByteArrayInputStream(bytes));
                    if (!m.language().equals(lang)) throw new IOException("it is a model of '" + m.language() + "'");
                    wordOrderBytes.put(lang, bytes);
                    wordOrders.put(lang, m);
                } catch (IOException | IllegalArgumentException | IllegalStateException ex) {
                    throw new IllegalArgumentException("the recipe's word-order model of '" + lang + "' is damaged (" + ex.getMessage()
                            + "): export the pack again", ex);
                }
            }
        }
        concepts = new ArrayList<>();
        for (JsonElement e : array(r, "concepts")) {
            JsonObject c = e.getAsJsonObject();
            List<String> aliases = new ArrayList<>();
            if (c.has("aliases")) for (JsonElement a : array(c, "aliases")) aliases.add(a.getAsString());
            concepts.add(DomainTexts.concept(string(c, "name", true), string(c, "definition", false), List.copyOf(aliases)));
        }
        Map<String, PromptTemplates> own = new HashMap<>();
        if (r.has("prompts")) {
            for (Map.Entry<String, JsonElement> e : r.getAsJsonObject("prompts").entrySet()) {
                JsonObject t = e.getValue().getAsJsonObject();
                try {
                    own.put(e.getKey(), PromptTemplates.of(e.getKey()).with(string(t, "conceptQuestion", false), string(t, "alsoCalled", false),
                            string(t, "aboutConcept", false), string(t, "ofDocument", false), string(t, "forStage", false),
                            string(t, "stageDescription", false)));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("the recipe's prompts of '" + e.getKey() + "': " + ex.getMessage(), ex);
                }
            }
        }
        prompts = new Prompts(own);
        layers = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonElement e : array(r, "layers")) {
            JsonObject l = e.getAsJsonObject();
            Layer layer = new Layer(string(l, "name", true), string(l, "kind", false), string(l, "description", false), number(l, "minDensity"),
                    (long) number(l, "goalTokens"), !l.has("stage") || l.get("stage").getAsBoolean(), l.has("reads") ? (int) number(l, "reads") : 1,
                    l.has("readTokens") ? (long) number(l, "readTokens") : 0);
            if (layer.reads() < 1) throw new IllegalArgumentException("the layer '" + layer.name() + "' is read " + layer.reads() + " times: at least once");
            if (layer.readTokens() < 0) throw new IllegalArgumentException("the layer '" + layer.name() + "' has a negative token target");
            if (!names.add(layer.name())) throw new IllegalArgumentException("the recipe names the layer '" + layer.name() + "' twice");
            layers.add(layer);
        }
        if (layers.isEmpty()) throw new IllegalArgumentException("the recipe has no layers: a job places every passage in one");
        if (layers.stream().noneMatch(Layer::stage)) throw new IllegalArgumentException("the recipe marks no layer as a stage of the pack");
        placement = r.has("placement") ? placement(object(r, "placement")) : null;
        if (r.has("placed")) {
            for (Map.Entry<String, JsonElement> e : object(r, "placed").entrySet()) {
                String layer = e.getValue().getAsString();
                if (!names.contains(layer)) throw new IllegalArgumentException("the recipe places the passage " + e.getKey() + " in '" + layer + "', not one of its layers");
                placed.put(e.getKey(), layer);
            }
        }
        selection = selection(object(r, "selection"), r.has("knowledge") ? r.get("knowledge").getAsString() : "prior");
        verification = new ArrayList<>();
        if (r.has("verification")) {
            for (JsonElement e : array(r, "verification")) {
                JsonObject v = e.getAsJsonObject();
                String layer = string(v, "layer", true);
                if (!names.contains(layer)) throw new IllegalArgumentException("a verification item names the layer '" + layer + "', which the recipe lacks");
                List<String> passages = new ArrayList<>();
                if (v.has("passages")) for (JsonElement p : array(v, "passages")) passages.add(p.getAsString());
                verification.add(new PackRequest.EvalItem(layer, string(v, "kind", true), string(v, "prompt", true), string(v, "answer", false),
                        List.copyOf(passages)));
            }
        }
        choices = new ArrayList<>();
        if (r.has("choices")) {
            for (JsonElement e : array(r, "choices")) {
                JsonObject c = e.getAsJsonObject();
                List<String> ids = new ArrayList<>();
                for (JsonElement id : array(c, "candidates")) ids.add(id.getAsString());
                String chosen = string(c, "chosen", false);
                if (chosen != null && !ids.contains(chosen)) throw new IllegalArgumentException("a choice's chosen passage " + chosen + " is not among its candidates");
                choices.add(new PackRequest.Choice(List.copyOf(ids), chosen, string(c, "rationale", false)));
            }
        }
        verdicts = new ArrayList<>();
        if (r.has("verdicts")) {
            for (JsonElement e : array(r, "verdicts")) {
                JsonObject v = e.getAsJsonObject();
                String verdict = string(v, "verdict", true);
                if (!verdict.equals("accept") && !verdict.equals("reject")) throw new IllegalArgumentException("a verdict is accept or reject, not '" + verdict + "'");
                verdicts.add(new PackRequest.Verdict(string(v, "passage", true), verdict.equals("accept"), string(v, "rationale", false)));
            }
        }
    }

    /**
     * Reads {@code recipe.json} and the head beside it (when it names one), checking both: the head must be a model
     * ONNX Runtime loads, of the encoder's width.
     */
    public static RecipeFile read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("no recipe at " + file + ": give the recipe.json of an exported pack");
        }
        JsonObject r = parse(file.toString(), text);
        byte[] head = null;
        if (r.has("head") && r.get("head").isJsonObject() && r.getAsJsonObject("head").has("file")) {
            Path h = file.toAbsolutePath().getParent().resolve(r.getAsJsonObject("head").get("file").getAsString());
            if (!Files.isRegularFile(h)) throw new IOException("the recipe " + file + " names the head " + h.getFileName() + ", which is not beside it");
            head = Files.readAllBytes(h);
        }
        RecipeFile recipe = of(file.toString(), text, head);
        if (head != null) {
            try (HeadModel m = recipe.headModel()) {
                if (m.dimension() != MiniLm.DIMENSION) {
                    throw new IOException("the head beside " + file + " reads embeddings of " + m.dimension() + " dimensions, the encoder makes "
                            + MiniLm.DIMENSION);
                }
            } catch (EncoderException e) {
                throw new IOException("the head beside " + file + " is not a model ONNX Runtime can load: " + e.getMessage(), e);
            }
        }
        return recipe;
    }

    /** The recipe of this text and head bytes (as a job's tasks rebuild it from what the driver sent them). */
    public static RecipeFile of(String where, String json, byte[] head) {
        try {
            return new RecipeFile(json, head, parse(where, json));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject parse(String where, String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) throw new IllegalArgumentException(where + " is not a recipe: not a JSON object");
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(where + " is not a recipe: not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private static PackRequest.Selection selection(JsonObject s, String head) {
        Set<PassageStatus> statuses = new LinkedHashSet<>();
        for (JsonElement e : array(s, "statuses")) statuses.add(PassageStatus.parse(e.getAsString()));
        Set<String> languages = new LinkedHashSet<>();
        for (JsonElement e : array(s, "languages")) languages.add(e.getAsString());
        Set<String> concepts = new LinkedHashSet<>();
        for (JsonElement e : array(s, "concepts")) concepts.add(e.getAsString());
        int validation = (int) number(s, "validationPercent");
        if (validation < 0 || validation > 50) throw new IllegalArgumentException("the recipe's validationPercent is " + validation + ", not 0 to 50");
        return new PackRequest.Selection(head, number(s, "minDensity"), Map.of(), statuses, languages, concepts,
                s.get("excludeDuplicates").getAsBoolean(), (long) number(s, "stageTokenBudget"), validation, (int) number(s, "ngram"));
    }

    private static String string(JsonObject o, String key, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) throw new IllegalArgumentException("the recipe lacks \"" + key + "\"");
            return null;
        }
        return e.getAsString();
    }

    private static double number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("the recipe's \"" + key + "\" is " + (e == null ? "missing" : e + ", not a number"));
        }
        return e.getAsDouble();
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) throw new IllegalArgumentException("the recipe's \"" + key + "\" is " + (e == null ? "missing" : "not an object"));
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) throw new IllegalArgumentException("the recipe's \"" + key + "\" is " + (e == null ? "missing" : "not a list"));
        return e.getAsJsonArray();
    }

    /** The recipe's text, as read: a job's pack ships it again, so the recipe goes round. */
    public String json() {
        return json;
    }

    /** The head's ONNX bytes, or null when the prior scores knowledge. */
    public byte[] head() {
        return head;
    }

    public String corpus() {
        return corpus;
    }

    /** Whether the corpus encoded with the int8 weights (its embeddings, hence its scores, are theirs). */
    public boolean int8() {
        return encoder.endsWith("-q");
    }

    public DensityWeights weights() {
        return weights;
    }

    /** How the recipe finds near duplicates. */
    public DedupRequest dedup() {
        return dedup;
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The expert's verification items, for the eval sets of a job's pack. */
    public List<PackRequest.EvalItem> verification() {
        return List.copyOf(verification);
    }

    /** The expert's choices, for the preference pairs of a job's pack. */
    public List<PackRequest.Choice> choices() {
        return List.copyOf(choices);
    }

    /** The expert's explained verdicts, for the reasons a job's pack teaches. */
    public List<PackRequest.Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    /** The ids of every passage the expert's choices and verdicts show, which a job's pack needs whatever its filters say. */
    public java.util.Set<String> judged() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (PackRequest.Choice c : choices) out.addAll(c.candidates());
        for (PackRequest.Verdict v : verdicts) out.add(v.passage());
        return out;
    }

    /** The prompts the pack is written with: the corpus's own wording per language, else Strata's. */
    public Prompts prompts() {
        return prompts;
    }

    public List<PackRequest.ConceptDef> concepts() {
        return List.copyOf(concepts);
    }

    /** The selection, with each stage's own minimum density where the layer sets one. */
    public PackRequest.Selection selection() {
        Map<String, Double> layerMin = new HashMap<>();
        for (Layer l : layers) if (l.stage() && l.minDensity() > 0) layerMin.put(l.name(), l.minDensity());
        PackRequest.Selection s = selection;
        return new PackRequest.Selection(s.head(), s.minDensity(), Map.copyOf(layerMin), s.statuses(), s.languages(), s.concepts(),
                s.excludeDuplicates(), s.stageTokenBudget(), s.validationPercent(), s.ngram());
    }

    /** The head as ONNX Runtime runs it; the caller closes it. */
    public HeadModel headModel() throws EncoderException {
        return new HeadModel(head, "head " + headVersion, "embedding", "knowledge");
    }

    /** What scores knowledge under this recipe: the head, or the prior built from the same words as the corpus's. */
    public Knowledge knowledge(Encoder encoder) throws EncoderException {
        List<String> descriptions = DomainTexts.descriptions(concepts, layers.stream().map(Layer::description).toList());
        String name = headVersion > 0 ? "head " + headVersion : "prior";
        return headVersion > 0 ? Knowledge.of(headModel(), name) : Knowledge.of(Prior.build(encoder, descriptions), name);
    }

    /** The information signal's measure, with the domain terms and the learned word order the corpus had. */
    public Intrinsic intrinsic() {
        return new Intrinsic(DomainTexts.all(concepts, domain), wordOrders);
    }

    /** The word-order models the corpus learned, by language (empty when it learned none). */
    public Map<String, WordOrderModel> wordOrders() {
        return java.util.Collections.unmodifiableMap(wordOrders);
    }

    /**
     * Gives a corpus what the recipe holds, so that curation goes on where the job left it: the domain, the word-order
     * models it has none of, the concepts, the layers (in place of the corpus's), the verification items, the weights,
     * and the head (adopted as the next version, in use). The corpus is saved.
     */
    public void seed(CorpusFolder c) throws IOException {
        var f = org.strata.model.corpus.CorpusFactory.eINSTANCE;
        var corpusModel = c.corpus();
        if (domain != null) corpusModel.setDomain(domain);
        // the job measured word order with the exporting corpus's models: so does the corpus it seeds, until it has its own
        for (Map.Entry<String, byte[]> e : wordOrderBytes.entrySet()) {
            if (WordOrders.learnedFrom(c, e.getKey()) == null) WordOrders.put(c, e.getKey(), e.getValue());
        }
        for (PackRequest.ConceptDef d : concepts) {
            if (corpusModel.getConcepts().stream().anyMatch(k -> k.getName().equals(d.name()))) continue;
            org.strata.model.corpus.Concept k = f.createConcept();
            k.setName(d.name());
            k.setDefinition(d.definition());
            k.getAliases().addAll(d.aliases());
            corpusModel.getConcepts().add(k);
        }
        corpusModel.getLayers().clear();
        int order = 1;
        for (Layer l : layers) {
            org.strata.model.corpus.Layer m = f.createLayer();
            m.setName(l.name());
            var kind = l.kind() == null ? null : org.strata.model.corpus.LayerKind.get(l.kind());
            m.setKind(kind == null ? org.strata.model.corpus.LayerKind.CUSTOM : kind);
            m.setDescription(l.description());
            m.setMinDensity(l.minDensity());
            m.setGoalTokens(l.goalTokens());
            m.setReads(l.reads());
            m.setReadTokens(l.readTokens());
            m.setOrder(order++);
            corpusModel.getLayers().add(m);
        }
        for (PackRequest.EvalItem v : verification) {
            org.strata.model.corpus.VerificationItem item = f.createVerificationItem();
            item.setLayer(corpusModel.getLayers().stream().filter(l -> l.getName().equals(v.layer())).findFirst().orElseThrow());
            var kind = org.strata.model.corpus.VerificationKind.get(v.kind());
            if (kind != null) item.setKind(kind);
            item.setPrompt(v.prompt());
            item.setExpectedAnswer(v.answer());
            item.getPassages().addAll(v.passages());
            corpusModel.getVerificationItems().add(item);
        }
        var profile = corpusModel.getScoringProfile();
        if (profile == null) {
            profile = f.createScoringProfile();
            corpusModel.setScoringProfile(profile);
        }
        profile.getWeights().clear();
        String[] names = {"knowledge", "information", "redundancy", "boilerplate"};
        float[] values = {weights.knowledge(), weights.information(), weights.redundancy(), weights.boilerplate()};
        for (int i = 0; i < names.length; i++) {
            org.strata.model.corpus.SignalWeight w = f.createSignalWeight();
            w.setSignal(names[i]);
            w.setWeight(values[i]);
            profile.getWeights().add(w);
        }
        c.save();
        if (placement != null) AtomicFiles.write(LayerPlacement.modelFile(c), placement);
        if (head != null) {
            Heads heads = new Heads(c);
            heads.use(heads.adopt(head, encoder, MiniLm.DIMENSION).version());
        }
    }

    private byte[] placement(JsonObject p) {
        try {
            byte[] bytes = java.util.Base64.getDecoder().decode(string(p, "model", true));
            LayerModel m = LayerModel.read(bytes);
            if (!m.layers().equals(layers.stream().map(Layer::name).toList())) {
                throw new IOException("it places in the layers " + m.layers() + ", the recipe has " + layers.stream().map(Layer::name).toList());
            }
            return bytes;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the recipe's layer placement is damaged (" + e.getMessage() + "): export the pack again", e);
        }
    }

    /** What places passages in the recipe's layers: the placement the corpus learned, or the layers' descriptions alone. */
    public LayerModel placement(Encoder encoder) throws EncoderException {
        if (placement != null) {
            try {
                return LayerModel.read(placement);
            } catch (IOException e) {
                throw new IllegalStateException("read once already", e);
            }
        }
        return LayerPlacement.prior(encoder, layers.stream().map(Layer::name).toList(), layers.stream().map(Layer::description).toList());
    }

    /** The layer the expert put a passage in, or null when he did not place it. */
    public String placedByExpert(String id) {
        return placed.get(id);
    }

    /** Whether the recipe carries a placement learned from the expert's examples. */
    public boolean learnedPlacement() {
        return placement != null;
    }
}
