package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackWriter;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;

/**
 * Did the pack teach: a real pack's eval items (English and Russian, two stages, two kinds) answered from a file and
 * by a real HTTP server speaking OpenAI's chat completions, scored fact by fact against the references, per stage and
 * kind, beside a baseline; a bad line, an unknown id, a second answer, a missing one, a server that times out or
 * answers garbage, each said for its item while the rest are scored; a server that cannot be reached stops the run.
 */
class PackEvalTest {
    @TempDir Path tmp;
    Path pack;
    List<PackEval.Item> items;

    private static final String[][] LOGIC = {
            {"Why does a stiffer tendon help a sprinter?", "A stiffer tendon returns more elastic energy at toe-off. Ground contact gets shorter."},
            {"What does plyometric training change?", "It raises leg stiffness; it shortens ground contact time."},
            {"Что повышает жёсткость сухожилия?", "Плиометрические тренировки повышают жёсткость сухожилия. Контакт с опорой становится короче."},
            {"How does fatigue change stiffness?", "Fatigue lowers leg stiffness and lengthens ground contact."},
            {"Why measure contact time?", "Contact time shows how fast force is applied."},
    };

    @BeforeEach
    void pack() throws Exception {
        Path dir = PackFixture.corpus(tmp.resolve("corpus"), DefaultEncoder.tokenizer());
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            for (int k = 0; k < 2; k++) {
                for (String[] q : LOGIC) {
                    VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
                    v.setLayer(c.corpus().getLayers().get(1));
                    v.setKind(k == 0 ? VerificationKind.CRITICAL_REASONING : VerificationKind.CHECK_QUESTION);
                    v.setPrompt(q[0] + (k == 0 ? "" : " (again)"));
                    v.setExpectedAnswer(q[1]);
                    c.corpus().getVerificationItems().add(v);
                }
            }
            c.save();
            pack = tmp.resolve("pack");
            PackExport.run(c, ExportRequest.defaults(), pack, false, "strata test", PackWriter.Watch.NONE);
        }
        items = PackEval.items(pack);
    }

    @Test
    void answersFromAFileAreScoredPerStageAndKindBesideABaselineAndEveryProblemIsSaid() throws Exception {
        assertTrue(items.size() >= 3, items.toString());
        assertTrue(items.stream().anyMatch(i -> i.layer().equals("concepts")) && items.stream().anyMatch(i -> i.layer().equals("logic")), items.toString());
        StringBuilder model = new StringBuilder(), base = new StringBuilder();
        PackEval.Item unanswered = items.get(items.size() - 1);
        for (PackEval.Item i : items) {
            if (i == unanswered) continue;
            model.append(line(i.id(), i.reference())).append('\n'); // the trained model says what the reference says
            base.append(line(i.id(), "I am not sure.")).append('\n');
        }
        model.append("not json at all\n").append(line("stage_09_nowhere-1", "x")).append('\n').append(line(items.get(0).id(), "a second try")).append('\n');
        Path answers = Files.writeString(tmp.resolve("answers.jsonl"), model.toString(), StandardCharsets.UTF_8);
        Path baseline = Files.writeString(tmp.resolve("baseline.jsonl"), base.toString(), StandardCharsets.UTF_8);
        PackEval.Run run = PackEval.fromFile(items, answers, "trained"), before = PackEval.fromFile(items, baseline, "base");
        assertEquals(List.of("answers.jsonl line " + items.size() + ": not a JSON object with an id and an answer",
                "answers.jsonl line " + (items.size() + 1) + ": stage_09_nowhere-1 is not an item of the pack",
                "answers.jsonl line " + (items.size() + 2) + ": a second answer to " + items.get(0).id() + ", the first kept"), run.problems());
        PackEval.Answered missing = run.answers().stream().filter(a -> a.item() == unanswered).findFirst().orElseThrow();
        assertEquals("no answer", missing.problem());
        for (PackEval.Answered a : run.answers()) if (a != missing) assertEquals(1.0, a.score(), 1e-9, a.item().id() + " " + a.scored());
        assertEquals(0.0, before.mean(i -> true)[0], 1e-9, "the baseline hits no fact");
        assertEquals(items.size() - 1, (int) run.mean(i -> true)[1], "every answered item is scored");

        // the report the workbench charts: per stage, both runs
        JsonObject report = JsonParser.parseString(PackEval.json(pack, items, run, before)).getAsJsonObject();
        assertEquals("strata-eval/1", report.get("format").getAsString());
        var stages = report.getAsJsonObject("model").getAsJsonArray("stages");
        assertTrue(stages.size() >= 2);
        assertEquals(1.0, stages.get(0).getAsJsonObject().get("mean").getAsDouble(), 1e-9);
        assertEquals(0.0, report.getAsJsonObject("baseline").getAsJsonArray("stages").get(0).getAsJsonObject().get("mean").getAsDouble(), 1e-9);
        assertEquals("no answer", report.getAsJsonObject("model").getAsJsonArray("items").get(items.size() - 1).getAsJsonObject().get("problem").getAsString());
    }

    @Test
    void anAnswerIsScoredByTheFactsItHitsInEitherLanguage() {
        AnswerScore.Scored half = AnswerScore.of("A stiffer tendon gives back more elastic energy when the toe leaves the ground.",
                "A stiffer tendon returns more elastic energy at toe-off. Ground contact gets shorter.");
        assertEquals(0.5, half.score(), 1e-9, half.toString());
        assertEquals(List.of("A stiffer tendon returns more elastic energy at toe-off."), half.hit());
        assertEquals(List.of("Ground contact gets shorter."), half.missed());
        AnswerScore.Scored ru = AnswerScore.of("Жёсткость сухожилий повышает плиометрическая тренировка, а контакта с опорой становится меньше по времени — он короче.",
                "Плиометрические тренировки повышают жёсткость сухожилия. Контакт с опорой становится короче.");
        assertEquals(1.0, ru.score(), 1e-9, "word forms match through the Russian stemmer: " + ru);
        assertEquals(0.0, AnswerScore.of("", "Fatigue lowers leg stiffness.").score(), 1e-9);
    }

    @Test
    void aServerIsAskedEachItemAndItsTimeoutsAndGarbageAreSaidPerItem() throws Exception {
        Map<String, String> reference = new HashMap<>();
        for (PackEval.Item i : items) reference.put(i.prompt(), i.reference());
        String slow = items.get(0).prompt(), garbage = items.get(1).prompt();
        List<String> asked = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            JsonObject req = JsonParser.parseString(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            String prompt = req.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString();
            asked.add(req.get("model").getAsString() + ": " + prompt);
            byte[] body;
            if (prompt.equals(slow)) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (prompt.equals(garbage)) {
                body = "<html>502 bad gateway</html>".getBytes(StandardCharsets.UTF_8);
            } else {
                JsonObject msg = new JsonObject();
                msg.addProperty("role", "assistant");
                msg.addProperty("content", reference.get(prompt));
                JsonObject choice = new JsonObject();
                choice.add("message", msg);
                JsonObject out = new JsonObject();
                com.google.gson.JsonArray choices = new com.google.gson.JsonArray();
                choices.add(choice);
                out.add("choices", choices);
                body = out.toString().getBytes(StandardCharsets.UTF_8);
            }
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            PackEval.Run run = PackEval.fromEndpoint(items, new ChatEndpoint(url, "strata-test", Duration.ofSeconds(1)), "server", a -> { });
            assertEquals(items.size(), asked.size(), "every item asked once");
            assertTrue(asked.get(0).startsWith("strata-test: "));
            assertEquals("the endpoint did not answer within 1 s", run.answers().get(0).problem());
            assertTrue(run.answers().get(1).problem().startsWith("the endpoint answered what is not a chat completion: <html>502"), run.answers().get(1).problem());
            for (int k = 2; k < items.size(); k++) assertEquals(1.0, run.answers().get(k).score(), 1e-9, run.answers().get(k).toString());
            Path saved = tmp.resolve("saved.jsonl");
            PackEval.saveAnswers(run, saved);
            assertEquals(items.size() - 2, Files.readAllLines(saved).size(), "the answers given, to score again");
        } finally {
            server.stop(0);
        }
        // nothing listens there any more: the run stops with why
        ChatEndpoint.Unreachable gone = assertThrows(ChatEndpoint.Unreachable.class, () -> PackEval.fromEndpoint(items,
                new ChatEndpoint("http://127.0.0.1:" + server.getAddress().getPort(), "m", Duration.ofSeconds(1)), "x", a -> { }));
        assertTrue(gone.getMessage().startsWith("cannot reach the endpoint http://127.0.0.1:"), gone.getMessage());
        assertThrows(java.io.IOException.class, () -> PackEval.items(tmp.resolve("corpus")), "a folder that is not a pack");
    }

    private static String line(String id, String answer) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("answer", answer);
        return o.toString();
    }
}
