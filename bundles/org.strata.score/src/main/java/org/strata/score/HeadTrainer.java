package org.strata.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a {@link Head}'s linear correction from the expert's judgments: a choice says the chosen passage beats
 * each other candidate (Bradley-Terry: P(a beats b) = sigmoid(logit(a) - logit(b))); an accept or reject, and a
 * choice of none, says a passage is (or is not) worth keeping (logistic regression on sigmoid(logit)). The prior
 * stays in the logit as a fixed offset, so few judgments bend it a little and many reshape it. L2-regularized
 * (the strength chosen by cross-validation), fitted by L-BFGS. Cross-validation reports how often the head predicts a held-out judgment, beside the
 * prior's score on the same folds, so the expert sees what the judgments taught.
 */
public final class HeadTrainer {
    /**
     * One judgment, by its passages' embeddings and (where known) their {@link TextFeatures}, one per candidate.
     * {@code chosen} indexes {@code candidates}; -1 for none.
     */
    public record Judged(List<float[]> candidates, List<TextFeatures.Sparse> texts, int chosen, Boolean accepted) {
        /** A choice among candidates (chosen -1: none of them was good enough). */
        public static Judged choice(List<float[]> candidates, int chosen) {
            return new Judged(List.copyOf(candidates), null, chosen, null);
        }

        /** A choice among candidates, with their texts' features. */
        public static Judged choice(List<float[]> candidates, List<TextFeatures.Sparse> texts, int chosen) {
            return new Judged(List.copyOf(candidates), List.copyOf(texts), chosen, null);
        }

        /** An accept (true) or reject (false) of one passage. */
        public static Judged verdict(float[] passage, boolean accepted) {
            return new Judged(List.of(passage), null, -1, accepted);
        }

        /** An accept or reject of one passage, with its text's features. */
        public static Judged verdict(float[] passage, TextFeatures.Sparse text, boolean accepted) {
            return new Judged(List.of(passage), List.of(text), -1, accepted);
        }

        TextFeatures.Sparse text(int i) {
            return texts == null ? null : texts.get(i);
        }
    }

    /** A trained head and what cross-validation measured. */
    public record Result(Head head, int judgments, int rows, double accuracy, double priorAccuracy, int folds, double lambda, long millis) {}

    /** The L2 strengths tried against the mean log loss, strongest first; cross-validation picks one. */
    static final double[] LAMBDAS = {1e-2, 1e-3, 1e-4};
    private static final int FOLDS = 5;
    /** How much harder the text weights are shrunk than the embedding's. */
    static final double TEXT_L2 = 10;

    private HeadTrainer() {}

    /**
     * Cross-validates (5 folds, fewer for small sets; none under 10 judgments) each L2 strength, keeps the one that
     * predicts held-out judgments best (the strongest on a tie) and fits it on all judgments.
     */
    public static Result train(Head prior, List<Judged> judged) {
        long t0 = System.nanoTime();
        int folds = judged.size() >= 10 ? Math.min(FOLDS, judged.size() / 2) : 0;
        double bestAcc = Double.NaN, bestLambda = LAMBDAS[0], priorAcc = Double.NaN;
        if (folds > 0) {
            int priorRight = 0;
            for (Judged j : judged) if (correct(prior, j)) priorRight++;
            priorAcc = (double) priorRight / judged.size();
            int[] fold = folds(judged, folds);
            for (double lambda : LAMBDAS) {
                int right = 0;
                for (int f = 0; f < folds; f++) {
                    List<Judged> train = new ArrayList<>(), test = new ArrayList<>();
                    for (int i = 0; i < judged.size(); i++) (fold[i] == f ? test : train).add(judged.get(i));
                    Head h = fit(prior, train, lambda);
                    for (Judged j : test) if (correct(h, j)) right++;
                }
                double acc = (double) right / judged.size();
                if (Double.isNaN(bestAcc) || acc > bestAcc + 1e-9) {
                    bestAcc = acc;
                    bestLambda = lambda;
                }
            }
        }
        Head head = fit(prior, judged, bestLambda);
        int rows = 0;
        for (Judged j : judged) rows += rowsOf(j);
        return new Result(head, judged.size(), rows, bestAcc, priorAcc, folds, bestLambda, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Whether each judgment is predicted right by a head fitted without its fold (the folds of {@link #train}, at the
     * L2 strength given): where the head is still wrong. All false under 10 judgments (no cross-validation).
     */
    public static boolean[] heldOutCorrect(Head prior, List<Judged> judged, double lambda) {
        boolean[] out = new boolean[judged.size()];
        int folds = judged.size() >= 10 ? Math.min(FOLDS, judged.size() / 2) : 0;
        if (folds == 0) return out;
        int[] fold = folds(judged, folds);
        for (int f = 0; f < folds; f++) {
            List<Judged> train = new ArrayList<>();
            for (int i = 0; i < judged.size(); i++) if (fold[i] != f) train.add(judged.get(i));
            Head h = fit(prior, train, lambda);
            for (int i = 0; i < judged.size(); i++) if (fold[i] == f) out[i] = correct(h, judged.get(i));
        }
        return out;
    }

    /**
     * The fold of each judgment. Judgments that share a passage go to one fold, so that no held-out judgment is
     * about a passage the head was trained on; when the passages link most judgments together (one group over a
     * third of them), judgments are dealt out in turn instead.
     */
    static int[] folds(List<Judged> judged, int folds) {
        int n = judged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        java.util.IdentityHashMap<float[], Integer> firstSeen = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            for (float[] e : judged.get(i).candidates()) {
                Integer j = firstSeen.putIfAbsent(e, i);
                if (j != null) parent[find(parent, i)] = find(parent, j);
            }
        }
        java.util.Map<Integer, Integer> groupSize = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) groupSize.merge(find(parent, i), 1, Integer::sum);
        int[] fold = new int[n];
        if (java.util.Collections.max(groupSize.values()) * 3 > n) {
            for (int i = 0; i < n; i++) fold[i] = i % folds;
            return fold;
        }
        java.util.Map<Integer, Integer> groupFold = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) fold[i] = groupFold.computeIfAbsent(find(parent, i), g -> groupFold.size() % folds);
        return fold;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** Whether the head agrees with a judgment: the chosen candidate scores highest; accepted scores above 0.5. */
    public static boolean correct(Head h, Judged j) {
        if (j.accepted() != null) return (h.logit(j.candidates().get(0), j.text(0)) > 0) == j.accepted();
        if (j.chosen() < 0) {
            for (int i = 0; i < j.candidates().size(); i++) if (h.logit(j.candidates().get(i), j.text(i)) > 0) return false;
            return true;
        }
        float best = h.logit(j.candidates().get(j.chosen()), j.text(j.chosen()));
        for (int i = 0; i < j.candidates().size(); i++) {
            if (i != j.chosen() && h.logit(j.candidates().get(i), j.text(i)) >= best) return false;
        }
        return true;
    }

    private static int rowsOf(Judged j) {
        return j.accepted() != null ? 1 : j.chosen() < 0 ? j.candidates().size() : j.candidates().size() - 1;
    }

    /**
     * Fits the correction w, b on the judgments, the prior's logit as offset; where the judgments carry their
     * passages' text features, the text weights t too (one per {@link TextFeatures} bucket, the same L2).
     */
    static Head fit(Head prior, List<Judged> judged, double lambda) {
        int d = prior.dimension();
        boolean text = !judged.isEmpty() && judged.stream().allMatch(j -> j.texts() != null);
        List<float[]> xs = new ArrayList<>();
        List<TextFeatures.Sparse> ts = new ArrayList<>();
        List<Float> offsets = new ArrayList<>(), ys = new ArrayList<>();
        List<Boolean> pointwise = new ArrayList<>();
        for (Judged j : judged) {
            if (j.accepted() != null || j.chosen() < 0) {
                for (int i = 0; i < j.candidates().size(); i++) {
                    float[] e = j.candidates().get(i);
                    xs.add(e);
                    ts.add(text ? j.text(i) : TextFeatures.Sparse.EMPTY);
                    offsets.add(prior.priorLogit(e));
                    ys.add(j.accepted() != null && j.accepted() ? 1f : 0f);
                    pointwise.add(true);
                }
            } else {
                float[] a = j.candidates().get(j.chosen());
                for (int i = 0; i < j.candidates().size(); i++) {
                    if (i == j.chosen()) continue;
                    float[] b = j.candidates().get(i);
                    float[] diff = new float[d];
                    for (int k = 0; k < d; k++) diff[k] = a[k] - b[k];
                    xs.add(diff);
                    ts.add(text ? minus(j.text(j.chosen()), j.text(i)) : TextFeatures.Sparse.EMPTY);
                    offsets.add(prior.priorLogit(a) - prior.priorLogit(b));
                    ys.add(1f);
                    pointwise.add(false);
                }
            }
        }
        if (xs.isEmpty()) return prior;
        int n = xs.size();
        float[][] x = xs.toArray(new float[0][]);
        TextFeatures.Sparse[] t = ts.toArray(new TextFeatures.Sparse[0]);
        double[] off = new double[n], y = new double[n];
        boolean[] point = new boolean[n];
        for (int i = 0; i < n; i++) {
            off[i] = offsets.get(i);
            y[i] = ys.get(i);
            point[i] = pointwise.get(i);
        }
        int width = d + 1 + (text ? TextFeatures.BUCKETS : 0);
        double[] theta = Lbfgs.minimize(new double[width], (th, g) -> loss(th, x, t, off, y, point, d, lambda, g), text ? 1000 : 300, 1e-7);
        float[] w = new float[d];
        for (int k = 0; k < d; k++) w[k] = (float) theta[k];
        float[] tw = null;
        if (text) {
            tw = new float[TextFeatures.BUCKETS];
            for (int k = 0; k < tw.length; k++) tw[k] = (float) theta[d + 1 + k];
        }
        return prior.withCorrection(w, (float) theta[d], tw);
    }

    /** The features of a minus those of b, as one sparse row. */
    static TextFeatures.Sparse minus(TextFeatures.Sparse a, TextFeatures.Sparse b) {
        int[] ids = new int[a.ids().length + b.ids().length];
        float[] v = new float[ids.length];
        int i = 0, k = 0, n = 0;
        while (i < a.ids().length || k < b.ids().length) {
            if (k >= b.ids().length || (i < a.ids().length && a.ids()[i] < b.ids()[k])) {
                ids[n] = a.ids()[i];
                v[n++] = a.values()[i++];
            } else if (i >= a.ids().length || b.ids()[k] < a.ids()[i]) {
                ids[n] = b.ids()[k];
                v[n++] = -b.values()[k++];
            } else {
                ids[n] = a.ids()[i];
                v[n++] = a.values()[i++] - b.values()[k++];
            }
        }
        return new TextFeatures.Sparse(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(v, n));
    }

    /** Mean log loss plus (lambda / 2) (|w|² + TEXT_L2 |t|²); fills the gradient into g. */
    private static double loss(double[] th, float[][] x, TextFeatures.Sparse[] t, double[] off, double[] y, boolean[] point, int d,
            double lambda, double[] g) {
        java.util.Arrays.fill(g, 0);
        int n = x.length, base = d + 1;
        boolean text = th.length > base;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = off[i] + (point[i] ? th[d] : 0);
            float[] xi = x[i];
            for (int k = 0; k < d; k++) z += th[k] * xi[k];
            if (text) for (int k = 0; k < t[i].ids().length; k++) z += th[base + t[i].ids()[k]] * t[i].values()[k];
            // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably
            double m = y[i] > 0.5 ? -z : z;
            sum += m > 30 ? m : Math.log1p(Math.exp(m));
            double r = (1 / (1 + Math.exp(-z)) - y[i]) / n;
            for (int k = 0; k < d; k++) g[k] += r * xi[k];
            if (text) for (int k = 0; k < t[i].ids().length; k++) g[base + t[i].ids()[k]] += r * t[i].values()[k];
            if (point[i]) g[d] += r;
        }
        double reg = 0;
        for (int k = 0; k < th.length; k++) {
            if (k == d) continue; // the bias is not shrunk
            // the text weights are many and sparse: shrunk TEXT_L2 times harder, so that they learn what the embedding
            // cannot tell, not the noise of single choices
            double l = k > d ? lambda * TEXT_L2 : lambda;
            reg += l * th[k] * th[k];
            g[k] += l * th[k];
        }
        return sum / n + reg / 2;
    }
}
