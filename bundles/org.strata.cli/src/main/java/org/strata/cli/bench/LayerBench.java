package org.strata.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.strata.engine.DefaultEncoder;
import org.strata.engine.LayerPlacement;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;
import org.strata.score.LayerModel;
import org.strata.score.LayerTrainer;
import org.strata.score.TextFeatures;
import org.strata.score.eval.EvalSet;

/**
 * How well placements learned from the expert's examples put the passages of other documents in the layer he
 * would choose: the layer evaluation sets ({@code eval/layers}, one kind of text per layer, the expert's layer
 * names and descriptions in {@code layers.tsv}), the passages of {@code N} documents per layer placed as the expert
 * would, for N from 0 (the descriptions alone) to 20, every passage of the split's other documents placed by the
 * learned model as the CLI places it (its own logits with those of its document's passages around it, the other
 * documents as the unplaced passages the self-training draws from); accuracy over those passages, averaged over
 * random draws of the placed documents. Beside it, the
 * accuracy cross-validation estimated from the placed passages alone (what the views show), and the time placing
 * takes per passage against the time scoring took.
 */
public final class LayerBench {
    private final PrintWriter out;

    public LayerBench(PrintWriter out) {
        this.out = out;
    }

    /** The expert's layers of one language: kind → (name, description), from {@code DIR/layers.tsv}. */
    static Map<String, String[]> layers(Path setDir, String language) throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        Path file = setDir.resolve("layers.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 4) throw new IOException(file + ": expected language<TAB>kind<TAB>name<TAB>description: " + line);
            if (f[0].equals(language)) m.put(f[1], new String[] {f[2], f[3]});
        }
        if (m.isEmpty()) throw new IOException(file + " has no layers for " + language);
        return m;
    }

    public void run(Path setDir, List<String> languages, String split, int[] placed, int draws) throws Exception {
        out.println("| language | split | placed documents per layer | draws | passages placed by the model | accuracy | least per-layer accuracy | cross-validated estimate | train ms |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> timing = new ArrayList<>();
        try (Encoder encoder = DefaultEncoder.open(EncoderSettings.cpu())) {
            for (String lang : languages) {
                Map<String, String[]> layers = layers(setDir, lang);
                List<String> kinds = new ArrayList<>(layers.keySet());
                List<EvalSet.Item> items = EvalSet.read(setDir, lang).split(split).stream().filter(i -> kinds.contains(i.kind())).toList();
                List<String> texts = items.stream().map(EvalSet.Item::text).toList();
                long t0 = System.nanoTime();
                float[][] emb = encoder.embed(texts);
                long t1 = System.nanoTime();
                TextFeatures.Sparse[] words = new TextFeatures.Sparse[items.size()];
                for (int i = 0; i < words.length; i++) words[i] = TextFeatures.of(texts.get(i));
                List<String> names = kinds.stream().map(k -> layers.get(k)[0]).toList();
                LayerModel prior = LayerPlacement.prior(encoder, names, kinds.stream().map(k -> layers.get(k)[1]).toList());
                long t2 = System.nanoTime();
                for (int i = 0; i < words.length; i++) LayerModel.best(prior.probabilities(emb[i], TextFeatures.of(texts.get(i))));
                long t3 = System.nanoTime();
                timing.add(String.format(Locale.ROOT, "%s: %d passages; embedding %.2f ms a passage, placing (words and logits) %.3f ms a passage: %.2f%% of it",
                        lang, items.size(), (t1 - t0) / 1e6 / items.size(), (t3 - t2) / 1e6 / items.size(), 100.0 * (t3 - t2) / (t1 - t0)));
                // the documents of each kind, in the order they come
                Map<String, List<String>> docs = new LinkedHashMap<>();
                for (String k : kinds) docs.put(k, new ArrayList<>());
                for (EvalSet.Item it : items) if (!docs.get(it.kind()).contains(it.document())) docs.get(it.kind()).add(it.document());
                for (int n : placed) {
                    if (docs.values().stream().anyMatch(d -> d.size() <= n)) continue; // no document left to place
                    double acc = 0, least = 0, cv = 0, ms = 0;
                    int scored = 0, cvDraws = 0;
                    int runs = n == 0 ? 1 : draws;
                    for (int r = 0; r < runs; r++) {
                        Random random = new Random(1000L * n + r);
                        java.util.Set<String> chosen = new java.util.HashSet<>();
                        for (String k : kinds) {
                            List<String> d = new ArrayList<>(docs.get(k));
                            java.util.Collections.shuffle(d, random);
                            chosen.addAll(d.subList(0, n));
                        }
                        List<LayerTrainer.Example> examples = new ArrayList<>();
                        for (int i = 0; i < items.size(); i++) {
                            if (chosen.contains(items.get(i).document())) {
                                examples.add(new LayerTrainer.Example(emb[i], words[i], kinds.indexOf(items.get(i).kind()), items.get(i).document(), i));
                            }
                        }
                        List<LayerTrainer.Example> pool = new ArrayList<>();
                        for (int i = 0; i < items.size(); i++) {
                            if (!chosen.contains(items.get(i).document())) pool.add(new LayerTrainer.Example(emb[i], words[i], -1, items.get(i).document()));
                        }
                        LayerTrainer.Result result = LayerTrainer.train(prior, examples, pool);
                        // every passage of the other documents placed as the CLI places it: its logits with its document's around it
                        int[] right = new int[kinds.size()], all = new int[kinds.size()];
                        float[][] z = new float[items.size()][];
                        for (int i = 0; i < items.size(); i++) z[i] = result.model().logits(emb[i], words[i]);
                        for (int i = 0; i < items.size(); i++) {
                            if (chosen.contains(items.get(i).document())) continue;
                            int k = kinds.indexOf(items.get(i).kind());
                            all[k]++;
                            List<float[]> near = new ArrayList<>();
                            for (int j = Math.max(0, i - LayerModel.CONTEXT); j <= Math.min(items.size() - 1, i + LayerModel.CONTEXT); j++) {
                                if (j != i && items.get(j).document().equals(items.get(i).document())) near.add(z[j]);
                            }
                            if (LayerPlacement.place(z[i], near, names).layer().equals(names.get(k))) right[k]++;
                        }
                        int total = java.util.Arrays.stream(all).sum();
                        scored = total;
                        acc += (double) java.util.Arrays.stream(right).sum() / total;
                        double min = 1;
                        for (int k = 0; k < all.length; k++) min = Math.min(min, (double) right[k] / all[k]);
                        least += min;
                        if (!Double.isNaN(result.accuracy())) {
                            cv += result.accuracy();
                            cvDraws++;
                        }
                        ms += result.millis();
                    }
                    out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %s | %.0f |%n", lang, split, n, runs, scored, acc / runs, least / runs,
                            cvDraws == 0 ? "-" : String.format(Locale.ROOT, "%.3f", cv / cvDraws), ms / runs);
                    out.flush();
                }
            }
        }
        for (String t : timing) out.println(t);
    }
}
