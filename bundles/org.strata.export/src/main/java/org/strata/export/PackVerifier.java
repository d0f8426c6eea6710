package org.strata.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Checks a pack against its manifest: every file's SHA-256, records and tokens, every record against its
 * schema, and no file that the manifest does not list. Says what differs, one line per difference, naming the
 * file and the line.
 */
public final class PackVerifier {
    /** Files a pack holds beside its stages. */
    private static final Set<String> TOP = Set.of("manifest.json");
    private static final int MAX_PER_FILE = 5;

    private PackVerifier() {}

    /** The differences (none: the pack is intact). {@code tokenizer} recounts tokens; null skips that check. */
    public static List<String> verify(Path pack, ToIntFunction<String> tokenizer) throws IOException {
        List<String> out = new ArrayList<>();
        Path mf = pack.resolve("manifest.json");
        if (!Files.isRegularFile(mf)) {
            out.add(pack + " has no manifest.json: not a Strata pack");
            return out;
        }
        PackManifest m;
        try {
            m = PackWriter.PRETTY.fromJson(Files.readString(mf, StandardCharsets.UTF_8), PackManifest.class);
        } catch (JsonParseException e) {
            out.add("manifest.json cannot be read: " + e.getMessage());
            return out;
        }
        if (m == null || m.format() == null || !m.format().startsWith("strata-pack/") || m.stages() == null) {
            out.add("manifest.json is not a Strata pack manifest");
            return out;
        }
        Set<String> listed = new HashSet<>(TOP);
        for (PackManifest.StageEntry s : m.stages()) {
            for (PackManifest.FileEntry f : s.files()) {
                listed.add(f.path());
                check(pack, f, tokenizer, out);
            }
        }
        for (PackManifest.FileEntry f : m.files() == null ? List.<PackManifest.FileEntry>of() : m.files()) {
            listed.add(f.path());
            checkHash(pack, f, out);
        }
        try (Stream<Path> all = Files.walk(pack)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String rel = pack.relativize(p).toString().replace('\\', '/');
                if (!listed.contains(rel)) out.add(rel + ": not in the manifest");
            }
        }
        return out;
    }

    /** A file checked by its hash alone (those beside the stages, and Parquet copies of checked JSON Lines). */
    private static void checkHash(Path pack, PackManifest.FileEntry f, List<String> out) throws IOException {
        Path p = pack.resolve(f.path());
        if (!Files.isRegularFile(p)) {
            out.add(f.path() + ": missing");
            return;
        }
        String sha = PackFile.sha256(p);
        if (!sha.equals(f.sha256())) out.add(f.path() + ": sha256 " + sha + ", the manifest says " + f.sha256());
    }

    private static void check(Path pack, PackManifest.FileEntry f, ToIntFunction<String> tokenizer, List<String> out) throws IOException {
        if (f.path().endsWith(".parquet")) { // a copy of its JSON Lines file, which is checked record by record
            checkHash(pack, f, out);
            return;
        }
        Path p = pack.resolve(f.path());
        if (!Files.isRegularFile(p)) {
            out.add(f.path() + ": missing");
            return;
        }
        MessageDigest digest = PackFile.sha256();
        long records = 0, tokens = 0;
        int problems = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                records++;
                String why;
                JsonObject o = null;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    why = e.isJsonObject() ? Schemas.check(f.schema(), o = e.getAsJsonObject()) : "not a JSON object";
                } catch (JsonParseException | IllegalStateException e) {
                    why = "not JSON: " + e.getMessage();
                }
                if (why != null && problems++ < MAX_PER_FILE) out.add(f.path() + " line " + records + ": " + why);
                if (why == null && tokenizer != null) tokens += tokens(f.schema(), o, tokenizer);
            }
        }
        if (problems > MAX_PER_FILE) out.add(f.path() + ": " + (problems - MAX_PER_FILE) + " more lines do not fit the " + f.schema() + " schema");
        String sha = HexFormat.of().formatHex(digest.digest());
        if (!sha.equals(f.sha256())) out.add(f.path() + ": sha256 " + sha + ", the manifest says " + f.sha256());
        if (records != f.records()) out.add(f.path() + ": " + records + " records, the manifest says " + f.records());
        if (tokenizer != null && problems == 0 && tokens != f.tokens()) {
            out.add(f.path() + ": " + tokens + " tokens, the manifest says " + f.tokens());
        }
    }

    /** Tokens of a record as the writer counts them: the text the trainer reads. */
    static long tokens(String schema, JsonObject o, ToIntFunction<String> tokenizer) {
        return switch (schema) {
            case "pretrain", "memory" -> tokenizer.applyAsInt(o.get("text").getAsString());
            case "sft" -> contents(o.getAsJsonArray("messages"), tokenizer);
            case "dpo" -> tokenizer.applyAsInt(o.get("prompt").getAsString()) + tokenizer.applyAsInt(o.get("chosen").getAsString())
                    + tokenizer.applyAsInt(o.get("rejected").getAsString());
            case "dpo_openai" -> contents(o.getAsJsonObject("input").getAsJsonArray("messages"), tokenizer)
                    + contents(o.getAsJsonArray("preferred_output"), tokenizer) + contents(o.getAsJsonArray("non_preferred_output"), tokenizer);
            case "eval" -> tokenizer.applyAsInt(o.get("prompt").getAsString()) + tokenizer.applyAsInt(o.get("answer").getAsString());
            default -> 0;
        };
    }

    private static long contents(com.google.gson.JsonArray turns, ToIntFunction<String> tokenizer) {
        long t = 0;
        for (JsonElement m : turns) t += tokenizer.applyAsInt(m.getAsJsonObject().get("content").getAsString());
        return t;
    }
}
