package org.strata.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * Writes a staged pack: one folder {@code stage_NN_<layer>} per layer in curriculum order, each with a
 * {@code pretrain.jsonl} of {@code {"id","text","source"}} lines, and a {@code manifest.json} that lists the
 * stages and, per file, its path, records, tokens and SHA-256. The pack is built in a temporary sibling folder
 * and renamed into place at the end, so a killed export never leaves half a pack; the same store gives the
 * same bytes. An existing non-empty target is refused unless {@code replace} is set.
 */
public final class PackWriter {
    public static final String FORMAT = "strata-pack/1";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private final String tool;

    public PackWriter(String tool) {
        this.tool = tool;
    }

    public PackManifest write(PassageStore store, String corpusName, List<String> layers, Path out, boolean replace)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDir(target) && !replace) {
            throw new PackException(target + " exists and is not empty (use --replace to overwrite it)");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            PackManifest manifest = writeInto(tmp, store, corpusName, layers);
            if (Files.exists(target)) deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    private PackManifest writeInto(Path dir, PassageStore store, String corpusName, List<String> layers) throws IOException {
        Map<String, StageFile> files = new LinkedHashMap<>();
        int i = 1;
        for (String layer : layers) {
            String folder = String.format(Locale.ROOT, "stage_%02d_%s", i++, slug(layer));
            Files.createDirectories(dir.resolve(folder));
            files.put(layer, new StageFile(folder, folder + "/pretrain.jsonl", dir));
        }
        long[] unassigned = {0};
        IOException[] failure = {null};
        try {
            store.forEach(p -> {
                if (failure[0] != null) return;
                StageFile f = files.get(p.layer());
                if (f == null) {
                    unassigned[0]++;
                    return;
                }
                try {
                    f.write(p);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
        } finally {
            for (StageFile f : files.values()) f.close();
        }
        if (failure[0] != null) throw failure[0];
        List<PackManifest.StageEntry> stages = new ArrayList<>();
        int index = 1;
        for (Map.Entry<String, StageFile> e : files.entrySet()) {
            StageFile f = e.getValue();
            stages.add(new PackManifest.StageEntry(index++, e.getKey(), f.folder,
                    List.of(new PackManifest.FileEntry(f.path, "pretrain", f.records, f.tokens, f.sha256()))));
        }
        PackManifest m = new PackManifest(FORMAT, corpusName, tool, stages, unassigned[0]);
        Files.writeString(dir.resolve("manifest.json"), PRETTY.toJson(m) + "\n", StandardCharsets.UTF_8);
        return m;
    }

    /** A folder name part for a layer: lower case letters, digits, '-' and '_'. */
    static String slug(String layer) {
        String s = layer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "layer" : s;
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    /** One JSONL file being written, with its running hash and counts. */
    private static final class StageFile {
        final String folder;
        final String path;
        final MessageDigest digest;
        final Writer writer;
        long records;
        long tokens;

        StageFile(String folder, String path, Path root) throws IOException {
            this.folder = folder;
            this.path = path;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            OutputStream os = new DigestOutputStream(Files.newOutputStream(root.resolve(path)), digest);
            writer = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        }

        void write(Passage p) throws IOException {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.addProperty("text", p.text());
            o.addProperty("source", p.source());
            writer.write(GSON.toJson(o));
            writer.write('\n');
            records++;
            tokens += p.tokens();
        }

        void close() throws IOException {
            writer.close();
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
