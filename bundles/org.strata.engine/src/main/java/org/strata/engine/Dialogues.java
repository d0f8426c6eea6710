package org.strata.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The conversations of a corpus: for each source that is a chat conversation, its title and date and its turns in
 * order, each turn a role and the ids of the passages it was cut into, and what was left out of it at ingestion
 * (kept in {@value #FILE} beside the model). The passages are ordinary passages, scored and placed like any; a pack
 * puts them back together as multi-turn conversations.
 */
public final class Dialogues {
    static final String FILE = "conversations.json";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** One conversation: its turns in order, and the problems its ingestion found. */
    public record Dialogue(String title, String date, List<Turn> turns, List<String> leftOut) {}

    /** A turn: who spoke and the passages of what was said. */
    public record Turn(String role, List<String> passages) {}

    private final Map<String, Dialogue> bySource;

    private Dialogues(Map<String, Dialogue> bySource) {
        this.bySource = bySource;
    }

    /** The corpus's conversations; none when it holds none. A damaged file is refused with the remedy. */
    public static Dialogues load(CorpusFolder corpus) throws IOException {
        Path f = corpus.dir().resolve(FILE);
        if (!Files.exists(f)) return new Dialogues(new TreeMap<>());
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            Map<String, Dialogue> m = GSON.fromJson(r, new TypeToken<TreeMap<String, Dialogue>>() { }.getType());
            return new Dialogues(m == null ? new TreeMap<>() : m);
        } catch (JsonParseException e) {
            throw new IOException(f + " is damaged (" + e.getMessage() + "); ingest the transcripts again to rebuild it", e);
        }
    }

    /** Writes the conversations, all or nothing. */
    public void save(CorpusFolder corpus) throws IOException {
        AtomicFiles.write(corpus.dir().resolve(FILE), GSON.toJson(bySource).getBytes(StandardCharsets.UTF_8));
    }

    void put(String source, Dialogue d) {
        bySource.put(source, d);
    }

    void remove(String source) {
        bySource.remove(source);
    }

    /** The conversation of a source, or null when the source is not one. */
    public Dialogue of(String source) {
        return bySource.get(source);
    }

    /** Every conversation by source, in source order. */
    public Map<String, Dialogue> all() {
        return java.util.Collections.unmodifiableMap(bySource);
    }

    /** The sources that are conversations of a file (a ChatGPT export holds many: {@code file#id}). */
    List<String> of(String fileUri, boolean members) {
        List<String> out = new ArrayList<>();
        for (String s : bySource.keySet()) if (s.equals(fileUri) || (members && s.startsWith(fileUri + "#"))) out.add(s);
        return out;
    }
}
