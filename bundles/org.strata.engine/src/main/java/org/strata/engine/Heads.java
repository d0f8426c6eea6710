package org.strata.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.ScoringProfile;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.HeadModel;
import org.strata.score.HeadOnnx;
import org.strata.score.HeadTrainer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The trained knowledge heads of a corpus, versioned in its {@code heads/} folder: {@code head-N.onnx} (the head
 * as a standalone ONNX model, see {@link HeadOnnx}) beside {@code head-N.json} (what it was trained on and how
 * well it did). The scoring profile's head version names the head in use; none means the prior.
 */
public final class Heads {
    /** A head's metadata, as {@code head-N.json} holds it. */
    public record Info(int version, String created, String encoder, int dimension, int judgments, int rows, double accuracy,
            double priorAccuracy, int folds, long trainMillis) {}

    private static final Pattern FILE = Pattern.compile("head-(\\d+)\\.json");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
    private final CorpusFolder corpus;

    public Heads(CorpusFolder corpus) {
        this.corpus = corpus;
    }

    public Path dir() {
        return corpus.dir().resolve("heads");
    }

    /** Every saved head, oldest first; a metadata file that cannot be read is an error naming it. */
    public List<Info> list() throws IOException {
        List<Info> out = new ArrayList<>();
        if (!Files.isDirectory(dir())) return out;
        try (Stream<Path> s = Files.list(dir())) {
            for (Path p : s.toList()) {
                Matcher m = FILE.matcher(p.getFileName().toString());
                if (m.matches()) out.add(read(p));
            }
        }
        out.sort(Comparator.comparingInt(Info::version));
        return out;
    }

    private static Info read(Path p) throws IOException {
        try {
            Info i = GSON.fromJson(Files.readString(p), Info.class);
            if (i == null) throw new JsonParseException("empty");
            return i;
        } catch (JsonParseException e) {
            throw new IOException(p + ": not a head's metadata (" + e.getMessage() + ")", e);
        }
    }

    /** Saves a trained head as the next version (files written whole, then moved in place) and returns its metadata. */
    public Info save(HeadTrainer.Result r, String encoder) throws IOException {
        Files.createDirectories(dir());
        int version = list().stream().mapToInt(Info::version).max().orElse(0) + 1;
        Info info = new Info(version, Instant.now().toString(), encoder, r.head().dimension(), r.judgments(), r.rows(), r.accuracy(),
                r.priorAccuracy(), r.folds(), r.millis());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("strata.head.version", String.valueOf(version));
        meta.put("strata.encoder", encoder);
        meta.put("strata.judgments", String.valueOf(r.judgments()));
        AtomicFiles.write(dir().resolve("head-" + version + ".onnx"), HeadOnnx.write(r.head(), meta));
        AtomicFiles.write(dir().resolve("head-" + version + ".json"), GSON.toJson(info).getBytes(StandardCharsets.UTF_8));
        return info;
    }

    /**
     * Saves a head made elsewhere (a recipe's, already checked by ONNX Runtime) as the next version, with what is
     * known of it: its encoder and width; no judgments of this corpus trained it.
     */
    public Info adopt(byte[] onnx, String encoder, int dimension) throws IOException {
        Files.createDirectories(dir());
        int version = list().stream().mapToInt(Info::version).max().orElse(0) + 1;
        Info info = new Info(version, Instant.now().toString(), encoder, dimension, 0, 0, Double.NaN, Double.NaN, 0, 0);
        AtomicFiles.write(dir().resolve("head-" + version + ".onnx"), onnx);
        AtomicFiles.write(dir().resolve("head-" + version + ".json"), GSON.toJson(info).getBytes(StandardCharsets.UTF_8));
        return info;
    }

    public Info info(int version) throws IOException {
        Path p = dir().resolve("head-" + version + ".json");
        if (!Files.isRegularFile(p)) throw new IOException("no head version " + version + " in " + dir() + known());
        return read(p);
    }

    private String known() throws IOException {
        List<Info> all = list();
        return all.isEmpty() ? " (none trained yet: strata head DIR train)"
                : " (versions " + all.stream().map(i -> String.valueOf(i.version())).toList() + ")";
    }

    /** The version in use; 0 for the prior. */
    public int current() {
        ScoringProfile p = corpus.corpus().getScoringProfile();
        String v = p == null ? null : p.getHeadVersion();
        if (v == null || v.isBlank() || v.equals("prior")) return 0;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Makes a version (0: the prior) the one scoring uses, and saves the corpus model. */
    public void use(int version) throws IOException {
        if (version != 0) info(version);
        ScoringProfile p = corpus.corpus().getScoringProfile();
        if (p == null) {
            p = CorpusFactory.eINSTANCE.createScoringProfile();
            corpus.corpus().setScoringProfile(p);
        }
        p.setHeadVersion(version == 0 ? "prior" : String.valueOf(version));
        corpus.save();
    }

    /** Refuses a head trained on the embeddings of another encoder than {@code encoder}: its scores would mean nothing. */
    public void checkFits(int version, Encoder encoder) throws IOException, EncoderException {
        Info i = info(version);
        if (i.dimension() != encoder.dimension() || (i.encoder() != null && !Encoders.sameModel(i.encoder(), encoder.name()))) {
            throw new EncoderException("head " + version + " was trained on embeddings of " + i.encoder() + " (" + i.dimension()
                    + " dimensions), the scoring profile's encoder is " + encoder.name() + " (" + encoder.dimension()
                    + "): strata head " + corpus.dir() + " use prior, score, then train a head on the new embeddings", null);
        }
    }

    /** Loads a saved head for ONNX Runtime. */
    public HeadModel load(int version) throws IOException, EncoderException {
        Path p = dir().resolve("head-" + version + ".onnx");
        if (!Files.isRegularFile(p)) throw new IOException("no head version " + version + " in " + dir() + known());
        return new HeadModel(Files.readAllBytes(p), p.getFileName().toString(), "embedding", "knowledge");
    }
}
