package org.strata.score;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * A sentence encoder on ONNX Runtime (BERT, XLM-R and their kin): the tokens of its own {@link Tokenizer} in,
 * mean-pooled, L2-normalized embeddings out. Texts longer than the model's window are encoded over their whole length in windows whose embeddings
 * are averaged (weighted by tokens). Sequences are sorted by length and cut into batches of similar length, so
 * almost nothing is spent on padding. fp32 models give the same embedding for a text whatever batch it is in.
 * Not thread-safe: one encoder per thread, or calls from one thread at a time.
 */
public final class Encoder implements AutoCloseable {
    /** The output of a model that pools inside (org.strata.modeltools' Pooling): the masked sum of the token vectors. */
    static final String POOLED = "strata_pooled";

    /** The most positions BERT-style models accept, [CLS] and [SEP] included. */
    public static final int MAX_POSITIONS = 512;

    private final OrtEnvironment env = NativeRuntime.environment();
    private final OrtSession session;
    private final Tokenizer tokenizer;
    private final EncoderSettings settings;
    private final boolean typeIds;
    private final String output;
    private final int dimension;
    private final String name;
    private final String device;
    private final String note;
    private final ExecutorService runners;

    /** A CPU session with the default settings. */
    public Encoder(byte[] onnxModel, Tokenizer tokenizer, String name) throws EncoderException {
        this(onnxModel, tokenizer, name, EncoderSettings.cpu());
    }

    /**
     * Creates a session over the model bytes on the device the settings ask for. With {@code auto}, CUDA is used
     * where its provider loads and the CPU otherwise ({@link #note()} says why); with {@code cuda}, a missing
     * provider is an error. {@code name} names the model in messages.
     */
    public Encoder(byte[] onnxModel, Tokenizer tokenizer, String name, EncoderSettings settings) throws EncoderException {
        this(onnxModel, null, tokenizer, name, settings);
    }

    /**
     * As above, with the weights CUDA runs when they differ from the CPU's: the fp16 twin of the same model (made at
     * build time, whose embeddings agree with fp32's), or null to run {@code onnxModel} there too.
     */
    public Encoder(byte[] onnxModel, byte[] cudaModel, Tokenizer tokenizer, String name, EncoderSettings settings) throws EncoderException {
        this.tokenizer = tokenizer;
        this.name = name;
        OrtSession s = null;
        String why = null;
        if (settings.device() != EncoderSettings.Device.CPU) {
            try {
                s = Sessions.cuda(env, cudaModel != null ? cudaModel : onnxModel);
            } catch (EncoderException e) {
                if (settings.device() == EncoderSettings.Device.CUDA) throw new EncoderException(name + ": " + e.getMessage(), e);
                why = e.getMessage();
            }
        }
        this.settings = s == null ? settings : settings.onCuda();
        device = s == null ? "cpu" : cudaModel != null ? "cuda fp16" : "cuda";
        String runtime = NativeRuntime.choice();
        if (s != null) note = "encoding on CUDA" + (cudaModel != null ? " in fp16" : "") + (runtime == null ? "" : " with " + runtime);
        else note = why == null ? null : "no CUDA here (" + why + (runtime == null ? "" : "; " + runtime) + "): encoding on the CPU";
        // on the CPU, small ops synchronize ONNX Runtime's own thread pool more than they gain from it: batches run
        // side by side instead, one thread each, so every core stays busy through pooling and tensor set-up too
        int parallel = s == null ? settings.effectiveThreads() : 1;
        session = s != null ? s : Sessions.cpu(env, onnxModel, Math.max(1, settings.effectiveThreads() / parallel), name);
        runners = parallel > 1 ? Executors.newFixedThreadPool(parallel, r -> {
            Thread th = new Thread(r, "strata-encoder");
            th.setDaemon(true);
            return th;
        }) : null;
        try {
            Set<String> inputs = session.getInputNames();
            if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
                throw new EncoderException(name + ": expected inputs input_ids and attention_mask, the model has " + inputs, null);
            }
            typeIds = inputs.contains("token_type_ids");
            String out = null;
            long dim = -1;
            for (Map.Entry<String, NodeInfo> e : session.getOutputInfo().entrySet()) {
                if (e.getValue().getInfo() instanceof TensorInfo ti && ti.getShape().length == 3 && ti.getShape()[2] > 0) {
                    out = e.getKey();
                    dim = ti.getShape()[2];
                    break;
                }
                // a model that pools inside (the GPU's fp16 weights): [batch, hidden], the masked sum of the token vectors
                if (e.getKey().equals(POOLED) && e.getValue().getInfo() instanceof TensorInfo ti && ti.getShape().length == 2 && ti.getShape()[1] > 0) {
                    out = e.getKey();
                    dim = ti.getShape()[1];
                    break;
                }
            }
            if (out == null) throw new EncoderException(name + ": no token-level output [batch, sequence, hidden] among "
                    + session.getOutputNames(), null);
            output = out;
            dimension = (int) dim;
            checkVocabulary();
        } catch (OrtException e) {
            close();
            throw new EncoderException(name + ": cannot read the model's inputs and outputs: " + e.getMessage(), e);
        } catch (EncoderException e) {
            close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    /**
     * Runs the highest id of the tokenizer through the model once: a tokenizer with more tokens than the model's
     * embedding table (a tokenizer.json that belongs to another model) is refused here with a clear error, not
     * halfway through a corpus.
     */
    private void checkVocabulary() throws EncoderException {
        int[] begin = tokenizer.begin(), end = tokenizer.end();
        int[] seq = new int[begin.length + 1 + end.length];
        System.arraycopy(begin, 0, seq, 0, begin.length);
        seq[begin.length] = tokenizer.vocabularySize() - 1;
        System.arraycopy(end, 0, seq, begin.length + 1, end.length);
        try {
            run(new int[][] {seq}, new int[] {0, 1, seq.length});
        } catch (EncoderException e) {
            throw new EncoderException(name + ": the tokenizer (" + tokenizer.kind() + ", " + tokenizer.vocabularySize()
                    + " tokens) does not fit the model, whose embedding table is smaller: is tokenizer.json the model's own? ("
                    + e.getMessage() + ")", e);
        }
    }

    public int dimension() {
        return dimension;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The tokens of a text one model window holds, special tokens not counted. */
    public int window() {
        return positions(tokenizer) - tokenizer.begin().length - tokenizer.end().length;
    }

    public EncoderSettings settings() {
        return settings;
    }

    /** For reports: the weights this encoder runs and the batch limits it runs with ("fp16, batch 1024/524288" on CUDA). */
    public String describe() {
        return "cuda fp16".equals(device) ? settings.describe("fp16") : settings.describe();
    }

    /** "cpu", "cuda" or "cuda fp16": where this encoder runs, and in fp16 when its CUDA weights are. */
    public String device() {
        return device;
    }

    /** On CUDA, which build runs; with {@code auto} on the CPU, why CUDA did not: one line. Null on the CPU as asked. */
    public String note() {
        return note;
    }

    /** Whether CUDA's provider is part of the ONNX Runtime on the class path (it may still fail to load). */
    public static boolean cudaBuilt() {
        NativeRuntime.environment(); // the build is chosen before ONNX Runtime is loaded
        return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    }

    /** Embeds each text; the result has one unit vector per text, in the order given. */
    public float[][] embed(List<String> texts) throws EncoderException {
        return embed(tokenize(texts));
    }

    /** A batch that holds this many tokens of text is big enough to be cut where the next sequence would pad it much. */
    static final int FULL_BATCH_TOKENS = 16_384;

    /**
     * Sequences sorted by length, in batches {from, to, padded length}: a batch grows while it stays within both limits
     * of the settings, and once it holds {@link #FULL_BATCH_TOKENS} tokens of text (a GPU's batch; a CPU's limits keep
     * its batches far smaller), no further than a fifth of what it runs would be padding. So a GPU runs its passages'
     * tokens, not mostly padding, when their lengths differ widely.
     */
    static List<int[]> batches(int[][] seqs, EncoderSettings settings) {
        List<int[]> batches = new ArrayList<>();
        for (int b = 0; b < seqs.length; ) {
            int end = b;
            long text = 0;
            while (end < seqs.length && end - b < settings.batch() && (long) (end - b + 1) * seqs[end].length <= settings.batchTokens()) {
                long padded = (long) (end - b + 1) * seqs[end].length;
                if (text >= FULL_BATCH_TOKENS && padded * 4 > (text + seqs[end].length) * 5) break;
                text += seqs[end].length;
                end++;
            }
            if (end == b) end = b + 1;
            batches.add(new int[] {b, end, seqs[end - 1].length});
            b = end;
        }
        return batches;
    }

    /** Embeds texts already cut by {@link #tokenize}; this is the part that runs the model. */
    public float[][] embed(Tokenized t) throws EncoderException {
        int[][] seqs = t.seqs;
        List<int[]> batches = batches(seqs, settings);
        float[][] pooled = new float[batches.size()][];
        if (runners == null || batches.size() < 2) {
            for (int i = 0; i < batches.size(); i++) pooled[i] = run(seqs, batches.get(i));
        } else {
            List<Future<float[]>> futures = new ArrayList<>(batches.size());
            for (int[] batch : batches) futures.add(runners.submit(() -> run(seqs, batch)));
            try {
                for (int i = 0; i < pooled.length; i++) pooled[i] = futures.get(i).get();
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new EncoderException(name + ": interrupted", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof EncoderException ee) throw ee;
                throw new EncoderException(name + ": inference failed: " + e.getCause(), e.getCause());
            }
        }
        float[][] sums = new float[t.texts][dimension];
        int specials = tokenizer.begin().length + tokenizer.end().length;
        for (int i = 0; i < batches.size(); i++) {
            int[] batch = batches.get(i);
            for (int k = batch[0]; k < batch[1]; k++) {
                float[] sum = sums[t.owner[k]];
                float weight = Math.max(1, seqs[k].length - specials);
                int base = (k - batch[0]) * dimension;
                for (int d = 0; d < dimension; d++) sum[d] += pooled[i][base + d] * weight;
            }
        }
        for (float[] v : sums) normalize(v);
        return sums;
    }

    /**
     * Cuts the texts into model windows ([CLS] pieces [SEP], at most {@link #MAX_POSITIONS} positions), sorted by
     * length. Pure and thread-safe: it can run on another thread while the model encodes the previous texts.
     */
    public Tokenized tokenize(List<String> texts) {
        return windows(tokenizer, texts);
    }

    /** The positions of one window, special tokens included: 512, or less where the tokenizer.json asks for less. */
    static int positions(Tokenizer tokenizer) {
        return tokenizer.maxLength() > 0 ? Math.min(MAX_POSITIONS, tokenizer.maxLength()) : MAX_POSITIONS;
    }

    /** As {@link #tokenize}, with any tokenizer (text classifiers cut their input the same way). */
    static Tokenized windows(Tokenizer tokenizer, List<String> texts) {
        int[] begin = tokenizer.begin(), after = tokenizer.end();
        int window = Math.max(1, positions(tokenizer) - begin.length - after.length);
        List<int[]> seqs = new ArrayList<>(texts.size());
        List<Integer> owner = new ArrayList<>(texts.size());
        int[] pieces = new int[texts.size()];
        int[][] cut = new int[texts.size()][];
        // Strata's WordPiece reader is pure Java and thread-safe: a large list is cut on every core
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, cut.length);
        (tokenizer instanceof WordPieceTokenizer && cut.length >= 64 ? all.parallel() : all).forEach(i -> cut[i] = tokenizer.pieces(texts.get(i)));
        for (int i = 0; i < texts.size(); i++) {
            int[] p = cut[i];
            pieces[i] = p.length;
            int start = 0;
            do {
                int end = Math.min(p.length, start + window);
                int[] s = new int[begin.length + end - start + after.length];
                System.arraycopy(begin, 0, s, 0, begin.length);
                System.arraycopy(p, start, s, begin.length, end - start);
                System.arraycopy(after, 0, s, s.length - after.length, after.length);
                seqs.add(s);
                owner.add(i);
                start = end;
            } while (start < p.length);
        }
        Integer[] order = new Integer[seqs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(seqs.get(a).length, seqs.get(b).length));
        int[][] sorted = new int[order.length][];
        int[] owners = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = seqs.get(order[i]);
            owners[i] = owner.get(order[i]);
        }
        return new Tokenized(texts.size(), sorted, owners, pieces);
    }

    /**
     * Texts cut into model windows, sorted by length; {@code owner[k]} is the text that window k belongs to;
     * {@code pieces[i]} the tokens of text i without special tokens (its token count by this encoder's tokenizer).
     */
    public record Tokenized(int texts, int[][] seqs, int[] owner, int[] pieces) {
        /** All positions, [CLS] and [SEP] included. */
        public long tokens() {
            long n = 0;
            for (int[] s : seqs) n += s.length;
            return n;
        }
    }

    /** Runs sequences [from, to) padded to len; returns their mean-pooled, normalized vectors, flat. */
    private float[] run(int[][] seqs, int[] batch) throws EncoderException {
        int from = batch[0], to = batch[1], len = batch[2];
        int b = to - from;
        long[] ids = new long[b * len];
        long[] mask = new long[b * len];
        for (int i = 0; i < b; i++) {
            int[] s = seqs[from + i];
            int base = i * len;
            for (int j = 0; j < s.length; j++) {
                ids[base + j] = s[j];
                mask[base + j] = 1;
            }
            if (tokenizer.padId() != 0) Arrays.fill(ids, base + s.length, base + len, tokenizer.padId());
        }
        long[] shape = {b, len};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape));
            try (OrtSession.Result r = session.run(in, Set.of(output))) {
                FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
                float[] res = new float[b * dimension];
                if (output.equals(POOLED)) { // pooled on the device: only [batch, hidden] came back
                    fb.get(0, res);
                    for (int i = 0; i < b; i++) normalize(res, i * dimension, dimension);
                    return res;
                }
                float[] row = new float[dimension];
                for (int i = 0; i < b; i++) {
                    int n = seqs[from + i].length;
                    int out = i * dimension;
                    for (int j = 0; j < n; j++) {
                        fb.get((i * len + j) * dimension, row);
                        for (int k = 0; k < dimension; k++) res[out + k] += row[k];
                    }
                    double s = 0;
                    for (int k = 0; k < dimension; k++) s += (double) res[out + k] * res[out + k];
                    float inv = (float) (1.0 / Math.max(Math.sqrt(s), 1e-12));
                    for (int k = 0; k < dimension; k++) res[out + k] *= inv;
                }
                return res;
            }
        } catch (OrtException e) {
            throw new EncoderException(name + ": inference failed: " + e.getMessage()
                    + " (does the tokenizer belong to this model?)", e);
        } finally {
            for (OnnxTensor t : in.values()) t.close();
        }
    }

    private static void normalize(float[] v, int from, int length) {
        double s = 0;
        for (int k = from; k < from + length; k++) s += (double) v[k] * v[k];
        float inv = (float) (1.0 / Math.max(Math.sqrt(s), 1e-12));
        for (int k = from; k < from + length; k++) v[k] *= inv;
    }

    static void normalize(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        float inv = (float) (1.0 / Math.max(Math.sqrt(s), 1e-12));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Override
    public void close() {
        if (runners != null) runners.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release
        }
    }
}
