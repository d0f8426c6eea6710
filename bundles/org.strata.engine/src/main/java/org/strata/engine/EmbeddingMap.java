package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.strata.store.Passage;

/**
 * A map of the corpus in two dimensions: a sample of passages projected onto the first two principal components
 * of their embeddings (found by power iteration on the sample's covariance, so nothing beyond plain Java), scaled
 * into [0,1] on both axes. Neighbours in meaning land near each other; layers that overlap in meaning overlap on
 * the map.
 */
public final class EmbeddingMap {
    /** One passage on the map. */
    public record Point(String id, double x, double y, String layer, float density) {}

    private EmbeddingMap() {}

    /** The map of about {@code n} passages sampled evenly over the corpus; passages without an embedding are left out. */
    public static List<Point> of(CorpusFolder corpus, int n) throws IOException {
        return project(corpus.store().sample(n));
    }

    /** Projects passages with embeddings of one width (the most common width among them) onto two axes. */
    public static List<Point> project(List<Passage> passages) {
        List<Passage> with = withCommonWidth(passages);
        if (with.isEmpty()) return List.of();
        int dim = with.get(0).embedding().length;
        double[] mean = new double[dim];
        for (Passage p : with) for (int j = 0; j < dim; j++) mean[j] += p.embedding()[j];
        for (int j = 0; j < dim; j++) mean[j] /= with.size();
        double[][] centred = new double[with.size()][dim];
        for (int i = 0; i < with.size(); i++) for (int j = 0; j < dim; j++) centred[i][j] = with.get(i).embedding()[j] - mean[j];
        double[] first = component(centred, null);
        double[] second = component(centred, first);
        double[] xs = new double[centred.length], ys = new double[centred.length];
        for (int i = 0; i < centred.length; i++) {
            xs[i] = dot(centred[i], first);
            ys[i] = dot(centred[i], second);
        }
        scale(xs);
        scale(ys);
        List<Point> out = new ArrayList<>(with.size());
        for (int i = 0; i < with.size(); i++) {
            Passage p = with.get(i);
            out.add(new Point(p.id(), xs[i], ys[i], p.layer(), p.density()));
        }
        return out;
    }

    private static List<Passage> withCommonWidth(List<Passage> passages) {
        java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
        for (Passage p : passages) if (p.embedding() != null && p.embedding().length > 0) widths.merge(p.embedding().length, 1, Integer::sum);
        if (widths.isEmpty()) return List.of();
        int width = java.util.Collections.max(widths.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
        return passages.stream().filter(p -> p.embedding() != null && p.embedding().length == width).toList();
    }

    /**
     * The leading eigenvector of the rows' covariance (X^T X v, repeated), orthogonal to {@code not} when given.
     * A fixed seed makes the map the same each time it is drawn.
     */
    private static double[] component(double[][] rows, double[] not) {
        int dim = rows[0].length;
        Random r = new Random(42);
        double[] v = new double[dim];
        for (int j = 0; j < dim; j++) v[j] = r.nextGaussian();
        for (int iter = 0; iter < 60; iter++) {
            if (not != null) subtract(v, not);
            normalise(v);
            double[] next = new double[dim];
            for (double[] row : rows) {
                double d = dot(row, v);
                for (int j = 0; j < dim; j++) next[j] += d * row[j];
            }
            if (not != null) subtract(next, not);
            if (normalise(next) == 0) return v; // every row is the same: any direction will do
            double change = 0;
            for (int j = 0; j < dim; j++) change += Math.abs(next[j] - v[j]);
            v = next;
            if (change < 1e-9) break;
        }
        return v;
    }

    private static void subtract(double[] v, double[] unit) {
        double d = dot(v, unit);
        for (int j = 0; j < v.length; j++) v[j] -= d * unit[j];
    }

    private static double normalise(double[] v) {
        double n = Math.sqrt(dot(v, v));
        if (n > 0) for (int j = 0; j < v.length; j++) v[j] /= n;
        return n;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }

    /** Into [0,1]; a constant axis sits in the middle. */
    private static void scale(double[] v) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        for (int i = 0; i < v.length; i++) v[i] = hi - lo < 1e-12 ? 0.5 : (v[i] - lo) / (hi - lo);
    }
}
