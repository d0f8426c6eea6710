package org.strata.ingest.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * ChatGPT's data export, {@code conversations.json}: a list of conversations, each a tree of messages
 * ({@code mapping}: node id to message, parent and children) whose thread as last shown runs from
 * {@code current_node} up to the root. Parsed one conversation at a time from the stream (the whole file is never
 * one tree in memory). Hidden messages, empty system messages and the assistant's calls to its tools are the export's
 * scaffolding, not turns; a tool's answer is left out and said, as is a message whose content cannot be read.
 */
final class ChatGptExport {
    private ChatGptExport() {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Whether a JSON file starts as ChatGPT's export does: a list whose first object has a "mapping". */
    static boolean looksLike(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        String s = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1).stripLeading();
        return s.startsWith("[") && s.contains("\"mapping\"");
    }

    static List<Conversation> read(Path file) throws IOException {
        List<Conversation> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = new JsonReader(r)) {
            json.setStrictness(com.google.gson.Strictness.LENIENT);
            if (json.peek() != JsonToken.BEGIN_ARRAY) throw new IOException("not a ChatGPT export: it does not start with a list of conversations");
            json.beginArray();
            int n = 0;
            while (json.hasNext()) {
                n++;
                JsonElement e = com.google.gson.JsonParser.parseReader(json);
                out.add(e.isJsonObject() ? conversation(e.getAsJsonObject(), n)
                        : new Conversation(Integer.toString(n), null, null, List.of(), List.of("not a conversation (" + kind(e) + ")")));
            }
            json.endArray();
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            Throwable why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            throw new IOException("the ChatGPT export is not valid JSON: " + why.getMessage(), e);
        }
        return out;
    }

    private static String kind(JsonElement e) {
        return e.isJsonArray() ? "a list" : e.isJsonNull() ? "null" : "a value";
    }

    /** One conversation's thread, from its root to the node last shown. */
    static Conversation conversation(JsonObject c, int n) {
        String id = string(c, "conversation_id");
        if (id == null) id = string(c, "id");
        if (id == null) id = Integer.toString(n);
        String title = string(c, "title");
        String date = time(c.get("create_time"));
        List<String> problems = new ArrayList<>();
        JsonObject mapping = c.has("mapping") && c.get("mapping").isJsonObject() ? c.getAsJsonObject("mapping") : null;
        if (mapping == null) return new Conversation(id, title, date, List.of(), List.of("no messages (no \"mapping\")"));
        List<JsonObject> thread = thread(mapping, string(c, "current_node"));
        List<Conversation.Turn> turns = new ArrayList<>();
        int k = 0;
        for (JsonObject node : thread) {
            JsonElement m = node.get("message");
            if (m == null || !m.isJsonObject()) continue; // the root and other nodes without a message
            JsonObject msg = m.getAsJsonObject();
            String role = msg.has("author") && msg.get("author").isJsonObject() ? string(msg.getAsJsonObject("author"), "role") : null;
            String text = text(msg.get("content"));
            JsonElement flag = msg.has("metadata") && msg.get("metadata").isJsonObject()
                    ? msg.getAsJsonObject("metadata").get("is_visually_hidden_from_conversation") : null;
            boolean hidden = flag != null && flag.isJsonPrimitive() && flag.getAsBoolean();
            // the export's scaffolding: hidden messages (custom instructions), an empty system prompt, and the
            // assistant's calls to its tools (addressed to a tool, not to the person)
            String recipient = string(msg, "recipient");
            if (hidden || (Conversation.SYSTEM.equals(role) && (text == null || text.isBlank()))) continue;
            if (Conversation.ASSISTANT.equals(role) && recipient != null && !recipient.equals("all")) continue;
            k++;
            if (role == null) {
                problems.add("turn " + k + ": no author role, left out");
            } else if (!role.equals(Conversation.USER) && !role.equals(Conversation.ASSISTANT) && !role.equals(Conversation.SYSTEM)) {
                problems.add("turn " + k + ": unknown role '" + role + "', left out");
            } else if (text == null) {
                problems.add("turn " + k + ": its content cannot be read, left out");
            } else if (text.isBlank()) {
                problems.add("turn " + k + ": empty, left out");
            } else {
                turns.add(new Conversation.Turn(role, text.strip(), time(msg.get("create_time"))));
            }
        }
        return new Conversation(id, title, date, turns, problems);
    }

    /** The nodes from the root to {@code last} (to the deepest first child when the export names none). */
    private static List<JsonObject> thread(JsonObject mapping, String last) {
        List<JsonObject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = last != null && mapping.has(last) ? last : deepest(mapping);
        while (at != null && seen.add(at) && mapping.get(at) != null && mapping.get(at).isJsonObject()) {
            JsonObject node = mapping.getAsJsonObject(at);
            out.add(node);
            at = string(node, "parent");
        }
        Collections.reverse(out);
        return out;
    }

    /** The end of the thread that follows each node's first child from the root. */
    private static String deepest(JsonObject mapping) {
        String root = null;
        for (String k : mapping.keySet()) {
            JsonElement n = mapping.get(k);
            if (n.isJsonObject() && string(n.getAsJsonObject(), "parent") == null) root = k;
        }
        Set<String> seen = new HashSet<>();
        String at = root;
        while (at != null && seen.add(at)) {
            JsonElement n = mapping.get(at);
            if (n == null || !n.isJsonObject()) break;
            JsonElement kids = n.getAsJsonObject().get("children");
            if (kids == null || !kids.isJsonArray() || kids.getAsJsonArray().isEmpty() || !kids.getAsJsonArray().get(0).isJsonPrimitive()) return at;
            at = kids.getAsJsonArray().get(0).getAsString();
        }
        return at;
    }

    /** A message's text: its parts that are text, joined; null when the content is not of a shape the export writes. */
    private static String text(JsonElement content) {
        if (content == null || !content.isJsonObject()) return null;
        JsonObject c = content.getAsJsonObject();
        JsonElement parts = c.get("parts");
        if (parts != null && parts.isJsonArray()) {
            StringBuilder s = new StringBuilder();
            for (JsonElement p : (JsonArray) parts) {
                if (p.isJsonPrimitive() && p.getAsJsonPrimitive().isString()) s.append(s.isEmpty() ? "" : "\n\n").append(p.getAsString());
                else if (p.isJsonObject() && p.getAsJsonObject().has("text")) s.append(s.isEmpty() ? "" : "\n\n").append(string(p.getAsJsonObject(), "text"));
            }
            return s.toString();
        }
        String text = string(c, "text");
        return text != null ? text : null;
    }

    private static String time(JsonElement t) {
        if (t == null || !t.isJsonPrimitive() || !t.getAsJsonPrimitive().isNumber()) return null;
        double seconds = t.getAsDouble();
        return TIME.format(Instant.ofEpochMilli((long) (seconds * 1000)));
    }

    private static String string(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
