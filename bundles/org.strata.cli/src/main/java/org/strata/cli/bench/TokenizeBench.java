package org.strata.cli.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.strata.encoder.minilm.MiniLm;
import org.strata.score.LibraryTokenizer;
import org.strata.score.Tokenizer;
import org.strata.score.WordPieceTokenizer;
import org.strata.score.eval.EvalSet;

/**
 * Token counting on the evaluation sets, side by side: the shipped MiniLM tokenizer read by Strata's own WordPiece
 * reader and by Hugging Face's tokenizers library (the same ids? how fast?), and any other tokenizer.json given (a
 * SentencePiece Unigram one by default), with the tokens each gives a word in each language: what a passage budget
 * holds under each.
 */
public final class TokenizeBench {
    private static final int ROUNDS = 5;
    private final PrintWriter out;

    public TokenizeBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path setDir, List<String> languages, Path other) throws Exception {
        byte[] minilm;
        try (InputStream in = MiniLm.openTokenizer()) {
            minilm = in.readAllBytes();
        }
        Map<String, Tokenizer> tokenizers = new LinkedHashMap<>();
        tokenizers.put("MiniLM WordPiece, Strata's reader", WordPieceTokenizer.read(new java.io.ByteArrayInputStream(minilm), "minilm"));
        tokenizers.put("MiniLM WordPiece, HF tokenizers library", LibraryTokenizer.read(new java.io.ByteArrayInputStream(minilm), "minilm"));
        if (other != null && Files.isRegularFile(other)) {
            try (InputStream in = Files.newInputStream(other)) {
                Tokenizer t = Tokenizer.read(in, other.toString());
                tokenizers.put(other.getParent().getFileName() + " " + t.kind() + ", HF tokenizers library", t);
            }
        }
        for (String lang : languages) {
            List<String> texts = new ArrayList<>();
            for (EvalSet.Item i : EvalSet.read(setDir, lang).items()) texts.add(i.text());
            long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
            out.println(String.format(Locale.ROOT, "%s: %d passages, %d words", lang, texts.size(), words));
            // the same ids from both readers of MiniLM's tokenizer?
            List<Tokenizer> all = new ArrayList<>(tokenizers.values());
            int same = 0;
            for (String t : texts) if (Arrays.equals(all.get(0).pieces(t), all.get(1).pieces(t))) same++;
            out.println(String.format(Locale.ROOT, "  MiniLM ids equal between the two readers: %d of %d passages", same, texts.size()));
            double[][] micros = new double[all.size()][ROUNDS];
            long[] tokens = new long[all.size()];
            for (int r = -1; r < ROUNDS; r++) { // round -1 warms up; then the tokenizers take turns, round by round
                for (int k = 0; k < all.size(); k++) {
                    Tokenizer tok = all.get(k);
                    long n = 0, t0 = System.nanoTime();
                    for (String t : texts) n += tok.count(t);
                    long ns = System.nanoTime() - t0;
                    if (r >= 0) micros[k][r] = ns / 1e3 / texts.size();
                    tokens[k] = n;
                }
            }
            int k = 0;
            for (String name : tokenizers.keySet()) {
                double[] m = micros[k].clone();
                Arrays.sort(m);
                out.println(String.format(Locale.ROOT, "  %-48s %6.1f us a passage (median of %d), %.2f tokens a word, %.1f a passage",
                        name, m[ROUNDS / 2], ROUNDS, tokens[k] / (double) words, tokens[k] / (double) texts.size()));
                k++;
            }
        }
    }
}
