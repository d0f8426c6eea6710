package org.strata.cli.bench;

import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.strata.engine.DefaultEncoder;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;
import org.strata.score.Tokenizer;
import org.strata.score.eval.EvalSet;

/**
 * The encoder alone at fixed lengths, as GPU figures are given: real text of the evaluation sets (every language,
 * every split) cut into sequences of exactly 128 or 256 tokens ([CLS] and [SEP] included), encoded in batches of one
 * length, timed on the second of two runs. With {@code ids}, each length's sequences are written there first
 * ({@code ids-128.bin}: int32 little-endian, one sequence after another), so that a peer (scripts/gpu-peer.py) encodes
 * the very same tokens.
 */
public final class LengthBench {
    private final PrintWriter out;

    public LengthBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path setDir, List<String> languages, int[] lengths, int passages, EncoderSettings settings, Path ids) throws Exception {
        Tokenizer tokenizer = DefaultEncoder.tokenizer();
        List<int[]> text = new ArrayList<>();
        long total = 0;
        for (String lang : languages) {
            EvalSet set = EvalSet.read(setDir, lang);
            for (String split : List.of("tune", "test")) {
                for (EvalSet.Item i : set.split(split)) {
                    int[] p = tokenizer.pieces(i.text());
                    text.add(p);
                    total += p.length;
                }
            }
        }
        if (total == 0) throw new IllegalArgumentException("no text in " + setDir);
        try (Encoder encoder = DefaultEncoder.open(settings)) {
            if (encoder.note() != null) out.println(encoder.note());
            out.println("| encoder | tokens | passages | batch | passages/s | tokens/s |");
            out.println("|---|---|---|---|---|---|");
            for (int len : lengths) {
                int[][] seqs = sequences(text, tokenizer, len, passages);
                if (ids != null) write(ids.resolve("ids-" + len + ".bin"), seqs);
                int[] owner = new int[seqs.length];
                int[] pieces = new int[seqs.length];
                for (int i = 0; i < seqs.length; i++) {
                    owner[i] = i;
                    pieces[i] = len - tokenizer.begin().length - tokenizer.end().length;
                }
                Encoder.Tokenized t = new Encoder.Tokenized(seqs.length, seqs, owner, pieces);
                double seconds = 0;
                for (int round = 0; round < 2; round++) {
                    long t0 = System.nanoTime();
                    encoder.embed(t);
                    seconds = (System.nanoTime() - t0) / 1e9;
                }
                out.println(String.format(Locale.ROOT, "| Strata, %s (%s) | %d | %,d | %d | %,.0f | %,.0f |", encoder.device(), encoder.describe(), len,
                        seqs.length, encoder.settings().batch(), seqs.length / seconds, (double) seqs.length * len / seconds));
                out.flush();
            }
        }
    }

    /** {@code n} sequences of exactly {@code len} positions: the texts' pieces one after another, cut, with the specials. */
    static int[][] sequences(List<int[]> text, Tokenizer tokenizer, int len, int n) {
        int[] begin = tokenizer.begin(), end = tokenizer.end();
        int body = len - begin.length - end.length;
        if (body < 1) throw new IllegalArgumentException("a length of " + len + " tokens leaves no room for text");
        int[][] seqs = new int[n][len];
        int t = 0, at = 0;
        for (int[] s : seqs) {
            System.arraycopy(begin, 0, s, 0, begin.length);
            for (int k = 0; k < body; k++) {
                while (at >= text.get(t).length) {
                    t = (t + 1) % text.size();
                    at = 0;
                }
                s[begin.length + k] = text.get(t)[at++];
            }
            System.arraycopy(end, 0, s, len - end.length, end.length);
        }
        return seqs;
    }

    private static void write(Path file, int[][] seqs) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ByteBuffer b = ByteBuffer.allocate(seqs.length * seqs[0].length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] s : seqs) for (int id : s) b.putInt(id);
        try (DataOutputStream o = new DataOutputStream(Files.newOutputStream(file))) {
            o.write(b.array());
        }
    }
}
