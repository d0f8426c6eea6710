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
    /** One judgment, by its passages' embeddings. {@code chosen} indexes {@code candidates}; -1 for none. */
    public record Judged(List<float[]> candidates, int chosen, Boolean accepted) {
        /** A choice among candidates (chosen -1: none of them was good enough). */
        public static Judged choice(List<float[]> candidates, int chosen) {
            return new Judged(List.copyOf(candidates), chosen, null);
        }

        /** An accept (true) or reject (false) of one passage. */
        public static Judged verdict(float[] passage, boolean accepted) {
            return new Judged(List.of(passage), -1, accepted);
        }
    }

    /** A trained head and what cross-validation measured. */
    public record Result(Head head, int judgments, int rows, double accuracy, double priorAccuracy, int folds, double lambda, long millis) {}

    /** The L2 strengths tried against the mean log loss, strongest first; cross-validation picks one. */
    static final double[] LAMBDAS = {1e-2, 1e-3, 1e-4};
    private static final int FOLDS = 5;

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
        if (j.accepted() != null) return (h.logit(j.candidates().get(0)) > 0) == j.accepted();
        if (j.chosen() < 0) {
            for (float[] c : j.candidates()) if (h.logit(c) > 0) return false;
            return true;
        }
        float best = h.logit(j.candidates().get(j.chosen()));
        for (int i = 0; i < j.candidates().size(); i++) if (i != j.chosen() && h.logit(j.candidates().get(i)) >= best) return false;
        return true;
    }

    private static int rowsOf(Judged j) {
        return j.accepted() != null ? 1 : j.chosen() < 0 ? j.candidates().size() : j.candidates().size() - 1;
    }

    /** Fits the correction w, b on the judgments, the prior's logit as offset. */
    static Head fit(Head prior, List<Judged> judged, double lambda) {
        int d = prior.dimension();
        List<float[]> xs = new ArrayList<>();
        List<Float> offsets = new ArrayList<>(), ys = new ArrayList<>();
        List<Boolean> pointwise = new ArrayList<>();
        for (Judged j : judged) {
            if (j.accepted() != null || j.chosen() < 0) {
                for (float[] e : j.candidates()) {
                    xs.add(e);
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
                    offsets.add(prior.priorLogit(a) - prior.priorLogit(b));
                    ys.add(1f);
                    pointwise.add(false);
                }
            }
        }
        if (xs.isEmpty()) return prior;
        int n = xs.size();
        float[][] x = xs.toArray(new float[0][]);
        double[] off = new double[n], y = new double[n];
        boolean[] point = new boolean[n];
        for (int i = 0; i < n; i++) {
            off[i] = offsets.get(i);
            y[i] = ys.get(i);
            point[i] = pointwise.get(i);
        }
        double[] theta = Lbfgs.minimize(new double[d + 1], (t, g) -> loss(t, x, off, y, point, d, lambda, g), 300, 1e-7);
        float[] w = new float[d];
        for (int k = 0; k < d; k++) w[k] = (float) theta[k];
        return prior.withCorrection(w, (float) theta[d]);
    }

    /** Mean log loss plus (lambda / 2) |w|²; fills the gradient into g. */
    private static double loss(double[] t, float[][] x, double[] off, double[] y, boolean[] point, int d, double lambda, double[] g) {
        java.util.Arrays.fill(g, 0);
        int n = x.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = off[i] + (point[i] ? t[d] : 0);
            float[] xi = x[i];
            for (int k = 0; k < d; k++) z += t[k] * xi[k];
            // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably
            double m = y[i] > 0.5 ? -z : z;
            sum += m > 30 ? m : Math.log1p(Math.exp(m));
            double r = (1 / (1 + Math.exp(-z)) - y[i]) / n;
            for (int k = 0; k < d; k++) g[k] += r * xi[k];
            if (point[i]) g[d] += r;
        }
        double reg = 0;
        for (int k = 0; k < d; k++) {
            reg += t[k] * t[k];
            g[k] += lambda * t[k];
        }
        return sum / n + lambda / 2 * reg;
    }
}
