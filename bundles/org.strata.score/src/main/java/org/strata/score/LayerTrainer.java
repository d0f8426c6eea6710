package org.strata.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns where passages belong from the passages the expert placed: a multinomial logistic regression over the
 * embedding and the hashed words, with the nearest-description logits of the prior as an offset whose weight the
 * examples set (so that a few dozen examples correct the descriptions rather than replace them, and overrule them
 * where they mislead), every layer weighing the same however many examples it has, and fitted a second time with
 * the unplaced passages the first fit placed surely enough (self-training). The L2 strength is chosen by cross-validation
 * over the expert's examples, folds made by document (a held-out passage's document taught nothing), which also
 * measures the accuracy the views and the command line show, per layer.
 */
public final class LayerTrainer {
    /**
     * A passage the expert placed: its embedding, its words, its layer (index), its document and its position there
     * ({@link #NOWHERE} when unknown: it then lends no context and takes none).
     */
    public record Example(float[] embedding, TextFeatures.Sparse text, int layer, String document, int position) {
        public static final int NOWHERE = Integer.MIN_VALUE;

        public Example(float[] embedding, TextFeatures.Sparse text, int layer, String document) {
            this(embedding, text, layer, document, NOWHERE);
        }
    }

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
    /** Cross-validation fits on at most this many examples (a stable sample). */
    static final int CV_EXAMPLES = 4000;
    /** The final fit takes at most this many (a stable spread): more would cost minutes and teach little more. */
    static final int FIT_EXAMPLES = 20_000;
    private static final int ITERATIONS = 200;

    private LayerTrainer() {}

    /** Learns from the examples; with none, answers the prior as it is (and no accuracy). */
    public static Result train(LayerModel prior, List<Example> examples) {
        return train(prior, examples, List.of());
    }

    /**
     * As above, with passages the expert has not placed ({@code pool}, their layer ignored): after a first fit, the
     * pool's passages it places surely enough join the examples for a second fit (self-training, which lets a few
     * dozen examples reach the corpus's own words); cross-validation runs the same two steps in every fold.
     */
    public static Result train(LayerModel prior, List<Example> examples, List<Example> pool) {
        long t0 = System.nanoTime();
        int n = prior.layers().size();
        int[] held = new int[n], right = new int[n], priorRight = new int[n];
        if (examples.isEmpty()) return new Result(prior, held, right, priorRight, 0, 0, 0);
        List<Example> sample = sample(examples, CV_EXAMPLES);
        int[] fold = folds(sample);
        int folds = Arrays.stream(fold).max().orElse(-1) + 1;
        // a layer whose examples all come from one document cannot be measured: held out, nothing of it is left to learn from
        Map<Integer, java.util.Set<String>> docs = new HashMap<>();
        for (Example e : sample) docs.computeIfAbsent(e.layer(), l -> new java.util.HashSet<>()).add(e.document());
        java.util.function.Predicate<Example> measurable = e -> docs.get(e.layer()).size() >= 2;
        if (sample.stream().noneMatch(measurable)) folds = 0;
        double bestLambda = LAMBDAS[0];
        if (folds >= 2) {
            int bestHits = -1;
            for (double lambda : LAMBDAS) {
                int[] hits = new int[n];
                for (int f = 0; f < folds; f++) {
                    List<Example> train = new ArrayList<>(), test = new ArrayList<>();
                    for (int i = 0; i < sample.size(); i++) (fold[i] == f ? test : train).add(sample.get(i));
                    LayerModel m = learn(prior, train, lambda, pool);
                    countRight(m, test, measurable, hits);
                }
                int total = Arrays.stream(hits).sum();
                if (total > bestHits) {
                    bestHits = total;
                    bestLambda = lambda;
                    System.arraycopy(hits, 0, right, 0, n);
                }
            }
            for (Example e : sample) if (measurable.test(e)) held[e.layer()]++;
            countRight(prior, sample, measurable, priorRight);
        }
        LayerModel model = learn(prior, sample(examples, FIT_EXAMPLES), bestLambda, pool);
        return new Result(model, held, right, priorRight, folds >= 2 ? folds : 0, bestLambda, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Counts, per layer, the held-out examples a model places right the way passages are placed: each with the
     * examples of its document within {@link LayerModel#CONTEXT} positions as its context (held-out documents are
     * whole, so a held-out passage has the neighbours it would have had).
     */
    static void countRight(LayerModel m, List<Example> test, java.util.function.Predicate<Example> counted, int[] hits) {
        float[][] z = new float[test.size()][];
        Map<String, List<Integer>> byDoc = new HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            z[i] = m.logits(test.get(i).embedding(), test.get(i).text());
            byDoc.computeIfAbsent(test.get(i).document(), d -> new ArrayList<>()).add(i);
        }
        for (List<Integer> doc : byDoc.values()) {
            doc.sort((a, b) -> Integer.compare(test.get(a).position(), test.get(b).position()));
            for (int i : doc) {
                Example e = test.get(i);
                List<float[]> near = new ArrayList<>();
                if (e.position() != Example.NOWHERE) {
                    for (int j : doc) {
                        int at = test.get(j).position();
                        if (j != i && at != Example.NOWHERE && Math.abs((long) at - e.position()) <= LayerModel.CONTEXT) near.add(z[j]);
                    }
                }
                if (counted.test(e) && LayerModel.best(LayerModel.inContext(z[i], near)) == e.layer()) hits[e.layer()]++;
            }
        }
    }

    /** A pool passage is taken as an example when the first fit gives its layer at least this probability. */
    static final float SURE = 0.8f;
    /** At most this many times a layer's own examples are taken from the pool for it. */
    static final int POOL_TIMES = 2;

    /** Fits, then fits again with the pool passages the first fit places surely enough (the surest first, so many per layer). */
    static LayerModel learn(LayerModel prior, List<Example> train, double lambda, List<Example> pool) {
        LayerModel first = fit(prior, train, lambda);
        if (pool.isEmpty()) return first;
        int k = prior.layers().size();
        int[] own = new int[k];
        for (Example e : train) own[e.layer()]++;
        List<List<float[]>> sure = new ArrayList<>();
        for (int c = 0; c < k; c++) sure.add(new ArrayList<>());
        for (int i = 0; i < pool.size(); i++) {
            float[] p = first.probabilities(pool.get(i).embedding(), pool.get(i).text());
            int b = LayerModel.best(p);
            if (p[b] >= SURE && own[b] > 0) sure.get(b).add(new float[] {p[b], i});
        }
        List<Example> more = new ArrayList<>(train);
        for (int c = 0; c < k; c++) {
            List<float[]> s = sure.get(c);
            s.sort((a, b) -> Float.compare(b[0], a[0]));
            for (int j = 0; j < Math.min(s.size(), POOL_TIMES * own[c]); j++) {
                Example e = pool.get((int) s.get(j)[1]);
                more.add(new Example(e.embedding(), e.text(), c, e.document(), e.position()));
            }
        }
        return more.size() == train.size() ? first : fit(prior, more, lambda);
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
        // each layer weighs as much as any other, however many examples it has: a layer of short documents is not
        // outvoted by one of long ones
        int[] perLayer = new int[k];
        for (int c : y) perLayer[c]++;
        int present = (int) Arrays.stream(perLayer).filter(c -> c > 0).count();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = (double) n / (present * perLayer[y[i]]);
        // the last parameter scales the descriptions' logits: the examples decide how far the descriptions are to be trusted
        // a layer with no example yet competes on its description alone: its weights and bias stay zero (else every
        // example would push it down everywhere), so it wins where its description fits better than the examples' layers
        boolean[] taught = new boolean[k];
        for (int c = 0; c < k; c++) taught[c] = perLayer[c] > 0;
        double[] theta = Lbfgs.minimize(new double[k * row + 1], (th, g) -> loss(th, x, ids, vals, off, y, weight, taught, d, u, lambda, g),
                ITERATIONS, 1e-6);
        float trust = (float) (1 + theta[k * row]); // as fitted: the weights were fitted against this very offset
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

        return new LayerModel(prior.layers(), prior.prototypes(), prior.priorScale() * trust, w, b, t);
    }

    /** Mean cross-entropy (each example weighted; the untaught layers' own parameters held at zero) plus (lambda / 2) (|W|² + TEXT_L2 |T|²); fills the gradient into g. */
    private static double loss(double[] th, float[][] x, int[][] ids, float[][] vals, double[][] off, int[] y, double[] weight, boolean[] taught,
            int d, int u, double lambda, double[] g) {
        Arrays.fill(g, 0);
        int k = taught.length;
        int n = x.length, row = d + 1 + u;
        double sum = 0;
        double[] z = new double[k];
        int trust = k * row;
        for (int i = 0; i < n; i++) {
            float[] xi = x[i];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                int at = c * row;
                double v = (1 + th[trust]) * off[i][c] + th[at + d];
                for (int j = 0; j < d; j++) v += th[at + j] * xi[j];
                for (int j = 0; j < ids[i].length; j++) v += th[at + d + 1 + ids[i][j]] * vals[i][j];
                z[c] = v;
                max = Math.max(max, v);
            }
            double norm = 0;
            for (int c = 0; c < k; c++) norm += Math.exp(z[c] - max);
            sum += weight[i] * (max + Math.log(norm) - z[y[i]]);
            for (int c = 0; c < k; c++) {
                double r = weight[i] * (Math.exp(z[c] - max) / norm - (c == y[i] ? 1 : 0)) / n;
                if (r == 0) continue;
                g[trust] += r * off[i][c];
                if (!taught[c]) continue; // its own parameters stay zero
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
        reg += lambda * th[trust] * th[trust];
        g[trust] += lambda * th[trust];
        return sum / n + reg / 2;
    }
}
