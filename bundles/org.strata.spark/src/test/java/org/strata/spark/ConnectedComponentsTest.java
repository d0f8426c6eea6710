package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The components found in Spark tasks are those a union-find finds, each named by its smallest vertex. */
class ConnectedComponentsTest extends LocalSparkTest {
    private static Map<Long, Long> inSpark(List<long[]> edges) {
        List<Row> rows = new ArrayList<>();
        for (long[] e : edges) rows.add(RowFactory.create(e[0], e[1]));
        Dataset<Row> d = spark.createDataFrame(rows, new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType));
        Map<Long, Long> out = new HashMap<>();
        for (Row r : ConnectedComponents.of(d).collectAsList()) {
            Long before = out.put(r.getLong(0), r.getLong(1));
            assertEquals(null, before, "one root per vertex: " + r.getLong(0));
        }
        return out;
    }

    /** Union-find over the same edges: each vertex with an edge, mapped to the smallest vertex of its component. */
    private static Map<Long, Long> byUnionFind(List<long[]> edges) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] e : edges) {
            if (e[0] == e[1]) continue;
            long a = root(parent, e[0]), b = root(parent, e[1]);
            if (a < b) parent.put(b, a);
            else if (b < a) parent.put(a, b);
        }
        Map<Long, Long> out = new HashMap<>();
        for (Long v : parent.keySet()) out.put(v, root(parent, v));
        return out;
    }

    private static long root(Map<Long, Long> parent, long v) {
        parent.putIfAbsent(v, v);
        long r = v;
        while (parent.get(r) != r) r = parent.get(r);
        return r;
    }

    @Test
    void aLongPathWithShuffledNumbersIsOneComponent() {
        // a path is the worst case for label propagation (as many rounds as its length); the star rounds take O(log^2 n)
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < 3000; i++) ids.add(i * 7919 + 11);
        Collections.shuffle(ids, new Random(7));
        List<long[]> edges = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) edges.add(new long[] {ids.get(i - 1), ids.get(i)});
        Map<Long, Long> found = inSpark(edges);
        assertEquals(3000, found.size());
        assertEquals(Collections.min(ids), found.values().stream().distinct().reduce((a, b) -> a.equals(b) ? a : -1L).orElseThrow());
    }

    @Test
    void randomGraphsMatchAUnionFind() {
        Random r = new Random(42);
        List<long[]> edges = new ArrayList<>();
        // many small groups, a few large ones, repeated edges, both orders, self-loops
        for (int i = 0; i < 4000; i++) {
            long a = r.nextInt(6000), b = r.nextInt(100) < 90 ? a + 1 + r.nextInt(5) : r.nextInt(6000);
            edges.add(r.nextBoolean() ? new long[] {a, b} : new long[] {b, a});
        }
        edges.add(new long[] {17, 17});
        edges.add(new long[] {5, 3});
        edges.add(new long[] {3, 5});
        edges.add(new long[] {Long.MAX_VALUE - 1, 1L << 40}); // the passages' numbers are large
        assertEquals(byUnionFind(edges), inSpark(edges));
    }

    @Test
    void noEdgesNoComponents() {
        assertEquals(Map.of(), inSpark(List.of()));
    }
}
