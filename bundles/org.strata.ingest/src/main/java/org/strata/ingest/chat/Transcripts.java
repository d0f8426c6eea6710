package org.strata.ingest.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat transcripts read as conversations, with their turns and roles, instead of flat text: ChatGPT's
 * {@code conversations.json} export (see {@link ChatGptExport}), Markdown exports whose turns start with a heading
 * ("## User", "### Assistant (2024-05-01 10:12)"), an Obsidian callout ("> [!user] 2024-05-01") or a bold label
 * ("**User:**"), and plain transcripts of "User:" / "Assistant:" or "Q:" / "A:" lines, in English and Russian
 * ("Пользователь:", "Ассистент:", "Вопрос:", "Ответ:"). A file is a transcript when at least one user and one
 * assistant turn start in it; anything else is left to Tika.
 */
public final class Transcripts {
    private Transcripts() {}

    /** How much of a text file is looked at to tell a transcript. */
    private static final int SNIFF = 1 << 16;

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("user", Conversation.USER), Map.entry("you", Conversation.USER), Map.entry("human", Conversation.USER),
            Map.entry("me", Conversation.USER), Map.entry("q", Conversation.USER), Map.entry("question", Conversation.USER),
            Map.entry("prompt", Conversation.USER),
            Map.entry("пользователь", Conversation.USER), Map.entry("я", Conversation.USER), Map.entry("вопрос", Conversation.USER),
            Map.entry("в", Conversation.USER), Map.entry("человек", Conversation.USER),
            Map.entry("assistant", Conversation.ASSISTANT), Map.entry("chatgpt", Conversation.ASSISTANT), Map.entry("gpt", Conversation.ASSISTANT),
            Map.entry("claude", Conversation.ASSISTANT), Map.entry("gemini", Conversation.ASSISTANT), Map.entry("ai", Conversation.ASSISTANT),
            Map.entry("bot", Conversation.ASSISTANT), Map.entry("model", Conversation.ASSISTANT), Map.entry("a", Conversation.ASSISTANT),
            Map.entry("answer", Conversation.ASSISTANT), Map.entry("response", Conversation.ASSISTANT),
            Map.entry("ассистент", Conversation.ASSISTANT), Map.entry("помощник", Conversation.ASSISTANT), Map.entry("ответ", Conversation.ASSISTANT),
            Map.entry("о", Conversation.ASSISTANT), Map.entry("ии", Conversation.ASSISTANT), Map.entry("бот", Conversation.ASSISTANT),
            Map.entry("system", Conversation.SYSTEM), Map.entry("система", Conversation.SYSTEM));

    /** Roles of chat exports that are not a person's nor the assistant's turn: their turns are left out and said. */
    private static final java.util.Set<String> OTHER_ROLES = java.util.Set.of("tool", "function", "developer", "plugin", "инструмент", "функция");

    /** "## User", "### Assistant (2024-05-01 10:12)", "## 🧑 User — 10:12": a heading of one or two words, then a time. */
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(?:[^\\p{L}\\s]+\\s*)?([\\p{L}]+)(?:\\s*[:.]?)\\s*(?:[-—–(\\[,·|]\\s*(.*?)[)\\]]?)?\\s*$");
    /** "> [!user] 2024-05-01 10:12" or "> [!question]- Title": an Obsidian callout; its body is the lines starting with ">". */
    private static final Pattern CALLOUT = Pattern.compile("^>\\s*\\[!([\\p{L}-]+)\\][+-]?\\s*(.*)$");
    /** "**User:** text" or "**User** (10:12): text". */
    private static final Pattern BOLD = Pattern.compile("^\\*\\*([\\p{L}]+)\\s*:?\\*\\*\\s*(?:\\(([^)]*)\\))?\\s*:?\\s*(.*)$");
    /** "User: text", "Q: text", "Ответ: текст". */
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}]{1,14})\\s*:\\s*(.*)$");

    /** The kind of transcript a file holds, or null when it is none (then Tika reads it as any document). */
    public static Kind kind(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return ChatGptExport.looksLike(file) ? Kind.CHATGPT : null;
        if (!(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) return null;
        String head = head(file);
        if (head == null) return null;
        for (Kind k : new Kind[] {Kind.CALLOUT, Kind.HEADING, Kind.BOLD, Kind.LABEL}) {
            if (startsBoth(k, head)) return k;
        }
        return null;
    }

    /** How the turns of a transcript start. */
    public enum Kind {
        CHATGPT, HEADING, CALLOUT, BOLD, LABEL
    }

    /** The conversations of a file of a kind {@link #kind} found; a file that is not what it seemed throws with why. */
    public static List<Conversation> read(Path file, Kind kind) throws IOException {
        if (kind == Kind.CHATGPT) return ChatGptExport.read(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return List.of(turns(text, kind));
    }

    /** A transcript's text cut into turns at the lines its kind starts them with. */
    static Conversation turns(String text, Kind kind) {
        // the words this transcript names its two speakers with ("User", "Assistant"): an answer's own "**Question:**"
        // or "Answer:" is its text, not a turn
        String[] words = speakers(text, kind);
        List<Conversation.Turn> turns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String role = null, time = null, unknown = null;
        StringBuilder body = new StringBuilder();
        int n = 0;
        String title = null;
        String level = null; // the heading level that starts turns ("##"): an answer's own headings of other levels are its text
        String[] lines = text.split("\r?\n", -1);
        for (String line : lines) {
            Start s = start(kind, line);
            // inline labels ("**Question:**", "Answer:", "> [!question]") inside a turn are its text: only the words the
            // transcript opened with start turns; headings are told apart by their level instead
            if (s != null && kind != Kind.HEADING && s.role != null && !s.role.equals(Conversation.SYSTEM) && !s.word.equalsIgnoreCase(
                    s.role.equals(Conversation.USER) ? words[0] : words[1])) {
                s = null;
            }
            if (s != null && kind == Kind.HEADING) {
                int h = 0;
                while (h < line.length() && line.charAt(h) == '#') h++;
                String hashes = line.substring(0, h);
                if (level == null && s.role != null) level = hashes;
                if (!hashes.equals(level)) s = null;
            }
            if (s != null && (s.role != null || s.unknownRole != null)) {
                n = end(turns, problems, n, role, unknown, time, body);
                role = s.role;
                unknown = s.unknownRole;
                time = s.time == null || s.time.isBlank() ? null : s.time.strip();
                body.setLength(0);
                if (s.rest != null && !s.rest.isBlank()) body.append(s.rest.strip()).append('\n');
                continue;
            }
            if (role == null && unknown == null) {
                // before the first turn: a title heading, front matter, or nothing
                if (title == null && line.startsWith("# ")) title = line.substring(2).strip();
                continue;
            }
            body.append(kind == Kind.CALLOUT ? line.replaceFirst("^>\\s?", "") : line).append('\n');
        }
        end(turns, problems, n, role, unknown, time, body);
        return new Conversation("1", title, null, turns, problems);
    }

    private record Start(String role, String unknownRole, String time, String rest, String word) {}

    /** The first word that starts a person's turn and the first that starts the assistant's, in the text. */
    private static String[] speakers(String text, Kind kind) {
        String[] out = {"", ""};
        for (String line : text.split("\r?\n")) {
            Start s = start(kind, line);
            if (s == null || s.role == null) continue;
            if (s.role.equals(Conversation.USER) && out[0].isEmpty()) out[0] = s.word;
            if (s.role.equals(Conversation.ASSISTANT) && out[1].isEmpty()) out[1] = s.word;
            if (!out[0].isEmpty() && !out[1].isEmpty()) break;
        }
        return out;
    }

    /** Whether a line starts a turn of this kind: its role (known or not), its time, and text on the same line. */
    private static Start start(Kind kind, String line) {
        Matcher m;
        switch (kind) {
            case HEADING -> {
                m = HEADING.matcher(line);
                if (!m.matches() || line.startsWith("# ")) return null; // "# Title" is the conversation's title
                return start(m.group(1), m.group(2), null, true);
            }
            case CALLOUT -> {
                m = CALLOUT.matcher(line);
                if (!m.matches()) return null;
                return start(m.group(1), m.group(2), null, true);
            }
            case BOLD -> {
                m = BOLD.matcher(line);
                if (!m.matches()) return null;
                return start(m.group(1), m.group(2), m.group(3), false);
            }
            case LABEL -> {
                m = LABEL.matcher(line);
                if (!m.matches()) return null;
                return start(m.group(1), null, m.group(2), false);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The start of a turn by a role: a person's, the assistant's or the system's, or one of the other roles chat
     * exports hold (a tool's output), whose turn is left out and named. Any other word is ordinary text of the turn
     * (an answer's own "## Summary" heading, a "> [!note]" callout).
     */
    private static Start start(String word, String time, String rest, boolean shapedForRoles) {
        String w = word.toLowerCase(Locale.ROOT);
        String role = ROLES.get(w);
        if (role != null) return new Start(role, null, time, rest, word);
        return OTHER_ROLES.contains(w) ? new Start(null, word, time, rest, word) : null;
    }

    /** Ends the turn being read: kept when it has a known role and text, else said in the problems. */
    private static int end(List<Conversation.Turn> turns, List<String> problems, int n, String role, String unknown, String time,
            StringBuilder body) {
        if (role == null && unknown == null) return n;
        n++;
        String text = body.toString().strip();
        if (unknown != null) problems.add("turn " + n + ": unknown role '" + unknown + "', left out");
        else if (text.isEmpty()) problems.add("turn " + n + ": empty, left out");
        else turns.add(new Conversation.Turn(role, text, time));
        return n;
    }

    /** Text before the first turn beyond this many letters makes a file a document that merely quotes a chat. */
    private static final int PREAMBLE = 400;

    private static boolean startsBoth(Kind kind, String head) {
        boolean user = false, assistant = false, started = false;
        int before = 0;
        // lines read one by one: most files are documents, given up on after their first 400 letters of preamble
        for (int from = 0, nl; from < head.length(); from = nl + 1) {
            nl = head.indexOf('\n', from);
            if (nl < 0) nl = head.length();
            String line = head.substring(from, nl > from && head.charAt(nl - 1) == '\r' ? nl - 1 : nl);
            Start s = start(kind, line);
            if (s == null || s.role == null) {
                if (!started && !line.startsWith("#") && !line.startsWith("---")) before += line.strip().length();
                if (!started && before > PREAMBLE) return false;
                continue;
            }
            started = true;
            user |= s.role.equals(Conversation.USER);
            assistant |= s.role.equals(Conversation.ASSISTANT);
            if (user && assistant) return true;
        }
        return false;
    }

    /**
     * The first {@value #SNIFF} bytes of a file as UTF-8, or null when they are not UTF-8 text (Tika then reads the
     * file, whatever its encoding); a character cut at the end of the sample does not count.
     */
    private static String head(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(SNIFF);
        }
        for (byte x : b) if (x == 0) return null;
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length);
        java.nio.charset.CoderResult r = utf8.decode(in, out, false);
        if (r.isError()) return null;
        out.flip();
        return out.toString();
    }

    static Reader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
