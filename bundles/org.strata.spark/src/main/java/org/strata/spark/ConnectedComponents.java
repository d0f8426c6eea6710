package org.strata.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Connected components of an undirected graph given as edges of long vertex ids, in Spark tasks: the alternating
 * large-star and small-star rounds of Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014),
 * which converge in O(log^2 n) rounds, each a few joins and aggregations over the edges. The driver holds no edge
 * and no vertex, only two counts a round. The result names each component by its smallest vertex.
 *
 * Edges are kept as (hi, lo) with lo &lt; hi. Large-star links every larger neighbour of a vertex to the smallest
 * vertex around it; small-star links a vertex and its smaller neighbours to the smallest of them. The edges form a
 * star around each component's smallest vertex when no vertex is both a hi and a lo and every hi has one edge.
 */
final class ConnectedComponents {
    /** Far above what the bound needs for any graph that fits a cluster (about 60 rounds at 2^40 vertices, by the bound's constant). */
    static final int MAX_ROUNDS = 200;

    private ConnectedComponents() {}

    /**
     * (v, root) for every vertex that has an edge, root being the smallest vertex of its component (a root maps to itself).
     * {@code edges}: two long columns "a" and "b" (either order, repeats and self-loops allowed).
     */
    static Dataset<Row> of(Dataset<Row> edges) {
        Dataset<Row> e = edges.filter(functions.col("a").notEqual(functions.col("b")))
                .select(functions.greatest("a", "b").as("hi"), functions.least("a", "b").as("lo")).distinct();
        e = cut(e);
        for (int round = 0; !isStars(e); round++) {
            if (round == MAX_ROUNDS) throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
            Dataset<Row> next = cut(smallStar(largeStar(e)));
            e.unpersist();
            e = next;
        }
        Dataset<Row> stars = e.select(functions.col("hi").as("v"), functions.col("lo").as("root"));
        Dataset<Row> roots = e.select(functions.col("lo").as("v"), functions.col("lo").as("root")).distinct();
        return stars.union(roots);
    }

    /** For every vertex u, each larger neighbour v gets the edge (v, m) where m is the smallest of u and its neighbours. */
    private static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> both = e.select(functions.col("hi").as("u"), functions.col("lo").as("v"))
                .union(e.select(functions.col("lo").as("u"), functions.col("hi").as("v")));
        Dataset<Row> smallest = both.groupBy("u").agg(functions.min("v").as("m"))
                .select(functions.col("u"), functions.least(functions.col("u"), functions.col("m")).as("m"));
        return both.filter(functions.col("v").gt(functions.col("u"))).join(smallest, "u")
                .select(functions.col("v").as("hi"), functions.col("m").as("lo")).distinct();
    }

    /** For every vertex u, u and each smaller neighbour get an edge to the smallest of those neighbours (no self-loops). */
    private static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> smallest = e.groupBy("hi").agg(functions.min("lo").as("m"));
        Dataset<Row> joined = e.join(smallest, "hi");
        Dataset<Row> self = smallest.select(functions.col("hi"), functions.col("m").as("lo"));
        Dataset<Row> others = joined.filter(functions.col("lo").notEqual(functions.col("m")))
                .select(functions.col("lo").as("hi"), functions.col("m").as("lo"));
        return self.union(others).distinct();
    }

    /** True when the edges are stars around their components' smallest vertices: no lo is a hi, and each hi has one edge. */
    private static boolean isStars(Dataset<Row> e) {
        long edges = e.count();
        long his = e.select("hi").distinct().count();
        if (edges != his) return false;
        return e.select(functions.col("lo").as("x")).join(e.select(functions.col("hi").as("x")), "x").isEmpty();
    }

    /** Materialized, with its lineage cut, so that the rounds do not build an ever longer plan. */
    private static Dataset<Row> cut(Dataset<Row> e) {
        return e.localCheckpoint(true);
    }
}
