package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.PackManifest;
import org.strata.export.PackVerifier;
import org.strata.export.PackWriter;
import org.strata.ingest.Extractor;
import org.strata.model.corpus.IngestStatus;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * Chat transcripts ingested as conversations, end to end: a ChatGPT export (each conversation its own source), a
 * Markdown export in Russian, a plain transcript, beside an ordinary document; broken and unknown turns and an
 * empty conversation each a clear line of the report while the rest is kept; a changed export drops the conversations
 * it lost; and the pack writes each conversation as multi-turn instructions in order, its bad exchanges left out
 * and counted.
 */
class ChatIngestionTest {
    @TempDir Path tmp;

    private static String node(String id, String parent, String child, String role, String text) {
        String message = role == null ? "null" : "{\"author\":{\"role\":\"" + role + "\"},\"content\":"
                + (text == null ? "{\"content_type\":\"text\"}" : "{\"content_type\":\"text\",\"parts\":[\"" + text + "\"]}") + "}";
        return "\"" + id + "\":{\"message\":" + message + ",\"parent\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"children\":["
                + (child == null ? "" : "\"" + child + "\"") + "]}";
    }

    /** A ChatGPT conversation of user and assistant turns (role, text pairs) in a chain. */
    private static String conversation(String id, String title, String... roleText) {
        StringBuilder m = new StringBuilder(node(id + "-0", null, id + "-1", null, null));
        int n = roleText.length / 2;
        for (int i = 1; i <= n; i++) {
            m.append(',').append(node(id + "-" + i, id + "-" + (i - 1), i < n ? id + "-" + (i + 1) : null, roleText[2 * i - 2], roleText[2 * i - 1]));
        }
        return "{\"title\":\"" + title + "\",\"id\":\"" + id + "\",\"current_node\":\"" + id + "-" + n + "\",\"mapping\":{" + m + "}}";
    }

    private Map<String, FileResult> ingest(CorpusFolder c, Path in) throws Exception {
        try (Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, 256, 2)) {
            IngestReport r = ingestion.run(c, List.of(in), f -> { });
            Map<String, FileResult> by = new HashMap<>();
            for (FileResult f : r.files()) {
                System.out.println("[chat] " + f.line());
                by.put(Path.of(f.path()).getFileName().toString(), f);
            }
            return by;
        }
    }

    @Test
    void transcriptsAreConversationsWithTurnsAndRolesAndThePackKeepsThem() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String export = "[" + conversation("c1", "Tendon stiffness",
                "user", "What does tendon stiffness change in sprinting?",
                "assistant", "A stiffer Achilles tendon stores and returns more elastic energy at toe-off, so less work is done by the muscle.",
                "tool", "search results",
                "user", "And what about ground contact time?",
                "assistant", "Ground contact time gets shorter as leg stiffness rises, which raises the step frequency at the same force.",
                "user", null)
                + "," + conversation("c2", "Taper", "user", "How long should a taper last before a marathon?",
                        "assistant", "Two to three weeks, cutting volume by forty to sixty percent while keeping the intensity of sessions.")
                + "," + conversation("c3", "New chat") + "]";
        Files.writeString(in.resolve("conversations.json"), export, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("темп.md"), """
                # Темповый бег

                ## Пользователь
                Что такое темповый бег и зачем он нужен бегуну на средние дистанции?

                ## Ассистент
                Темповый бег — это непрерывный бег на уровне лактатного порога в течение двадцати–сорока минут; он поднимает порог и учит держать скорость.
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("qa.txt"), "Q: Why?\nA: Because the elastic energy of the tendon is returned at toe-off instead of being lost as heat.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.txt"), "Plyometric training improves the stiffness of the lower leg and the reuse of elastic energy in sprinting.",
                StandardCharsets.UTF_8);
        Path dir = tmp.resolve("corpus");
        try (CorpusFolder c = CorpusFolder.create(dir, "chats")) {
            Map<String, FileResult> r = ingest(c, in);
            FileResult chat = r.get("conversations.json");
            assertEquals(Outcome.OK, chat.outcome(), chat.line());
            assertTrue(chat.reason().startsWith("2 conversations, 6 turns; in 'Tendon stiffness', turn 3: unknown role 'tool', left out; "
                    + "in 'Tendon stiffness', turn 6: its content cannot be read, left out; in 'New chat': an empty conversation, left out"), chat.line());
            assertEquals("1 conversation, 2 turns", r.get("темп.md").reason());
            assertEquals("1 conversation, 2 turns", r.get("qa.txt").reason(), "a short question is kept: the answer needs it");
            assertNull(r.get("notes.txt").reason(), "an ordinary document as before");

            String file = in.resolve("conversations.json").toAbsolutePath().normalize().toString();
            assertEquals("conversation of 4 turns", c.source(file + "#c1").getReason());
            assertEquals("Tendon stiffness", c.source(file + "#c1").getTitle());
            assertEquals(IngestStatus.OK, c.source(file).getStatus());
            assertNull(c.source(file + "#c3"), "an empty conversation is no source");
            Dialogues d = Dialogues.load(c);
            Dialogues.Dialogue c1 = d.of(file + "#c1");
            assertEquals(List.of("user", "assistant", "user", "assistant"), c1.turns().stream().map(Dialogues.Turn::role).toList());
            Passage answer = c.store().get(c1.turns().get(1).passages().get(0));
            assertTrue(answer.text().startsWith("A stiffer Achilles tendon"), answer.text());
            assertEquals(file + "#c1", answer.source());
            Dialogues.Dialogue ru = d.of(in.resolve("темп.md").toAbsolutePath().normalize().toString());
            assertEquals("ru", c.store().get(ru.turns().get(1).passages().get(0)).language());

            // every turn scored and placed like any passage; the expert rejects one answer
            List<Passage> all = new ArrayList<>();
            c.store().forEach(false, all::add);
            List<Passage> placed = new ArrayList<>();
            for (Passage p : all) {
                Passage q = p.withScore(0.6f, null, null).withLayer(p.text().contains("Темповый") || p.text().contains("Two to three") ? "strategies" : "logic");
                if (p.text().startsWith("Ground contact time gets shorter")) q = q.withStatus(PassageStatus.REJECTED);
                placed.add(q);
            }
            c.store().update(placed);
            c.store().commit();
        }

        Path pack = tmp.resolve("pack");
        PackManifest m;
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            m = PackExport.run(c, ExportRequest.defaults().withSplit(0, 8), pack, false, "strata test", PackWriter.Watch.NONE);
        }
        assertEquals(List.of(), PackVerifier.verify(pack, DefaultEncoder.tokenizer()::count));
        PackManifest.ConversationsEntry conv = m.conversations();
        assertEquals(4, conv.held());
        assertEquals(4, conv.written());
        assertEquals(Map.of("a turn the expert rejected", 1L), conv.leftOut(), "the exchange with the rejected answer");
        Map<String, List<JsonArray>> byStage = new HashMap<>();
        for (PackManifest.StageEntry s : m.stages()) {
            for (String l : Files.readAllLines(pack.resolve(s.folder()).resolve("sft.jsonl"), StandardCharsets.UTF_8)) {
                JsonObject o = JsonParser.parseString(l).getAsJsonObject();
                byStage.computeIfAbsent(s.layer(), k -> new ArrayList<>()).add(o.getAsJsonArray("messages"));
            }
        }
        JsonArray tendon = byStage.get("logic").stream().filter(a -> a.get(0).getAsJsonObject().get("content").getAsString()
                .startsWith("What does tendon stiffness")).findFirst().orElseThrow();
        assertEquals(2, tendon.size(), "the first exchange only: the second's answer was rejected");
        assertEquals("assistant", tendon.get(1).getAsJsonObject().get("role").getAsString());
        JsonArray tempo = byStage.get("strategies").stream().filter(a -> a.get(0).getAsJsonObject().get("content").getAsString()
                .startsWith("Что такое темповый бег")).findFirst().orElseThrow();
        assertTrue(tempo.get(1).getAsJsonObject().get("content").getAsString().startsWith("Темповый бег — это"), tempo.toString());
        assertTrue(Files.readString(pack.resolve("README.md")).contains("## Conversations"));

        // the export changed: a conversation gone loses its source and passages; the others stay
        Files.writeString(in.resolve("conversations.json"), "[" + conversation("c2", "Taper", "user", "How long should a taper last before a marathon?",
                "assistant", "Two to three weeks, cutting volume by forty to sixty percent while keeping the intensity of sessions.") + "]",
                StandardCharsets.UTF_8);
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            assertEquals("1 conversation, 2 turns", ingest(c, in.resolve("conversations.json")).get("conversations.json").reason());
            String file = in.resolve("conversations.json").toAbsolutePath().normalize().toString();
            assertNull(c.source(file + "#c1"));
            assertNull(Dialogues.load(c).of(file + "#c1"));
            assertNotNull(Dialogues.load(c).of(file + "#c2"));
            assertEquals(0, c.store().search(org.strata.store.PassageQuery.all().filter(org.strata.store.PassageFilter.NONE.with("source=" + file + "#c1")))
                    .total());
        }
    }

    @Test
    void aFileOfOnlyEmptyConversationsIsSkippedWithWhyAndNothingElseIsLost() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("conversations.json"), "[" + conversation("e1", "New chat") + "]", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("broken.json"), "[{\"mapping\": {\"a\": ", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.txt"), "Plyometric training improves the stiffness of the lower leg and the reuse of elastic energy.",
                StandardCharsets.UTF_8);
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "chats")) {
            Map<String, FileResult> r = ingest(c, in);
            assertEquals(Outcome.SKIPPED, r.get("conversations.json").outcome());
            assertEquals("no conversation with a turn; an empty conversation, left out".toLowerCase(Locale.ROOT),
                    r.get("conversations.json").reason().replace("in 'New chat': ", ""));
            assertEquals(Outcome.FAILED, r.get("broken.json").outcome());
            assertTrue(r.get("broken.json").reason().startsWith("the ChatGPT export is not valid JSON: End of input at line 1"), r.get("broken.json").line());
            assertEquals(Outcome.OK, r.get("notes.txt").outcome());
            assertEquals("бесед: 2, реплик: 6; в 'T', реплика 3: неизвестная роль «tool», пропущена",
                    Phrases.say("2 conversations, 6 turns; in 'T', turn 3: unknown role 'tool', left out", Locale.forLanguageTag("ru")));
            assertFalse(Files.exists(c.dir().resolve(Dialogues.FILE)) && Dialogues.load(c).all().size() > 0);
        }
    }

    @Test
    void aConversationGoneTakesNothingFromAnotherAndAnArchiveOfChatsIsReadAgainWhole() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String a = conversation("a", "A", "user", "What is a taper in marathon training?", "assistant",
                "A cut in training volume over the last weeks before the race, keeping the intensity.", "user", "Thanks!", "assistant", "You are welcome.");
        String b = conversation("b", "B", "user", "What is a tempo run for a middle-distance runner?", "assistant",
                "A steady run at the lactate threshold for twenty to forty minutes.", "user", "Thanks!", "assistant", "You are welcome.");
        Path export = in.resolve("conversations.json");
        Files.writeString(export, "[" + a + "," + b + "]", StandardCharsets.UTF_8);
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "chats")) {
            ingest(c, export);
            Files.writeString(export, "[" + b + "]", StandardCharsets.UTF_8); // conversation a deleted in ChatGPT, exported again
            ingest(c, export);
            String file = export.toAbsolutePath().normalize().toString();
            Dialogues.Dialogue kept = Dialogues.load(c).of(file + "#b");
            for (Dialogues.Turn t : kept.turns()) {
                for (String id : t.passages()) assertNotNull(c.store().get(id), "b's turn '" + t.role() + "' keeps its passage " + id);
            }
            assertNull(Dialogues.load(c).of(file + "#a"));

            // a zip of exports: read again, its conversations stay whole
            Path zip = tmp.resolve("chats.zip");
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                z.putNextEntry(new java.util.zip.ZipEntry("conversations.json"));
                z.write(("[" + a + "]").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            ingest(c, zip);
            ingest(c, zip);
            String member = zip.toAbsolutePath().normalize() + "!/conversations.json#a";
            assertNotNull(c.source(member), "the member's conversation survives the archive's second reading");
            assertEquals(4, Dialogues.load(c).of(member).turns().size());
            for (Dialogues.Turn t : Dialogues.load(c).of(member).turns()) assertNotNull(c.store().get(t.passages().get(0)));
        }
    }

    @Test
    void aFileThatTurnsFromTranscriptToDocumentOrBackLeavesNothingStale() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path notes = in.resolve("notes.txt");
        Files.writeString(notes, "User: What limits top speed in sprinting?\nAssistant: Ground contact time: the leg must apply its force "
                + "in less and less time as speed rises.\n", StandardCharsets.UTF_8);
        Path export = in.resolve("conversations.json");
        Files.writeString(export, "{\"note\": \"not an export yet: plain JSON that Tika reads as a document about sprint mechanics\"}",
                StandardCharsets.UTF_8);
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "chats")) {
            ingest(c, in);
            String n = notes.toAbsolutePath().normalize().toString(), e = export.toAbsolutePath().normalize().toString();
            assertNotNull(Dialogues.load(c).of(n), "a transcript");
            long flat = c.store().search(org.strata.store.PassageQuery.all().filter(org.strata.store.PassageFilter.NONE.with("source=" + e))).total();
            assertTrue(flat > 0, "the JSON read as a document");

            // the transcript becomes prose, the JSON becomes an export: neither keeps what it was
            Files.writeString(notes, "Sprint speed is limited by ground contact time: the leg must apply its force in less and less time as speed "
                    + "rises, and the stiffer the leg, the shorter the contact.\n", StandardCharsets.UTF_8);
            Files.writeString(export, "[" + conversation("x", "X", "user", "What is a taper before a marathon race?", "assistant",
                    "A cut in training volume over the last weeks before the race, keeping the intensity.") + "]", StandardCharsets.UTF_8);
            ingest(c, in);
            assertNull(Dialogues.load(c).of(n), "prose now: no conversation is left of it");
            assertNotNull(Dialogues.load(c).of(e + "#x"));
            assertEquals(0, c.store().search(org.strata.store.PassageQuery.all().filter(org.strata.store.PassageFilter.NONE.with("source=" + e)))
                    .total(), "the flat passages the JSON gave before are gone");
        }
    }
}
