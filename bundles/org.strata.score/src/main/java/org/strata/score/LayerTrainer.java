package org.strata.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns where passages belong from the passages the expert placed: a multinomial logistic regression over the
 * embedding and the hashed words, with the nearest-description logits of the prior as an offset (so that a few
 * dozen examples correct the descriptions rather than replace them). The L2 strength is chosen by cross-validation
 * over the expert's examples, folds made by document (a held-out passage's document taught nothing), which also
 * measures the accuracy the views and the command line show, per layer.
 */
public final class LayerTrainer {
    /** A passage the expert placed: its embedding, its words, its layer (index) and its document. */
    public record Example(float[] embedding, TextFeatures.Sparse text, int layer, String document) {}

    /**
     * The learned model and what cross-validation measured: per layer, the examples held out and how many the
     * learned placement (and the descriptions alone) put back in their layer. {@code folds} is 0 when there were too
     * few documents to hold any out.
     */
    public record Result(LayerModel model, int[] examples, int[] right, int[] priorRight, int folds, double lambda, long millis) {
        public double accuracy() {
            return share(right);
        }

        public double priorAccuracy() {
            return share(priorRight);
        }

        /** The cross-validated accuracy of one layer; NaN when none of its examples was held out. */
        public double accuracy(int layer) {
            return folds == 0 || examples[layer] == 0 ? Double.NaN : (double) right[layer] / examples[layer];
        }

        private double share(int[] hits) {
            int n = Arrays.stream(examples).sum();
            return folds == 0 || n == 0 ? Double.NaN : (double) Arrays.stream(hits).sum() / n;
        }
    }

    /** The L2 strengths tried, strongest first; cross-validation picks one. */
    static final double[] LAMBDAS = {1e-2, 1e-3, 1e-4};
    /** How much harder the word weights are shrunk than the embedding's (there are many, and each is seen rarely). */
    static final double TEXT_L2 = 3;
    private static final int FOLDS = 5;
    /** Cross-validation fits on at most this many examples (a stable sample); the final fit takes them all. */
    static final int CV_EXAMPLES = 4000;
    private static final int ITERATIONS = 200;

    private LayerTrainer() {}

    /** Learns from the examples; with none, answers the prior as it is (and no accuracy). */
    public static Result train(LayerModel prior, List<Example> examples) {
        long t0 = System.nanoTime();
        int n = prior.layers().size();
        int[] held = new int[n], right = new int[n], priorRight = new int[n];
        if (examples.isEmpty()) return new Result(prior, held, right, priorRight, 0, 0, 0);
        List<Example> sample = sample(examples, CV_EXAMPLES);
        int[] fold = folds(sample);
        int folds = Arrays.stream(fold).max().orElse(-1) + 1;
        double bestLambda = LAMBDAS[0];
        if (folds >= 2) {
            int bestHits = -1;
            for (double lambda : LAMBDAS) {
                int[] hits = new int[n];
                for (int f = 0; f < folds; f++) {
                    List<Example> train = new ArrayList<>(), test = new ArrayList<>();
                    for (int i = 0; i < sample.size(); i++) (fold[i] == f ? test : train).add(sample.get(i));
                    LayerModel m = fit(prior, train, lambda);
                    for (Example e : test) if (LayerModel.best(m.logits(e.embedding(), e.text())) == e.layer()) hits[e.layer()]++;
                }
                int total = Arrays.stream(hits).sum();
                if (total > bestHits) {
                    bestHits = total;
                    bestLambda = lambda;
                    System.arraycopy(hits, 0, right, 0, n);
                }
            }
            for (Example e : sample) {
                held[e.layer()]++;
                if (LayerModel.best(prior.logits(e.embedding(), e.text())) == e.layer()) priorRight[e.layer()]++;
            }
        }
        LayerModel model = fit(prior, examples, bestLambda);
        return new Result(model, held, right, priorRight, folds >= 2 ? folds : 0, bestLambda, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every example when there are at most {@code max}, else a stable spread of them (every k-th). */
    static List<Example> sample(List<Example> examples, int max) {
        if (examples.size() <= max) return examples;
        List<Example> s = new ArrayList<>(max);
        for (int i = 0; i < max; i++) s.add(examples.get((int) ((long) i * examples.size() / max)));
        return s;
    }

    /**
     * The fold of each example: whole documents go to one fold, dealt out in turn as they first appear, at most 5
     * folds and no more than documents; -1 everywhere (no folds) when there is a single document.
     */
    static int[] folds(List<Example> examples) {
        Map<String, Integer> docs = new HashMap<>();
        for (Example e : examples) docs.putIfAbsent(e.document(), docs.size());
        int folds = Math.min(FOLDS, docs.size());
        int[] fold = new int[examples.size()];
        for (int i = 0; i < fold.length; i++) fold[i] = folds < 2 ? -1 : docs.get(examples.get(i).document()) % folds;
        return fold;
    }

    /** Fits the correction (embedding weights, biases, word weights) on the examples at one L2 strength. */
    static LayerModel fit(LayerModel prior, List<Example> examples, double lambda) {
        int k = prior.layers().size(), d = prior.dimension(), n = examples.size();
        if (n == 0) return prior;
        // only the word buckets the examples have can move from zero: the optimization runs over those alone
        Map<Integer, Integer> slot = new HashMap<>();
        int[][] ids = new int[n][];
        float[][] vals = new float[n][];
        float[][] x = new float[n][];
        int[] y = new int[n];
        double[][] off = new double[n][];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            TextFeatures.Sparse t = e.text() == null ? TextFeatures.Sparse.EMPTY : e.text();
            ids[i] = new int[t.ids().length];
            for (int j = 0; j < ids[i].length; j++) ids[i][j] = slot.computeIfAbsent(t.ids()[j], b -> slot.size());
            vals[i] = t.values();
            x[i] = e.embedding();
            y[i] = e.layer();
            off[i] = new double[k];
            float[] z = prior.logits(e.embedding(), null);
            for (int c = 0; c < k; c++) off[i][c] = z[c];
        }
        int u = slot.size(), row = d + 1 + u;
        double[] theta = Lbfgs.minimize(new double[k * row], (th, g) -> loss(th, x, ids, vals, off, y, k, d, u, lambda, g), ITERATIONS, 1e-6);
        float[][] w = new float[k][d], t = new float[k][TextFeatures.BUCKETS];
        float[] b = new float[k];
        int[] bucketOf = new int[u];
        slot.forEach((bucket, s) -> bucketOf[s] = bucket);
        for (int c = 0; c < k; c++) {
            int at = c * row;
            for (int j = 0; j < d; j++) w[c][j] = prior.weights()[c][j] + (float) theta[at + j];
            b[c] = prior.bias()[c] + (float) theta[at + d];
            for (int s = 0; s < u; s++) t[c][bucketOf[s]] = (float) theta[at + d + 1 + s];
        }
        return new LayerModel(prior.layers(), prior.prototypes(), prior.priorScale(), w, b, t);
    }

    /** Mean cross-entropy plus (lambda / 2) (|W|² + TEXT_L2 |T|²); fills the gradient into g. */
    private static double loss(double[] th, float[][] x, int[][] ids, float[][] vals, double[][] off, int[] y, int k, int d, int u,
            double lambda, double[] g) {
        Arrays.fill(g, 0);
        int n = x.length, row = d + 1 + u;
        double sum = 0;
        double[] z = new double[k];
        for (int i = 0; i < n; i++) {
            float[] xi = x[i];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                int at = c * row;
                double v = off[i][c] + th[at + d];
                for (int j = 0; j < d; j++) v += th[at + j] * xi[j];
                for (int j = 0; j < ids[i].length; j++) v += th[at + d + 1 + ids[i][j]] * vals[i][j];
                z[c] = v;
                max = Math.max(max, v);
            }
            double norm = 0;
            for (int c = 0; c < k; c++) norm += Math.exp(z[c] - max);
            sum += max + Math.log(norm) - z[y[i]];
            for (int c = 0; c < k; c++) {
                double r = (Math.exp(z[c] - max) / norm - (c == y[i] ? 1 : 0)) / n;
                if (r == 0) continue;
                int at = c * row;
                for (int j = 0; j < d; j++) g[at + j] += r * xi[j];
                g[at + d] += r;
                for (int j = 0; j < ids[i].length; j++) g[at + d + 1 + ids[i][j]] += r * vals[i][j];
            }
        }
        double reg = 0;
        for (int c = 0; c < k; c++) {
            int at = c * row;
            for (int j = 0; j < row; j++) {
                if (j == d) continue; // biases are not shrunk
                double l = j > d ? lambda * TEXT_L2 : lambda;
                double v = th[at + j];
                reg += l * v * v;
                g[at + j] += l * v;
            }
        }
        return sum / n + reg / 2;
    }
}
