package org.strata.cli.bench;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.strata.encoder.minilm.MiniLm;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The encoder against its peer on the same real passages, side by side in one run: LangChain4j's in-process
 * embedding model ({@code OnnxEmbeddingModel}, mean pooling) over the very ONNX weights and tokenizer.json that
 * Strata ships, and Strata's {@link Encoder}, each twice in turn (the first runs include JIT warm-up). Reports
 * passages/s, tokens/s (tokens as the shared tokenizer counts them, [CLS] and [SEP] included) and how close the
 * two embeddings of each passage are.
 */
public final class EncodeBench {
    private final PrintWriter out;

    public EncodeBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path corpus, int max, EncoderSettings.Device device, int batch, int batchTokens, boolean int8, boolean withPeer) throws Exception {
        List<String> texts = new ArrayList<>();
        try (CorpusFolder c = CorpusFolder.open(corpus)) {
            c.store().forEach(false, p -> texts.add(p.text()));
        }
        if (texts.isEmpty()) throw new IllegalArgumentException(corpus + " has no passages: ingest files into it first");
        Collections.shuffle(texts, new Random(42));
        List<String> sample = texts.subList(0, Math.min(max, texts.size()));
        long tokens = 0;
        for (String t : sample) tokens += DefaultEncoder.tokenizer().pieces(t).length + 2;
        out.println(String.format(Locale.ROOT, "%,d passages from %s, %,d tokens (mean %.0f); %d cores", sample.size(), corpus,
                tokens, (double) tokens / sample.size(), Runtime.getRuntime().availableProcessors()));
        Path dir = Files.createTempDirectory("strata-bench-encode");
        try {
            Path model = dir.resolve("model.onnx"), tok = dir.resolve("tokenizer.json");
            try (InputStream in = MiniLm.openModel()) {
                Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
            }
            try (InputStream in = MiniLm.openTokenizer()) {
                // the shipped tokenizer.json pads every text to 128 tokens and cuts it there: without both, the peer
                // encodes each text whole (in 510-token windows, as Strata does) and spends nothing on padding
                JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
                json.add("truncation", JsonNull.INSTANCE);
                json.add("padding", JsonNull.INSTANCE);
                Files.writeString(tok, new GsonBuilder().serializeNulls().create().toJson(json));
            }
            OnnxEmbeddingModel peer = withPeer ? new OnnxEmbeddingModel(model, tok, PoolingMode.MEAN) : null;
            List<TextSegment> segments = sample.stream().map(TextSegment::from).toList();
            EncoderSettings settings = EncoderSettings.on(device).withBatch(batch).withInt8(int8);
            if (batchTokens > 0) settings = settings.withBatchTokens(batchTokens);
            try (Encoder strata = DefaultEncoder.open(settings)) {
                if (strata.note() != null) out.println(strata.note());
                out.println("Strata's encoder runs on " + strata.device());
                float[][] mine = null;
                List<Embedding> theirs = null;
                double[] peerS = new double[2], strataS = new double[2];
                for (int round = 0; round < 2; round++) {
                    long t0 = System.nanoTime();
                    if (peer != null) {
                        theirs = peer.embedAll(segments).content();
                        peerS[round] = (System.nanoTime() - t0) / 1e9;
                        report("LangChain4j (peer), run " + (round + 1), sample.size(), tokens, peerS[round]);
                        t0 = System.nanoTime();
                    }
                    mine = strata.embed(sample);
                    strataS[round] = (System.nanoTime() - t0) / 1e9;
                    report("Strata " + settings.describe() + ", run " + (round + 1), sample.size(), tokens, strataS[round]);
                }
                if (peer == null) return;
                double min = 1, sum = 0;
                int below = 0;
                for (int i = 0; i < sample.size(); i++) {
                    float[] a = mine[i], b = theirs.get(i).vector();
                    double dot = 0, na = 0, nb = 0;
                    for (int d = 0; d < a.length; d++) {
                        dot += a[d] * b[d];
                        na += a[d] * a[d];
                        nb += b[d] * b[d];
                    }
                    double cos = dot / Math.sqrt(na * nb);
                    if (cos < 0.9999) below++;
                    min = Math.min(min, cos);
                    sum += cos;
                }
                out.println(String.format(Locale.ROOT, "strata / peer throughput: run 1 %.2fx, run 2 %.2fx; cosine to the peer's "
                        + "embeddings: mean %.6f, min %.6f, %d passages below 0.9999", peerS[0] / strataS[0], peerS[1] / strataS[1],
                        sum / sample.size(), min, below));
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private void report(String what, int passages, long tokens, double seconds) {
        out.println(String.format(Locale.ROOT, "  %-44s %7.1f s  %7.1f passages/s  %7.0f tokens/s", what, seconds, passages / seconds,
                tokens / seconds));
        out.flush();
    }
}
