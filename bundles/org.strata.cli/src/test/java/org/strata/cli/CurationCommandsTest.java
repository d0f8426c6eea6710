package org.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** search, passages, concepts and layers on a scored corpus, through the command line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationCommandsTest {
    Path corpus;

    @BeforeAll
    void corpus(@TempDir Path tmp) throws Exception {
        corpus = tmp.resolve("c");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Fixtures.html(docs.resolve("sprint.html"), "Sprint", Fixtures.SPRINT);
        Fixtures.html(docs.resolve("training.html"), "Training", Fixtures.TRAINING);
        Fixtures.html(docs.resolve("paradox.html"), "Paradoxes", Fixtures.PARADOX);
        assertEquals(0, Cli.run("new", corpus.toString()).code());
        assertEquals(0, Cli.run("ingest", corpus.toString(), docs.toString(), "--budget", "64").code());
        assertEquals(0, Cli.run("score", corpus.toString()).code());
    }

    private List<JsonObject> search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = corpus.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = "--json";
        Cli r = Cli.run(all);
        assertEquals(0, r.code(), r.toString());
        return r.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    @Test
    @Order(1)
    void searchByWordsAndByMeaning() {
        List<JsonObject> hits = search("stiffness");
        assertEquals(2, hits.size(), hits.toString());
        assertTrue(search("Achilles").get(0).get("text").getAsString().contains("Leg stiffness"));
        List<JsonObject> meaning = search("how to reduce training before a competition", "--semantic", "-k", "1");
        assertTrue(meaning.get(0).get("text").getAsString().contains("taper"), meaning.toString());
        assertTrue(search("\"lactate paradox\"", "--filter", "source=" + corpus.getParent().resolve("docs/sprint.html")).isEmpty());
    }

    @Test
    @Order(2)
    void passagesAreLayeredAcceptedAndTaggedInBulk() {
        Cli r = Cli.run("passages", corpus.toString(), "--query", "Achilles OR \"contact time\"", "--set-layer", "logic");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("2 passages changed"), r.out());
        assertEquals(2, search("*:*", "--filter", "layer=logic", "-k", "50").size());

        assertEquals(0, Cli.run("concepts", corpus.toString(), "add", "stiffness", "--definition", "resistance of the leg spring").code());
        assertEquals(0, Cli.run("passages", corpus.toString(), "--query", "stiffness", "--tag", "stiffness").code());
        assertEquals(2, search("*:*", "--filter", "concept=stiffness").size());

        String id = search("lactate").get(0).get("id").getAsString();
        assertEquals(0, Cli.run("passages", corpus.toString(), "--id", id, "--accept").code());
        assertEquals(id, search("*:*", "--filter", "status=accepted").get(0).get("id").getAsString());

        Cli unknown = Cli.run("passages", corpus.toString(), "--id", "0123456789abcdef0123456789abcdef", "--reject");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no passage with id 0123456789abcdef0123456789abcdef"), unknown.err());
        Cli noLayer = Cli.run("passages", corpus.toString(), "--set-layer", "nowhere");
        assertTrue(noLayer.code() != 0 && noLayer.err().contains("no layer named 'nowhere'"), noLayer.err());
    }

    @Test
    @Order(3)
    void conceptsAndLayersAreEdited() {
        Cli add = Cli.run("concepts", corpus.toString(), "add", "leg stiffness");
        assertEquals(0, add.code(), add.toString());
        Cli link = Cli.run("concepts", corpus.toString(), "link", "leg stiffness", "stiffness", "--broader");
        assertEquals(0, link.code(), link.toString());
        Cli cycle = Cli.run("concepts", corpus.toString(), "link", "stiffness", "leg stiffness", "--broader");
        assertEquals(1, cycle.code(), "a cycle is refused: " + cycle);
        Cli list = Cli.run("concepts", corpus.toString(), "list");
        assertTrue(list.out().contains("stiffness  2 passages") && list.out().contains("narrower: leg stiffness"), list.out());

        assertEquals(0, Cli.run("layers", corpus.toString(), "add", "case studies", "--at", "3", "--description", "worked cases").code());
        assertEquals(0, Cli.run("layers", corpus.toString(), "move", "paradoxes", "1").code());
        Cli rename = Cli.run("layers", corpus.toString(), "rename", "logic", "mechanics");
        assertEquals(0, rename.code(), rename.toString());
        Cli layers = Cli.run("layers", corpus.toString(), "list");
        List<String> names = layers.out().lines().map(l -> l.substring(3).strip().split("\\s+")[0]).toList();
        assertEquals(List.of("paradoxes", "concepts", "mechanics", "case", "strategies"), names, layers.out());
        assertTrue(layers.out().lines().filter(l -> l.contains("mechanics")).findFirst().orElseThrow().contains(" 2 passages"),
                "the renamed layer keeps its passages: " + layers.out());
        // how a stage is read in training: times over, or to a token target; nonsense refused with the reason
        assertEquals(0, Cli.run("layers", corpus.toString(), "set", "mechanics", "--reads", "3").code());
        assertEquals(0, Cli.run("layers", corpus.toString(), "set", "concepts", "--read-tokens", "2000000", "--min-density", "0.3").code());
        Cli read = Cli.run("layers", corpus.toString(), "list");
        assertTrue(read.out().lines().filter(l -> l.contains("mechanics")).findFirst().orElseThrow().contains("read ×3"), read.out());
        assertTrue(read.out().lines().filter(l -> l.contains("concepts")).findFirst().orElseThrow().contains("read to 2,000,000 tokens"), read.out());
        Cli zero = Cli.run("layers", corpus.toString(), "set", "mechanics", "--reads", "0");
        assertEquals(1, zero.code());
        assertTrue(zero.err().contains("a stage is read at least once, not 0 times"), zero.err());
        assertTrue(Cli.run("layers", corpus.toString(), "set", "nowhere", "--reads", "2").err().contains("no layer named 'nowhere'"));
        assertTrue(Cli.run("layers", corpus.toString(), "set", "mechanics").err().contains("nothing to set"));
        Cli taken = Cli.run("layers", corpus.toString(), "rename", "mechanics", "concepts");
        assertEquals(1, taken.code());
        assertTrue(taken.err().contains("there is a layer named 'concepts' already"), taken.err());

        Cli renamed = Cli.run("concepts", corpus.toString(), "rename", "stiffness", "жёсткость");
        assertEquals("renamed concept 'stiffness' to 'жёсткость'", renamed.out().strip(), renamed.toString());
        assertEquals(2, search("*:*", "--filter", "concept=жёсткость").size(), "the tagged passages follow the name");
        assertEquals(0, search("*:*", "--filter", "concept=stiffness").size());
    }

    @Test
    @Order(3)
    void aChangeAKilledProcessLeftHalfWayIsSaidByTheNextCommand() throws Exception {
        // a next model that no index commit took: what a kill before the index's commit leaves
        Files.copy(corpus.resolve("corpus.strata"), corpus.resolve(".corpus.strata.999.next"));
        Cli list = Cli.run("layers", corpus.toString(), "list");
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.err().contains("it was dropped, and the corpus is as it was before it (generation 999"), list.err());
        assertFalse(Files.exists(corpus.resolve(".corpus.strata.999.next")));
        assertEquals("", Cli.run("layers", corpus.toString(), "list").err(), "said once");
    }

    @Test
    @Order(3)
    void verificationItemsAreDraftedThenAcceptedEditedOrDropped() {
        Cli draft = Cli.run("verify", corpus.toString(), "draft");
        assertEquals(0, draft.code(), draft.toString());
        assertTrue(draft.out().contains("[draft] concepts · check question") && draft.out().contains("prompt: What is stiffness?")
                && draft.out().contains("answer: resistance of the leg spring"), draft.out());
        Cli drafts = Cli.run("verify", corpus.toString(), "list", "--drafts");
        int n = (int) drafts.out().lines().filter(l -> l.matches("\\d+\\. \\[draft].*")).count();
        assertTrue(n >= 1, drafts.out());
        assertEquals(0, Cli.run("verify", corpus.toString(), "edit", "1", "--answer", "how the leg spring resists compression").code());
        assertEquals(0, Cli.run("verify", corpus.toString(), "accept", "1").code());
        Cli list = Cli.run("verify", corpus.toString(), "list");
        assertTrue(list.out().startsWith("1. concepts · check question") && list.out().contains("answer: how the leg spring resists compression"), list.out());
        // did it teach: the accepted item is the pack's eval set; answers from a file, scored beside a baseline, problems said per line
        Path pack = corpus.resolveSibling("eval-pack");
        assertEquals(0, Cli.run("export", corpus.toString(), "--out", pack.toString(), "--replace").code());
        Path answers = corpus.resolveSibling("answers.jsonl"), base = corpus.resolveSibling("base.jsonl");
        try {
            Files.writeString(answers, "{\"id\":\"stage_01_concepts-1\",\"answer\":\"The leg spring resists compression: that is how.\"}\nnot json\n"
                    + "{\"id\":\"stage_07_x-3\",\"answer\":\"?\"}\n");
            Files.writeString(base, "{\"id\":\"stage_01_concepts-1\",\"answer\":\"No idea.\"}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli eval = Cli.run("eval", pack.toString(), "--answers", answers.toString(), "--baseline", base.toString(), "--explain");
        assertEquals(0, eval.code(), eval.toString());
        assertTrue(eval.out().contains("1. concepts") && eval.out().contains("check question") && eval.out().contains("1.00    0.00   +1.00"), eval.out());
        assertTrue(eval.out().contains("+ how the leg spring resists compression"), eval.out());
        assertTrue(eval.err().contains("answers.jsonl line 2: not a JSON object with an id and an answer")
                && eval.err().contains("answers.jsonl line 3: stage_07_x-3 is not an item of the pack"), eval.err());
        Cli none = Cli.run("eval", pack.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("--answers FILE or ask a server with --endpoint URL"), none.err());
        Cli again = Cli.run("verify", corpus.toString(), "draft");
        assertTrue(again.out().contains("0 drafts added") || !again.out().contains("What is stiffness?"), "nothing is drafted twice: " + again.out());
        Cli bad = Cli.run("verify", corpus.toString(), "drop", "99");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("no verification item 99"), bad.err());
        assertTrue(Cli.run("verify", corpus.toString(), "drop", "x").err().contains("is not an item number"));
        assertEquals(0, Cli.run("verify", corpus.toString(), "drop", "drafts").code());
        assertEquals("", Cli.run("verify", corpus.toString(), "list", "--drafts").out());
    }

    @Test
    @Order(4)
    void badQueriesAndFiltersAreNamed() {
        Cli r = Cli.run("search", corpus.toString(), "stiff AND (");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("the query 'stiff AND (' does not parse"), r.err());
        Cli f = Cli.run("search", corpus.toString(), "x", "--filter", "colour=red");
        assertTrue(f.code() != 0 && f.err().contains("unknown filter 'colour'"), f.err());
        Cli s = Cli.run("search", corpus.toString(), "x", "--sort", "beauty");
        assertTrue(s.code() != 0 && s.err().contains("unknown sort 'beauty'"), s.err());
    }

    @Test
    @Order(5)
    void judgmentsAreImportedOnceAndBadLinesNamed() throws Exception {
        List<JsonObject> hits = search("stiffness");
        String a = hits.get(0).get("id").getAsString(), b = hits.get(1).get("id").getAsString();
        String c = search("taper").get(0).get("id").getAsString();
        Path file = corpus.getParent().resolve("judgments.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"candidates\":[\"" + a + "\",\"" + b + "\"],\"chosen\":\"" + b + "\",\"rationale\":\"names the mechanism\"}",
                "{\"candidates\":[\"" + a + "\",\"" + b + "\",\"" + c + "\"],\"chosen\":null}",
                "{\"passage\":\"" + c + "\",\"verdict\":\"reject\"}",
                "",
                "{\"candidates\":[\"" + a + "\",\"ffffffffffffffffffffffffffffffff\"],\"chosen\":\"" + a + "\"}",
                "{\"candidates\":[\"" + a + "\",\"" + b + "\"],\"chosen\":\"" + c + "\"}",
                "{\"passage\":\"" + a + "\",\"verdict\":\"maybe\"}",
                "not json at all",
                "{\"passage\":\"" + a + "\",\"verdict\":\"accept\",\"colour\":\"red\"}",
                "{\"passage\":[\"" + a + "\"],\"verdict\":\"accept\"}") + "\n");
        Cli r = Cli.run("judge", corpus.toString(), "--import", file.toString(), "--author", "coach");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("imported 3 judgments (2 choices, 1 verdicts); 6 lines refused"), r.toString());
        assertTrue(r.err().contains("refused line 5: passage ffffffffffffffffffffffffffffffff is not in the corpus"), r.err());
        assertTrue(r.err().contains("refused line 6: \"chosen\" " + c + " is not one of the candidates"), r.err());
        assertTrue(r.err().contains("refused line 7: \"verdict\" is accept or reject, not \"maybe\""), r.err());
        assertTrue(r.err().contains("refused line 8: not JSON"), r.err());
        assertTrue(r.err().contains("refused line 9: unknown field \"colour\""), r.err());
        assertTrue(r.err().contains("refused line 10: \"passage\" holds [\"" + a + "\"], not text"), r.err());
        Cli rejected = Cli.run("search", corpus.toString(), "taper", "--filter", "status=rejected", "--json");
        assertTrue(rejected.out().contains(c), "a verdict sets the status: " + rejected);

        Cli again = Cli.run("judge", corpus.toString(), "--import", file.toString());
        assertTrue(again.out().contains("imported 0 judgments (0 choices, 0 verdicts), 3 already recorded"), again.toString());
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            assertEquals(3, f.corpus().getJudgments().size());
            assertEquals("coach", f.corpus().getJudgments().get(0).getAuthor());
            var diagnostic = org.strata.model.CorpusValidator.validate(f.corpus(), id -> {
                try {
                    return f.store().get(id) != null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(diagnostic.getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR, "valid: " + diagnostic);
        }
    }

    @Test
    @Order(6)
    void headsAreTrainedVersionedUsedAndExplained() throws Exception {
        Cli none = Cli.run("head", corpus.toString(), "list");
        assertTrue(none.out().contains("no heads yet") || none.out().contains("head 1"), none.toString());
        // the three judgments of the test before: a head is trained (too few to cross-validate), saved, used
        Cli train = Cli.run("head", corpus.toString(), "train");
        assertEquals(0, train.code(), train.toString());
        assertTrue(train.out().contains("head 1: 3 judgments, not cross-validated (under 10 judgments)"), train.toString());
        assertTrue(train.out().contains("re-scored") && train.out().contains("(0 encoded first)"), "no passage is encoded again: " + train);
        assertTrue(Files.size(corpus.resolve("heads/head-1.onnx")) > 1000);
        assertTrue(Files.readString(corpus.resolve("heads/head-1.json")).contains("\"judgments\": 3"));
        Cli list = Cli.run("head", corpus.toString(), "list");
        assertTrue(list.out().startsWith("* head 1: 3 judgments"), list.toString());
        Cli eval = Cli.run("head", corpus.toString(), "eval");
        assertEquals(0, eval.code(), eval.toString());
        assertTrue(eval.out().startsWith("3 judgments (") && eval.out().contains("cross-validated accuracy n/a (under 10 judgments)"),
                eval.toString());

        String id = search("stiffness").get(0).get("id").getAsString();
        Cli explain = Cli.run("explain", corpus.toString(), id);
        assertEquals(0, explain.code(), explain.toString());
        assertTrue(explain.out().contains("from the head 1"), explain.toString());
        for (String part : List.of("knowledge", "information", "redundancy", "boilerplate", "word order", "nearest other passage",
                "nearest \"+\" prototype")) {
            assertTrue(explain.out().contains(part), part + " in " + explain);
        }
        Cli unknown = Cli.run("explain", corpus.toString(), "0123");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no passage 0123"), unknown.toString());

        Cli prior = Cli.run("head", corpus.toString(), "use", "prior");
        assertTrue(prior.out().contains("scoring with the prior"), prior.toString());
        Cli back = Cli.run("head", corpus.toString(), "use", "1");
        assertTrue(back.out().contains("scoring with head 1"), back.toString());
        Cli missing = Cli.run("head", corpus.toString(), "use", "7");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no head version 7") && missing.err().contains("versions [1]"), missing.toString());

        // a corrupt head file is a clear error, and the stored scores stay as they were
        double before = search("stiffness").get(0).get("density").getAsDouble();
        Files.write(corpus.resolve("heads/head-1.onnx"), new byte[] {1, 2, 3});
        Cli broken = Cli.run("score", corpus.toString(), "--rescore");
        assertEquals(1, broken.code(), broken.toString());
        assertTrue(broken.err().contains("head-1.onnx: not a loadable ONNX head"), broken.toString());
        assertEquals(before, search("stiffness").get(0).get("density").getAsDouble(), 1e-9);
        Cli cuda = Cli.run("score", corpus.toString(), "--device", "gpu");
        assertEquals(1, cuda.code(), cuda.toString());
        assertTrue(cuda.err().contains("unknown device 'gpu': auto, cpu or cuda"), cuda.toString());
    }

    @Test
    @Order(7)
    void theExpertChoosesInTheTerminalAndTheHeadLearns() throws Exception {
        int before;
        java.util.Set<String> judgedBefore = new java.util.HashSet<>();
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            before = f.corpus().getJudgments().size();
            f.corpus().getJudgments().forEach(j -> judgedBefore.addAll(j.getCandidates()));
        }
        java.io.InputStream stdin = System.in;
        Cli r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("7\nr\nmore precise\n2\nq\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = Cli.run("judge", corpus.toString(), "--count", "2", "--retrain-every", "1", "--author", "coach", "--width", "100");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("[1] ") && r.out().contains("[2] ") && r.out().contains(" | "), "side by side: " + r.out());
        assertTrue(r.out().contains("'7' is not a key here"), r.out());
        assertTrue(r.out().contains("1 choice recorded"), r.out());
        assertTrue(r.out().contains("the head learned: head 2: 4 judgments"), r.out());
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 100 || line.startsWith("the head") || line.startsWith("choose"), line);
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            var all = f.corpus().getJudgments();
            assertEquals(before + 1, all.size());
            var choice = all.get(before);
            assertEquals(choice.getCandidates().get(1), choice.getChosen());
            assertEquals("more precise", choice.getRationale());
            assertEquals("coach", choice.getAuthor());
            for (String id : choice.getCandidates()) assertTrue(!judgedBefore.contains(id), "offered again: " + id);
            var a = f.store().get(choice.getCandidates().get(0));
            var b = f.store().get(choice.getCandidates().get(1));
            assertEquals(a.layer(), b.layer(), "candidates come from one layer");
            assertEquals(2, new org.strata.engine.Heads(f).current());
        }
    }

    @Test
    @Order(8)
    void aClassifierAndWeightsAreSetInTheScoringProfile() throws Exception {
        // the bag-of-words classifier of the score module's TextClassifierTest.sportOverSpam()
        try (var in = CurationCommandsTest.class.getResourceAsStream("sport-over-spam.onnx")) {
            Files.write(corpus.resolve("edu.onnx"), in.readAllBytes());
        }
        Cli bad = Cli.run("profile", corpus.toString(), "--weight", "colour=1");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown signal weight 'colour'"), bad.toString());
        Cli set = Cli.run("profile", corpus.toString(), "--classifier", "edu.onnx", "--classifier-inputs", "ids,mask",
                "--classifier-output", "prob", "--classifier-mode", "replace", "--weight", "redundancy=0.3");
        assertEquals(0, set.code(), set.toString());
        assertTrue(set.out().contains("redundancy 0.30"), set.out());
        assertTrue(set.out().contains("classifier: edu.onnx (replace), inputs ids and mask, output prob[0], range 0.0..1.0"), set.out());
        Cli score = Cli.run("score", corpus.toString(), "--rescore");
        assertEquals(0, score.code(), score.toString());
        assertTrue(score.out().contains("knowledge from the classifier edu.onnx"), score.out());
        Cli off = Cli.run("profile", corpus.toString(), "--classifier", "");
        assertTrue(off.out().contains("classifier: none"), off.out());
        assertTrue(Cli.run("score", corpus.toString(), "--rescore").out().contains("knowledge from the head"), "back to the head");
    }

    @Test
    @Order(9)
    void anotherEncoderIsRefusedUntilEveryPassageIsEncodedAgain() throws Exception {
        // the user's encoder: here the shipped model's int8 weights, in a folder of their own with the tokenizer
        Path enc = Files.createDirectories(corpus.resolve("my-encoder"));
        try (var in = org.strata.encoder.minilm.MiniLm.openModel(true)) {
            Files.write(enc.resolve("model.onnx"), in.readAllBytes());
        }
        try (var in = org.strata.encoder.minilm.MiniLm.openTokenizer()) {
            Files.write(enc.resolve("tokenizer.json"), in.readAllBytes());
        }
        Cli set = Cli.run("profile", corpus.toString(), "--encoder", "my-encoder");
        assertTrue(set.out().contains("encoder: my-encoder") && set.out().contains("--reembed"), set.toString());
        Cli refused = Cli.run("score", corpus.toString(), "--rescore");
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("the stored embeddings come from all-minilm-l6-v2 but the scoring profile names my-encoder"),
                refused.toString());
        Cli search = Cli.run("search", corpus.toString(), "taper", "--semantic");
        assertEquals(1, search.code(), "no search that mixes encoders: " + search);
        Cli headFirst = Cli.run("score", corpus.toString(), "--reembed");
        assertEquals(1, headFirst.code(), "the head in use learned other embeddings: " + headFirst);
        assertTrue(headFirst.err().contains("was trained on embeddings of all-minilm-l6-v2") && headFirst.err().contains("use prior"),
                headFirst.toString());
        assertEquals(0, Cli.run("head", corpus.toString(), "use", "prior").code());
        Cli again = Cli.run("score", corpus.toString(), "--reembed");
        assertEquals(0, again.code(), again.toString());
        int passages;
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            passages = f.store().count();
            assertEquals("my-encoder", Files.readString(f.store().folder().resolve("encoder.txt")).strip());
        }
        assertTrue(again.out().contains("with my-encoder") && again.out().contains(": " + passages + " encoded"), again.out());
        List<JsonObject> meaning = search("how to reduce training before a competition", "--semantic", "-k", "1");
        assertTrue(meaning.get(0).get("text").getAsString().contains("taper"), meaning.toString());
        Cli missing = Cli.run("profile", corpus.toString(), "--encoder", "nowhere");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("not a folder with a model and its tokenizer.json"), missing.toString());
    }

    @Test
    @Order(10)
    void anEncoderOfAnotherWidthTakesOverAfterAReembedding() throws Exception {
        // a 768-wide encoder (see the score module's WideEncoder), with MiniLM's tokenizer
        Path enc = Files.createDirectories(corpus.resolve("wide-encoder"));
        try (var in = CurationCommandsTest.class.getResourceAsStream("wide-encoder.onnx")) {
            Files.write(enc.resolve("model.onnx"), in.readAllBytes());
        }
        Files.copy(corpus.resolve("my-encoder").resolve("tokenizer.json"), enc.resolve("tokenizer.json"));
        assertEquals(0, Cli.run("profile", corpus.toString(), "--encoder", "wide-encoder").code());
        Cli again = Cli.run("score", corpus.toString(), "--reembed");
        assertEquals(0, again.code(), again.toString());
        int[] widths = new int[1000];
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            f.store().forEach(p -> widths[p.embedding() == null ? 0 : p.embedding().length]++);
            assertEquals(f.store().count(), widths[768], "every passage holds a 768-d embedding and no other");
        }
        List<JsonObject> near = search("tendon stiffness", "--semantic", "-k", "3");
        assertEquals(3, near.size(), "semantic search runs on the new width");
        Cli train = Cli.run("head", corpus.toString(), "train");
        assertEquals(0, train.code(), train.toString());
        Cli list = Cli.run("head", corpus.toString(), "list");
        assertTrue(list.out().lines().anyMatch(l -> l.contains("for wide-encoder (768-d)")), list.out());
        Cli explain = Cli.run("explain", corpus.toString(), near.get(0).get("id").getAsString());
        assertEquals(0, explain.code(), explain.toString());
        assertTrue(explain.out().contains("nearest other passage") && explain.out().contains("prototype"), explain.out());
    }

    @Test
    @Order(11)
    void aSentencePieceEncoderCountsEveryTokenFigure() throws Exception {
        // an encoder shaped like XLM-R's exports (no token_type_ids) with a SentencePiece Unigram tokenizer:
        // eval/tokenizers/unigram-en-ru (scripts/tokenizer-fixture says how it was made)
        Path fixture = Path.of("../../eval/tokenizers/unigram-en-ru");
        Path enc = Files.createDirectories(corpus.resolve("unigram-encoder"));
        Files.copy(fixture.resolve("model.onnx"), enc.resolve("model.onnx"));
        Files.copy(fixture.resolve("tokenizer.json"), enc.resolve("tokenizer.json"));
        org.strata.score.Tokenizer unigram;
        try (var in = Files.newInputStream(enc.resolve("tokenizer.json"))) {
            unigram = org.strata.score.Tokenizer.read(in, "unigram");
        }
        assertEquals(0, Cli.run("head", corpus.toString(), "use", "prior").code());
        Cli set = Cli.run("profile", corpus.toString(), "--encoder", "unigram-encoder");
        assertEquals(0, set.code(), set.toString());
        assertTrue(set.out().contains("encoder: unigram-encoder (Unigram tokenizer, 8000 tokens)"), set.out());
        assertTrue(set.out().contains("passages keep their bounds"), set.out());
        Cli again = Cli.run("score", corpus.toString(), "--reembed");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("token figures counted again with unigram-encoder Unigram"), again.out());
        assertTrue(again.out().contains("Passages keep their bounds"), again.out());
        // a Russian file ingested now is cut and counted by the same tokenizer
        Path ru = Files.createDirectories(corpus.getParent().resolve("ru"));
        Files.writeString(ru.resolve("sukhozhilie.txt"), "Сухожилие передаёт усилие мышцы на кость и запасает упругую энергию. "
                + "Жёсткость сухожилия растёт с нагрузкой, а время контакта с опорой у спринтера короче, чем у стайера.\n");
        assertEquals(0, Cli.run("ingest", corpus.toString(), ru.toString()).code());
        long total = 0;
        try (org.strata.engine.CorpusFolder f = org.strata.engine.CorpusFolder.open(corpus)) {
            List<org.strata.store.Passage> all = new java.util.ArrayList<>();
            f.store().forEach(all::add);
            for (org.strata.store.Passage p : all) {
                assertEquals(unigram.count(p.text()), p.tokens(), p.text());
                total += p.tokens();
            }
            assertTrue(all.stream().anyMatch(p -> p.text().startsWith("Сухожилие")));
        }
        assertEquals(0, Cli.run("score", corpus.toString()).code());
        Cli stats = Cli.run("stats", corpus.toString());
        assertTrue(stats.out().contains("tokens   " + total), stats.out());
        Path pack = corpus.getParent().resolve("unigram-pack");
        Cli export = Cli.run("export", corpus.toString(), "--out", pack.toString());
        assertEquals(0, export.code(), export.toString());
        assertTrue(Files.readString(pack.resolve("manifest.json")).contains("\"unigram-encoder Unigram\""));
        Cli unsure = Cli.run("pack", "verify", pack.toString());
        assertEquals(0, unsure.code(), unsure.toString());
        assertTrue(unsure.err().contains("tokens not recounted: they were counted with unigram-encoder Unigram"), unsure.toString());
        Cli verified = Cli.run("pack", "verify", pack.toString(), "--tokenizer", enc.resolve("tokenizer.json").toString());
        assertEquals(0, verified.code(), verified.toString());
        assertTrue(verified.err().isEmpty(), verified.toString());
        // a tokenizer.json of another model: refused when the encoder opens, with the cause named
        try (var in = org.strata.encoder.minilm.MiniLm.openTokenizer()) {
            Files.write(enc.resolve("tokenizer.json"), in.readAllBytes());
        }
        Cli wrong = Cli.run("score", corpus.toString(), "--rescore");
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("does not fit the model"), wrong.toString());
        Files.writeString(enc.resolve("tokenizer.json"), "{\"model\":{\"type\":\"Morfessor\"}}");
        Cli refused = Cli.run("profile", corpus.toString(), "--encoder", "unigram-encoder");
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("type Morfessor is not known"), refused.toString());
        Cli unknown = Cli.run("ingest", corpus.toString(), ru.toString());
        assertEquals(1, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("type Morfessor is not known"), unknown.toString());
    }
}
