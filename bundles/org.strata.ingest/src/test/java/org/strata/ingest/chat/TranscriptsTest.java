package org.strata.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat transcripts in each supported shape, in English and Russian, read back as conversations with their turns and
 * roles: ChatGPT's conversations.json (a tree of messages, hidden system scaffolding, a tool's turn, a broken one),
 * Markdown headings with dates, Obsidian callouts, bold labels, plain "User:"/"Assistant:" and "Q:"/"A:" lines; an
 * unknown role, an empty turn, an empty conversation and a 10,000-turn conversation; and ordinary documents that
 * are not transcripts.
 */
class TranscriptsTest {
    @TempDir Path tmp;

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> roles(Conversation c) {
        return c.turns().stream().map(Conversation.Turn::role).toList();
    }

    /** A ChatGPT export node: id, parent, children, and a message (null for the root). */
    private static String node(String id, String parent, String child, String role, String content, String extra) {
        String message = role == null ? "null" : "{\"id\":\"" + id + "\",\"author\":{\"role\":\"" + role + "\",\"name\":null,\"metadata\":{}},"
                + "\"create_time\":1714550400.5,\"content\":" + content + ",\"status\":\"finished_successfully\",\"metadata\":{" + extra + "}}";
        return "\"" + id + "\":{\"id\":\"" + id + "\",\"message\":" + message + ",\"parent\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + ",\"children\":[" + (child == null ? "" : "\"" + child + "\"") + "]}";
    }

    private static String text(String s) {
        return "{\"content_type\":\"text\",\"parts\":[\"" + s + "\"]}";
    }

    @Test
    void chatGptsExportGivesEachConversationItsThreadWithRoles() throws Exception {
        String first = "{\"title\":\"Tendon stiffness\",\"create_time\":1714550400.0,\"conversation_id\":\"c-1\",\"current_node\":\"m5\",\"mapping\":{"
                + node("root", null, "m0", null, null, "") + ","
                + node("m0", "root", "m1", "system", text(""), "\"is_visually_hidden_from_conversation\":true") + ","
                + node("m1", "m0", "m2", "user", text("What does tendon stiffness change in sprinting?"), "") + ","
                + node("m2", "m1", "m3", "assistant", text("A stiffer Achilles tendon returns more elastic energy at toe-off."), "") + ","
                + node("m3", "m2", "m4", "tool", text("search results: ..."), "") + ","
                + node("m4", "m3", "m5", "user", "{\"content_type\":\"text\"}", "") + ","
                + node("m5", "m4", null, "assistant", text("Ground contact gets shorter as stiffness rises."), "") + ","
                // an edited branch that was not the one last shown
                + node("x1", "m2", null, "user", text("an abandoned edit"), "") + "}}";
        String russian = "{\"title\":\"Жёсткость\",\"id\":\"c-2\",\"current_node\":\"r2\",\"mapping\":{"
                + node("r0", null, "r1", null, null, "") + ","
                + node("r1", "r0", "r2", "user", text("Что такое жёсткость сухожилия?"), "") + ","
                + node("r2", "r1", null, "assistant", text("Это отношение силы к удлинению сухожилия."), "") + "}}";
        String empty = "{\"title\":\"New chat\",\"id\":\"c-3\",\"mapping\":{" + node("e0", null, null, null, null, "") + "}}";
        Path f = file("conversations.json", "[" + first + "," + russian + "," + empty + "]");
        assertEquals(Transcripts.Kind.CHATGPT, Transcripts.kind(f));
        List<Conversation> cs = Transcripts.read(f, Transcripts.Kind.CHATGPT);
        assertEquals(3, cs.size());
        Conversation c = cs.get(0);
        assertEquals("c-1", c.id());
        assertEquals("Tendon stiffness", c.title());
        assertEquals("2024-05-01 08:00", c.date());
        assertEquals(List.of("user", "assistant", "assistant"), roles(c), "the thread last shown, the hidden system message skipped");
        assertEquals("Ground contact gets shorter as stiffness rises.", c.turns().get(2).text());
        assertEquals(List.of("turn 3: unknown role 'tool', left out", "turn 4: its content cannot be read, left out"), c.problems());
        assertEquals(List.of("user", "assistant"), roles(cs.get(1)));
        assertEquals("Что такое жёсткость сухожилия?", cs.get(1).turns().get(0).text());
        assertTrue(cs.get(2).turns().isEmpty(), "an empty conversation has no turns");

        Path broken = file("conversations (2).json", "[" + first.substring(0, 200));
        assertEquals(Transcripts.Kind.CHATGPT, Transcripts.kind(broken));
        Exception e = assertThrows(java.io.IOException.class, () -> Transcripts.read(broken, Transcripts.Kind.CHATGPT));
        assertTrue(e.getMessage().startsWith("the ChatGPT export is not valid JSON"), e.getMessage());
        assertNull(Transcripts.kind(file("data.json", "{\"a\": [1, 2, 3]}")), "other JSON is a document for Tika");
    }

    @Test
    void markdownExportsWithHeadingsCalloutsAndBoldLabels() throws Exception {
        Path headings = file("chat.md", """
                # Sprint mechanics

                ## User (2024-05-01 10:12)
                Why does ground contact time matter?

                ## Assistant (2024-05-01 10:12)
                Shorter contact means a higher step frequency at the same force.

                ### Why it works
                Force must be applied faster.

                ## Tool
                {"results": []}

                ## User
                And stiffness?

                ## ChatGPT
                A stiffer leg shortens contact.
                """);
        assertEquals(Transcripts.Kind.HEADING, Transcripts.kind(headings));
        Conversation c = Transcripts.read(headings, Transcripts.Kind.HEADING).get(0);
        assertEquals("Sprint mechanics", c.title());
        assertEquals(List.of("user", "assistant", "user", "assistant"), roles(c));
        assertEquals("2024-05-01 10:12", c.turns().get(0).time());
        assertTrue(c.turns().get(1).text().contains("### Why it works\nForce must be applied faster."), "an answer's own heading is its text");
        assertEquals(List.of("turn 3: unknown role 'Tool', left out"), c.problems());

        Path callouts = file("беседа.md", """
                > [!user] 2024-05-01 10:12
                > Что такое темповый бег?
                >
                > Коротко.

                > [!assistant] 2024-05-01 10:13
                > Бег на уровне лактатного порога, 20–40 минут.
                > [!note] это заметка внутри ответа

                > [!user]
                >

                > [!assistant]
                > Пульс около 88% от максимума.
                """);
        assertEquals(Transcripts.Kind.CALLOUT, Transcripts.kind(callouts));
        Conversation r = Transcripts.read(callouts, Transcripts.Kind.CALLOUT).get(0);
        assertEquals(List.of("user", "assistant", "assistant"), roles(r));
        assertEquals("Что такое темповый бег?\n\nКоротко.", r.turns().get(0).text());
        assertEquals("2024-05-01 10:13", r.turns().get(1).time());
        assertTrue(r.turns().get(1).text().contains("[!note]"), "a callout of another kind is the answer's text");
        assertEquals(List.of("turn 3: empty, left out"), r.problems());

        Path bold = file("bold.md", "**User:** What is VO2max?\n\n**Assistant:** The most oxygen the body can use per minute.\nIt is measured in ml/kg/min.\n");
        assertEquals(Transcripts.Kind.BOLD, Transcripts.kind(bold));
        Conversation b = Transcripts.read(bold, Transcripts.Kind.BOLD).get(0);
        assertEquals(List.of("user", "assistant"), roles(b));
        assertEquals("The most oxygen the body can use per minute.\nIt is measured in ml/kg/min.", b.turns().get(1).text());
    }

    @Test
    void plainTranscriptsInEnglishAndRussian() throws Exception {
        Path qa = file("faq.txt", "Q: What is a taper?\nA: A cut in training volume before a race.\nNote: it keeps intensity.\n\nQ: How long?\nA: One to three weeks.\n");
        assertEquals(Transcripts.Kind.LABEL, Transcripts.kind(qa));
        Conversation c = Transcripts.read(qa, Transcripts.Kind.LABEL).get(0);
        assertEquals(List.of("user", "assistant", "user", "assistant"), roles(c));
        assertEquals("A cut in training volume before a race.\nNote: it keeps intensity.", c.turns().get(1).text(), "a label of no role is text");

        Path ru = file("диалог.txt", "Пользователь: Сколько длится подводка?\nАссистент: Обычно от одной до трёх недель.\n");
        Conversation r = Transcripts.read(ru, Transcripts.kind(ru)).get(0);
        assertEquals(List.of("user", "assistant"), roles(r));
        assertEquals("Обычно от одной до трёх недель.", r.turns().get(1).text());

        assertNull(Transcripts.kind(file("essay.txt", "Note: this is an essay.\nIt has lines like Summary: and nothing else.\n")));
        assertNull(Transcripts.kind(file("notes.md", "# Notes\n\n## Introduction\n\nText.\n")));
        assertNull(Transcripts.kind(file("paper.pdf", "User: a\nAssistant: b\n")), "only text formats are sniffed");
    }

    @Test
    void anAnswersOwnLabelsStayItsTextAndWhatIsNotAChatIsLeftToTika() throws Exception {
        Path quiz = file("quiz.md", "**User:** Make me a quiz on taper.\n\n**Assistant:** Here it is.\n**Question:** How long is a taper?\n"
                + "**Answer:** One to three weeks.\n\n**User:**\tThanks\n");
        Conversation c = Transcripts.read(quiz, Transcripts.kind(quiz)).get(0);
        assertEquals(List.of("user", "assistant", "user"), roles(c), "the speakers are the words the transcript opened with");
        assertTrue(c.turns().get(1).text().contains("**Question:** How long is a taper?\n**Answer:** One to three weeks."), c.turns().get(1).text());

        Path tab = file("tab.md", "##\tUser\nWhat is VO2max?\n##\tAssistant\nThe most oxygen the body uses per minute.\n");
        assertEquals(List.of("user", "assistant"), roles(Transcripts.read(tab, Transcripts.kind(tab)).get(0)), "a tab after the hashes");

        Path notes = file("notes.md", "# Study notes\n\n" + "Interval training alternates hard and easy running. ".repeat(12)
                + "\n\n## Question\nWhat is an interval?\n\n## Answer\nA hard bout followed by rest.\n");
        assertNull(Transcripts.kind(notes), "a document that quotes a question and an answer at its end is a document");

        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "Q: Caf\u00e9?\nA: Oui, un caf\u00e9 cr\u00e8me.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertNull(Transcripts.kind(latin1), "not UTF-8: Tika reads it, whatever its encoding");
    }

    @Test
    void chatGptsHiddenMessagesAndToolCallsAreScaffoldingNotTurns() throws Exception {
        String c = "{\"title\":\"T\",\"id\":\"c\",\"current_node\":\"m4\",\"mapping\":{"
                + node("r", null, "m1", null, null, "") + ","
                + node("m1", "r", "m2", "user", text("my custom instructions"), "\"is_visually_hidden_from_conversation\":true") + ","
                + node("m2", "m1", "m3", "user", text("What is a taper?"), "") + ","
                + node("m3", "m2", "m4", "assistant", text("search(\\\"taper\\\")"), "").replace("\"status\"", "\"recipient\":\"browser\",\"status\"") + ","
                + node("m4", "m3", null, "assistant", text("A cut in training before a race."), "") + "}}";
        Conversation conv = Transcripts.read(file("conversations.json", "[" + c + "]"), Transcripts.Kind.CHATGPT).get(0);
        assertEquals(List.of("user", "assistant"), roles(conv));
        assertEquals("A cut in training before a race.", conv.turns().get(1).text());
        assertEquals(List.of(), conv.problems());
    }

    @Test
    void aTenThousandTurnConversationIsReadWhole() throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5000; i++) s.append("User: question ").append(i).append("\nAssistant: answer ").append(i).append('\n');
        Path f = file("long.txt", s.toString());
        Conversation c = Transcripts.read(f, Transcripts.kind(f)).get(0);
        assertEquals(10_000, c.turns().size());
        assertEquals("answer 4999", c.turns().get(9_999).text());
    }
}
