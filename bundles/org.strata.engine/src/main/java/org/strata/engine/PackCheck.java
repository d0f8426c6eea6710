package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

import com.google.gson.JsonParser;

import org.strata.encoder.minilm.MiniLm;
import org.strata.export.PackVerifier;
import org.strata.score.Tokenizer;

/**
 * Checks a pack against its own manifest (sha256 of every file, record counts, every record against its schema)
 * and recounts its tokens with the tokenizer they were counted with: the one given, or the shipped encoder's where
 * the manifest names it. A pack counted with another tokenizer, and none given, is checked without the recount.
 */
public final class PackCheck {
    /** What differs from the manifest (empty: intact), and why tokens were not recounted (null when they were). */
    public record Checked(List<String> differences, String notRecounted) {
        public boolean intact() {
            return differences.isEmpty();
        }
    }

    private PackCheck() {}

    /** Checks the pack in {@code pack}; {@code tokenizerJson} is the tokenizer.json its tokens were counted with, or null. */
    public static Checked verify(Path pack, Path tokenizerJson) throws IOException {
        if (!Files.isDirectory(pack)) throw new IOException(pack + ": no such folder");
        String[] why = {null};
        ToIntFunction<String> counter = counter(pack, tokenizerJson, why);
        return new Checked(PackVerifier.verify(pack, counter), why[0]);
    }

    private static ToIntFunction<String> counter(Path pack, Path tokenizerJson, String[] why) throws IOException {
        if (tokenizerJson != null) {
            try (InputStream in = Files.newInputStream(tokenizerJson)) {
                return Tokenizer.read(in, tokenizerJson.toString())::count;
            } catch (org.strata.score.EncoderException e) {
                throw new IOException(tokenizerJson + ": " + e.getMessage(), e);
            }
        }
        String named = null;
        Path mf = pack.resolve("manifest.json");
        if (Files.isRegularFile(mf)) {
            try {
                var t = JsonParser.parseString(Files.readString(mf, StandardCharsets.UTF_8)).getAsJsonObject().get("tokenizer");
                named = t == null || t.isJsonNull() ? null : t.getAsString();
            } catch (RuntimeException e) {
                return null; // the verifier says what is wrong with the manifest
            }
        }
        if (named == null || named.startsWith(MiniLm.NAME + " ")) {
            try {
                return DefaultEncoder.tokenizer()::count;
            } catch (org.strata.score.EncoderException e) {
                throw new IOException("the shipped tokenizer cannot be read: " + e.getMessage(), e);
            }
        }
        why[0] = "tokens not recounted: they were counted with " + named + "; give its tokenizer.json with --tokenizer to recount them";
        return null;
    }
}
