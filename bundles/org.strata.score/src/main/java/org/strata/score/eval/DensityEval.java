package org.strata.score.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.strata.score.Components;
import org.strata.score.Density;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.Head;
import org.strata.score.HeadTrainer;
import org.strata.score.Intrinsic;
import org.strata.score.Prior;
import org.strata.score.TextFeatures;
import org.strata.score.DensityWeights;

/**
 * Measures the density score on an {@link EvalSet} as the engine computes it (the encoder, the prior or a head
 * trained from choices, the intrinsic signals in the passage's language; no corpus, so no redundancy and no domain
 * terms): the AUC of dense writing against each kind of negative; the share of pairs in which a real passage scores
 * above each of its {@link Degrade degraded copies}; the AUC after best-of-3 choices made on the {@code tune}
 * documents by an expert who always picks dense writing (none when no candidate is); calibration; and what the
 * intrinsic signals cost beside the encoder. Everything is reported on one split, {@code test} for figures.
 */
public final class DensityEval {
    /** One language's figures. */
    public record Report(String language, String split, int positives, Map<String, Integer> negatives, double auc,
            Map<String, Double> aucByKind, Map<String, int[]> degradations, Map<Integer, Double> aucAfterChoices,
            double[][] calibration, double meanPositive, double meanNegative, double intrinsicMillis, double encoderMillis,
            Map<String, Double> aucByPart, Map<Integer, Double> accuracyAfterChoices, Map<Integer, Long> trainingMillis) {
        /** Right pairs over all pairs, per kind of degradation. */
        public double degradationShare(String kind) {
            int[] d = degradations.get(kind);
            return d == null || d[1] == 0 ? Double.NaN : (double) d[0] / d[1];
        }
    }

    private final Encoder encoder;
    private java.io.PrintWriter failures;

    public DensityEval(Encoder encoder) {
        this.encoder = encoder;
    }

    /** Writes every degraded copy that scores at or above its original, with both texts and their components, to {@code out}. */
    public DensityEval withFailures(java.io.PrintWriter out) {
        this.failures = out;
        return this;
    }

    /** The figures of one language on one split, with choices of 0 and each count in {@code choiceCounts}. */
    public Report run(EvalSet set, String split, int... choiceCounts) throws EncoderException {
        List<EvalSet.Item> items = set.split(split);
        List<String> texts = items.stream().map(EvalSet.Item::text).toList();
        Head prior = Prior.build(encoder, List.of());
        Intrinsic intrinsic = new Intrinsic(List.of());
        long t0 = System.nanoTime();
        float[][] emb = encoder.embed(texts);
        long t1 = System.nanoTime(), encoded = t1;
        float[][] comps = new float[texts.size()][];
        int[] tokens = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) tokens[i] = encoder.tokenizer().count(texts.get(i)); // stored at ingestion
        for (int i = 0; i < texts.size(); i++) comps[i] = intrinsic.measure(texts.get(i), tokens[i], 0f, set.language());
        // timed on the second pass: the language's resources are loaded and the code compiled, as in a long scoring run
        t1 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) comps[i] = intrinsic.measure(texts.get(i), tokens[i], 0f, set.language());
        long t2 = System.nanoTime();
        TextFeatures.Sparse[] features = new TextFeatures.Sparse[texts.size()];
        for (int i = 0; i < features.length; i++) features[i] = TextFeatures.of(texts.get(i));
        float[] density = densities(prior, comps, emb, features);
        boolean[] positive = new boolean[items.size()];
        for (int i = 0; i < positive.length; i++) positive[i] = items.get(i).positive();

        Map<String, Integer> negatives = new LinkedHashMap<>();
        Map<String, Double> byKind = new LinkedHashMap<>();
        for (String kind : new TreeSet<>(items.stream().map(EvalSet.Item::kind).filter(k -> !k.equals(EvalSet.POSITIVE)).toList())) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) if (positive[i] || items.get(i).kind().equals(kind)) idx.add(i);
            negatives.put(kind, (int) idx.stream().filter(i -> !positive[i]).count());
            byKind.put(kind, auc(idx, density, positive));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) all.add(i);
        double auc = auc(all, density, positive);

        if (failures != null) ranking(items, density, comps, positive, prior, emb, features);
        Map<String, int[]> degradations = degradations(set, items, density, prior, intrinsic);
        Map<String, Double> byPart = new LinkedHashMap<>();
        for (int part : new int[] {Components.KNOWLEDGE, Components.INFORMATION, Components.WORD_ORDER, Components.COVERAGE}) {
            float[] v = new float[comps.length];
            for (int i = 0; i < v.length; i++) v[i] = part == Components.KNOWLEDGE ? prior.knowledge(emb[i]) : comps[i][part];
            byPart.put(Components.NAMES.get(part), auc(all, v, positive));
        }
        Map<Integer, Double> afterChoices = new LinkedHashMap<>(), accuracy = new LinkedHashMap<>();
        Map<Integer, Long> millis = new LinkedHashMap<>();
        afterChoices.put(0, auc);
        if (choiceCounts.length > 0) {
            List<HeadTrainer.Judged> judged = choices(set.split("tune"), set.language(), java.util.Arrays.stream(choiceCounts).max().getAsInt());
            for (int n : choiceCounts) {
                HeadTrainer.Result trained = HeadTrainer.train(prior, judged.subList(0, Math.min(n, judged.size())));
                afterChoices.put(n, auc(all, densities(trained.head(), comps, emb, features), positive));
                accuracy.put(n, trained.accuracy());
                millis.put(n, trained.millis());
                float[] k = new float[emb.length];
                for (int i = 0; i < k.length; i++) k[i] = trained.head().knowledge(emb[i], features[i]);
                byPart.put("knowledge after " + n + " choices", auc(all, k, positive));
            }
        }
        double[][] calibration = new double[5][2];
        double sumPos = 0, sumNeg = 0;
        int nPos = 0;
        for (int i = 0; i < density.length; i++) {
            int bin = Math.min(4, (int) (density[i] * 5));
            calibration[bin][positive[i] ? 0 : 1]++;
            if (positive[i]) {
                sumPos += density[i];
                nPos++;
            } else {
                sumNeg += density[i];
            }
        }
        return new Report(set.language(), split, nPos, negatives, auc, byKind, degradations, afterChoices, calibration, sumPos / Math.max(1, nPos),
                sumNeg / Math.max(1, density.length - nPos), (t2 - t1) / 1e6, (encoded - t0) / 1e6, byPart, accuracy, millis);
    }

    /** The density of each item of a split as the engine scores it before any choice (the prior), and its embedding. */
    public record Scored(float[] density, float[][] embeddings, boolean[] positive) {
        /** The AUC of the density: the share of (dense, degraded or filler) pairs it orders right. */
        public double auc() {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < density.length; i++) all.add(i);
            return DensityEval.auc(all, density, positive);
        }
    }

    /** The items of one split scored with the prior, as the first row of the figures scores them. */
    public Scored score(EvalSet set, String split) throws EncoderException {
        List<EvalSet.Item> items = set.split(split);
        List<String> texts = items.stream().map(EvalSet.Item::text).toList();
        Head prior = Prior.build(encoder, List.of());
        Intrinsic intrinsic = new Intrinsic(List.of());
        float[][] emb = encoder.embed(texts);
        float[][] comps = new float[texts.size()][];
        TextFeatures.Sparse[] features = new TextFeatures.Sparse[texts.size()];
        boolean[] positive = new boolean[items.size()];
        for (int i = 0; i < texts.size(); i++) {
            comps[i] = measure(intrinsic, texts.get(i), set.language());
            features[i] = TextFeatures.of(texts.get(i));
            positive[i] = items.get(i).positive();
        }
        return new Scored(densities(prior, comps, emb, features), emb, positive);
    }

    /** The components of one passage as the engine measures them, tokens counted by the encoder's tokenizer. */
    float[] measure(Intrinsic intrinsic, String text, String language) {
        return intrinsic.measure(text, encoder.tokenizer().count(text), 0f, language);
    }

    private static float[] densities(Head head, float[][] comps, float[][] emb, TextFeatures.Sparse[] features) {
        float[] d = new float[comps.length];
        for (int i = 0; i < d.length; i++) {
            float[] c = comps[i].clone();
            c[Components.KNOWLEDGE] = head.knowledge(emb[i], features[i]);
            c[Components.REDUNDANCY] = 0f;
            d[i] = Density.combine(DensityWeights.DEFAULT, c);
        }
        return d;
    }

    private Map<String, int[]> degradations(EvalSet set, List<EvalSet.Item> items, float[] density, Head prior, Intrinsic intrinsic)
            throws EncoderException {
        List<String> boilerplate = items.stream().filter(i -> i.kind().equals("boilerplate")).map(EvalSet.Item::text).toList();
        Map<String, int[]> out = new LinkedHashMap<>();
        Random random = new Random(5);
        for (String kind : Degrade.KINDS) {
            List<String> copies = new ArrayList<>();
            List<Integer> of = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).positive() || items.get(i).text().split("\\s+").length < 30) continue;
                String copy = Degrade.of(kind, items.get(i).text(), random, boilerplate);
                if (copy == null) continue;
                copies.add(copy);
                of.add(i);
            }
            if (copies.isEmpty()) continue;
            float[][] emb = encoder.embed(copies);
            float[][] comps = new float[copies.size()][];
            for (int k = 0; k < copies.size(); k++) comps[k] = measure(intrinsic, copies.get(k), set.language());
            TextFeatures.Sparse[] f = new TextFeatures.Sparse[copies.size()];
            for (int k = 0; k < f.length; k++) f[k] = TextFeatures.of(copies.get(k));
            float[] d = densities(prior, comps, emb, f);
            int right = 0;
            for (int k = 0; k < copies.size(); k++) {
                if (density[of.get(k)] > d[k]) right++;
                else if (failures != null) failure(kind, items.get(of.get(k)).text(), density[of.get(k)], measure(intrinsic, items.get(of.get(k)).text(),
                        set.language()), copies.get(k), d[k], comps[k], prior.knowledge(emb[k], f[k]));
            }
            out.put(kind, new int[] {right, copies.size()});
        }
        return out;
    }

    /** The other texts that score highest and the dense ones that score lowest, ten of each kind, with their components. */
    private void ranking(List<EvalSet.Item> items, float[] density, float[][] comps, boolean[] positive, Head prior, float[][] emb,
            TextFeatures.Sparse[] features) {
        Map<String, List<Integer>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < items.size(); i++) byKind.computeIfAbsent(items.get(i).kind(), k -> new ArrayList<>()).add(i);
        for (Map.Entry<String, List<Integer>> e : byKind.entrySet()) {
            boolean pos = positive[e.getValue().get(0)];
            List<Integer> idx = new ArrayList<>(e.getValue());
            idx.sort((a, b) -> pos ? Float.compare(density[a], density[b]) : Float.compare(density[b], density[a]));
            failures.println("#### " + (pos ? "lowest " : "highest ") + e.getKey());
            for (int i : idx.subList(0, Math.min(10, idx.size()))) {
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.3f %s: knowledge %.2f", density[i], items.get(i).document(),
                        prior.knowledge(emb[i], features[i])));
                for (int c = 0; c < Components.COUNT; c++) {
                    if (!Float.isNaN(comps[i][c])) sb.append(String.format(Locale.ROOT, " %s %.2f", Components.NAMES.get(c), comps[i][c]));
                }
                failures.println(sb);
                String t = items.get(i).text().replace("\n", " / ");
                failures.println("   " + (t.length() > 400 ? t.substring(0, 400) + "..." : t));
            }
        }
        failures.flush();
    }

    private void failure(String kind, String original, float od, float[] oc, String copy, float cd, float[] cc, float copyKnowledge) {
        failures.println("== " + kind + String.format(Locale.ROOT, ": original %.3f, copy %.3f (its knowledge %.2f)", od, cd, copyKnowledge));
        StringBuilder sb = new StringBuilder("   ");
        for (int i = 0; i < Components.COUNT; i++) {
            if (Float.isNaN(oc[i]) && Float.isNaN(cc[i])) continue;
            if (Math.abs(oc[i] - cc[i]) < 0.01f) continue;
            sb.append(String.format(Locale.ROOT, " %s %.2f>%.2f", Components.NAMES.get(i), oc[i], cc[i]));
        }
        failures.println(sb);
        failures.println("  original: " + original.replace("\n", " / "));
        failures.println("  copy: " + copy.replace("\n", " / "));
        failures.flush();
    }

    /**
     * Best-of-3 choices on the tune documents, as an expert who wants dense writing makes them: three passages drawn
     * at random; the dense one chosen (one of them at random when several are), none when no candidate is dense.
     */
    private List<HeadTrainer.Judged> choices(List<EvalSet.Item> tune, String language, int n) throws EncoderException {
        Random random = new Random(3);
        List<HeadTrainer.Judged> out = new ArrayList<>();
        float[][] emb = encoder.embed(tune.stream().map(EvalSet.Item::text).toList());
        TextFeatures.Sparse[] features = new TextFeatures.Sparse[tune.size()];
        for (int i = 0; i < features.length; i++) features[i] = TextFeatures.of(tune.get(i).text());
        while (out.size() < n) {
            List<float[]> cands = new ArrayList<>();
            List<TextFeatures.Sparse> texts = new ArrayList<>();
            List<Integer> dense = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int i = random.nextInt(tune.size());
                cands.add(emb[i]);
                texts.add(features[i]);
                if (tune.get(i).positive()) dense.add(k);
            }
            out.add(HeadTrainer.Judged.choice(cands, texts, dense.isEmpty() ? -1 : dense.get(random.nextInt(dense.size()))));
        }
        return out;
    }

    /** The area under the ROC curve of {@code score} for positives against negatives, among {@code idx}; ties count half. */
    static double auc(List<Integer> idx, float[] score, boolean[] positive) {
        long pairs = 0;
        double right = 0;
        for (int i : idx) {
            if (!positive[i]) continue;
            for (int j : idx) {
                if (positive[j]) continue;
                pairs++;
                if (score[i] > score[j]) right++;
                else if (score[i] == score[j]) right += 0.5;
            }
        }
        return pairs == 0 ? Double.NaN : right / pairs;
    }

    /** The report as markdown lines. */
    public static List<String> format(List<Report> reports) {
        List<String> out = new ArrayList<>();
        StringBuilder h = new StringBuilder("| | ");
        StringBuilder sep = new StringBuilder("|---|");
        for (Report r : reports) {
            h.append(r.language()).append(" | ");
            sep.append("---|");
        }
        out.add(h.toString().strip());
        out.add(sep.toString());
        row(out, reports, "passages (dense / other)", r -> r.positives() + " / " + r.negatives().values().stream().mapToInt(Integer::intValue).sum());
        row(out, reports, "AUC, no judgment", r -> f3(r.auc()));
        TreeSet<String> kinds = new TreeSet<>();
        for (Report r : reports) kinds.addAll(r.aucByKind().keySet());
        for (String k : kinds) row(out, reports, "AUC against " + k, r -> r.aucByKind().containsKey(k) ? f3(r.aucByKind().get(k)) + " (" + r.negatives().get(k) + ")" : "-");
        TreeSet<Integer> counts = new TreeSet<>();
        for (Report r : reports) counts.addAll(r.aucAfterChoices().keySet());
        for (int n : counts) if (n > 0) row(out, reports, "AUC after " + n + " choices (head's CV accuracy, training time)", r -> r.aucAfterChoices().containsKey(n)
                ? f3(r.aucAfterChoices().get(n)) + String.format(Locale.ROOT, " (%.2f, %.1f s)", r.accuracyAfterChoices().get(n), r.trainingMillis().get(n) / 1000.0) : "-");
        for (String part : reports.get(0).aucByPart().keySet()) row(out, reports, "AUC of " + part + " alone", r -> f3(r.aucByPart().get(part)));
        for (String k : Degrade.KINDS) {
            row(out, reports, "original above " + k, r -> {
                int[] d = r.degradations().get(k);
                return d == null ? "-" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * d[0] / d[1], d[0], d[1]);
            });
        }
        row(out, reports, "mean density, dense / other", r -> String.format(Locale.ROOT, "%.2f / %.2f", r.meanPositive(), r.meanNegative()));
        String[] bins = {"0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1"};
        for (int b = 4; b >= 0; b--) {
            int bin = b;
            row(out, reports, "density " + bins[b] + ": dense share", r -> {
                double p = r.calibration()[bin][0], n = r.calibration()[bin][1];
                return p + n == 0 ? "-" : String.format(Locale.ROOT, "%.2f of %d", p / (p + n), (int) (p + n));
            });
        }
        row(out, reports, "intrinsic signals / encoder time", r -> String.format(Locale.ROOT, "%.1f%% (%.0f / %.0f ms)",
                100 * r.intrinsicMillis() / r.encoderMillis(), r.intrinsicMillis(), r.encoderMillis()));
        return out;
    }

    private static void row(List<String> out, List<Report> reports, String name, java.util.function.Function<Report, String> cell) {
        StringBuilder sb = new StringBuilder("| ").append(name).append(" | ");
        for (Report r : reports) sb.append(cell.apply(r)).append(" | ");
        out.add(sb.toString().strip());
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
