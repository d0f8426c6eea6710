package org.strata.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.strata.encoder.minilm.MiniLm;
import org.strata.model.corpus.ScoringProfile;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.EncoderSettings;
import org.strata.score.Tokenizer;

/**
 * The encoder a corpus's scoring profile names: the shipped all-MiniLM-L6-v2 (the default), or any ONNX sentence
 * encoder of the user's (BERT, XLM-R, multilingual-e5, LaBSE and their kin), given as a folder (relative to the corpus
 * or absolute) holding one {@code .onnx} model and its {@code tokenizer.json} of any Hugging Face type. Embeddings are mean-pooled. The name of the encoder that made the stored embeddings
 * is kept in {@code passages/encoder.txt}, so that a change of encoder is noticed instead of mixing embeddings.
 */
public final class Encoders {
    private Encoders() {}

    private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

    /** A tokenizer read from a file, with the file's time of change when read. */
    private record Read(FileTime changed, Tokenizer tokenizer) {}

    /** The encoder of the profile, with these settings. */
    public static Encoder open(CorpusFolder corpus, EncoderSettings settings) throws IOException, EncoderException {
        Path dir = folder(corpus);
        if (dir == null) return DefaultEncoder.open(settings);
        Path model;
        try (Stream<Path> s = Files.list(dir)) {
            var models = s.filter(f -> f.getFileName().toString().endsWith(".onnx")).sorted().toList();
            if (models.size() != 1) throw new IOException(dir + " must hold exactly one .onnx model, it holds " + models.size());
            model = models.get(0);
        }
        return new Encoder(Files.readAllBytes(model), tokenizer(corpus), name(corpus), settings);
    }

    /**
     * The tokenizer of the profile's encoder, which counts every token figure of the corpus: the ingestion budget,
     * stats, layer goals, packs. Read once per file (again when the file changes).
     */
    public static Tokenizer tokenizer(CorpusFolder corpus) throws IOException, EncoderException {
        return tokenizer(corpus.dir(), name(corpus));
    }

    /**
     * The tokenizer of an encoder as a scoring profile names it (the shipped one's name, or a folder relative to the
     * corpus folder or absolute): a folder without a tokenizer.json of a type Strata reads is refused with the reason.
     */
    public static Tokenizer tokenizer(Path corpusDir, String encoder) throws IOException, EncoderException {
        Path dir = folder(corpusDir, encoder);
        if (dir == null) return DefaultEncoder.tokenizer();
        Path tok = dir.resolve("tokenizer.json");
        if (!Files.isRegularFile(tok)) throw new IOException(dir + " has no tokenizer.json beside its model");
        FileTime changed = Files.getLastModifiedTime(tok);
        Read r = READ.get(tok);
        if (r == null || !r.changed().equals(changed)) {
            try (InputStream in = Files.newInputStream(tok)) {
                r = new Read(changed, Tokenizer.read(in, tok.toString()));
            }
            READ.put(tok, r);
        }
        return r.tokenizer();
    }

    /** The shipped encoder's name, as a scoring profile names it. */
    public static final String SHIPPED = MiniLm.NAME;

    /**
     * Why an encoder a scoring profile would name (the shipped one's name, or a folder relative to the corpus folder
     * or absolute) cannot be used: no such folder, no tokenizer.json, or one of a type Strata does not read. Null when
     * it can. Checked when the profile is changed, not at the next ingestion.
     */
    public static String refusal(Path corpusDir, String encoder) {
        try {
            tokenizer(corpusDir, encoder);
            return null;
        } catch (IOException | EncoderException e) {
            return e.getMessage();
        }
    }

    /** The profile's tokenizer in words ("WordPiece tokenizer, 30522 tokens"), or why it cannot be read. */
    public static String describeTokenizer(CorpusFolder corpus) {
        try {
            Tokenizer t = tokenizer(corpus);
            return t.kind() + " tokenizer, " + t.vocabularySize() + " tokens";
        } catch (EncoderException | IOException e) {
            return "its tokenizer cannot be read: " + e.getMessage();
        }
    }

    /** The tokenizer as token figures name it: the encoder and the tokenizer's type, e.g. "all-minilm-l6-v2 WordPiece". */
    public static String tokenizerName(CorpusFolder corpus) throws IOException, EncoderException {
        return name(corpus) + " " + tokenizer(corpus).kind();
    }

    /** The name of the profile's encoder: the shipped one's, or the folder the profile gives. */
    static String name(CorpusFolder corpus) {
        ScoringProfile p = corpus.corpus().getScoringProfile();
        String name = p == null ? null : p.getEncoder();
        return name == null || name.isBlank() ? MiniLm.NAME : name;
    }

    /** The folder of the profile's own encoder, or null for the shipped one. */
    private static Path folder(CorpusFolder corpus) throws IOException {
        return folder(corpus.dir(), name(corpus));
    }

    private static Path folder(Path corpusDir, String name) throws IOException {
        if (name == null || name.isBlank() || name.equals(MiniLm.NAME)) return null;
        Path dir = corpusDir.resolve(name);
        if (!Files.isDirectory(dir)) throw new IOException("the scoring profile's encoder " + dir + " is not a folder with a model and its tokenizer.json");
        return dir;
    }

    /**
     * Refuses an encoder other than the one that made the stored embeddings (fp32 and int8 weights of one model
     * count as one): mixed embeddings would make neighbours, the prior and the head meaningless. An encoder of another
     * width is fine after {@code --reembed}: the store keeps each width in its own vector field.
     */
    public static void check(CorpusFolder corpus, Encoder encoder) throws IOException, EncoderException {
        String made = stored(corpus);
        if (made == null) {
            if (corpus.store().count(org.strata.store.PassageFilter.NONE.withScored(true)) == 0) return;
            made = MiniLm.NAME; // corpora scored before the encoder was recorded
        }
        if (!sameModel(made, encoder.name())) {
            throw new EncoderException("the stored embeddings come from " + made + " but the scoring profile names " + encoder.name()
                    + ": strata score " + corpus.dir() + " --reembed encodes every passage again with it", null);
        }
    }

    /** Whether the stored embeddings come from another model than this encoder (a change of encoder to apply). */
    public static boolean changed(CorpusFolder corpus, Encoder encoder) throws IOException {
        String made = stored(corpus);
        return made != null && !sameModel(made, encoder.name());
    }

    /** Whether two encoder names are one model (its fp32 and int8 weights count as one). */
    static boolean sameModel(String a, String b) {
        return base(a).equals(base(b));
    }

    private static String base(String name) {
        return name.endsWith("-q") ? name.substring(0, name.length() - 2) : name;
    }

    /** The encoder that made the stored embeddings, or null when none is recorded (a corpus scored before this was kept). */
    static String stored(CorpusFolder corpus) throws IOException {
        Path f = file(corpus);
        return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
    }

    static void record(CorpusFolder corpus, String encoder) throws IOException {
        Files.writeString(file(corpus), encoder + "\n", StandardCharsets.UTF_8);
    }

    private static Path file(CorpusFolder corpus) {
        return corpus.store().folder().resolve("encoder.txt");
    }
}
