package org.strata.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import com.google.gson.JsonParser;

import org.strata.encoder.minilm.MiniLm;
import org.strata.engine.DefaultEncoder;
import org.strata.export.PackVerifier;
import org.strata.score.Tokenizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "strata pack verify PACK: checks every file of a pack against its manifest.json (sha256, records, "
                + "tokens recounted with the tokenizer) and every record against its schema; says what differs and exits 1, "
                + "or exits 0 when the pack is intact.")
final class PackCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "verify")
    String action;

    @Parameters(index = "1", paramLabel = "PACK", description = "the pack folder")
    Path pack;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json", description = "the tokenizer the pack's tokens were counted "
            + "with, where it is not the shipped encoder's (the manifest names it)")
    Path tokenizer;

    /** What recounts the pack's tokens: the tokenizer given, or the shipped one where the manifest names it, or nothing. */
    private ToIntFunction<String> counter() throws Exception {
        if (tokenizer != null) {
            try (InputStream in = Files.newInputStream(tokenizer)) {
                return Tokenizer.read(in, tokenizer.toString())::count;
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
        if (named == null || named.startsWith(MiniLm.NAME + " ")) return DefaultEncoder.tokenizer()::count;
        spec.commandLine().getErr().println(pack + ": tokens not recounted: they were counted with " + named
                + "; give its tokenizer.json with --tokenizer to recount them");
        return null;
    }

    @Override
    public Integer call() throws Exception {
        if (!action.equals("verify")) throw new IllegalArgumentException("unknown action '" + action + "': verify");
        if (!Files.isDirectory(pack)) throw new IllegalArgumentException(pack + ": no such folder");
        ToIntFunction<String> counter = counter();
        List<String> diffs = PackVerifier.verify(pack, counter);
        if (diffs.isEmpty()) {
            spec.commandLine().getOut().println(pack + ": intact (every file matches the manifest, every record its schema)");
            return 0;
        }
        for (String d : diffs) spec.commandLine().getOut().println(d);
        spec.commandLine().getErr().println(pack + ": " + diffs.size() + (diffs.size() == 1 ? " difference" : " differences") + " from its manifest");
        return 1;
    }
}
