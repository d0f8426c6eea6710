package org.strata.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strata.score.Encoder;

/**
 * The redundancy signal at scale: for every passage, the cosine to its nearest other passage, as the CLI asks the
 * store's vector index. Exact search over billions is out of reach; random-hyperplane LSH finds the close pairs
 * that matter (redundancy is 0 below a cosine of 0.80 and 1 from 0.95): {@value #BANDS} bands of {@value #BITS}
 * signs each, so a pair at 0.90 shares a bucket in at least one band with probability 0.98, at 0.95 with 0.9997.
 * Within a bucket every pair is compared exactly; a bucket of more than {@value #MAX_BUCKET} passages (boilerplate
 * that survived dedup) is cut into parts of about that size by a hash of the id, which bounds the work per task.
 * Passages that share no bucket with another get the CLI's "no neighbour" value, -1.
 */
final class SparkRedundancy {
    static final int BANDS = 32;
    static final int BITS = 14;
    static final int MAX_BUCKET = 2000;
    private static final long SEED = 0x5EED_0E3BL;
    private static float[][] planes;

    private SparkRedundancy() {}

    /** The hyperplanes, the same in every JVM (a fixed seed). */
    private static synchronized float[][] planes(int dimension) {
        if (planes == null || planes[0].length != dimension) {
            Random r = new Random(SEED);
            float[][] p = new float[BANDS * BITS][dimension];
            for (float[] v : p) for (int d = 0; d < dimension; d++) v[d] = (float) r.nextGaussian();
            planes = p;
        }
        return planes;
    }

    /** The bucket of each band: the band number over its signs. */
    static long[] keys(float[] v) {
        float[][] p = planes(v.length);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long bits = 0;
            for (int i = 0; i < BITS; i++) if (Encoder.dot(p[b * BITS + i], v) >= 0) bits |= 1L << i;
            keys[b] = ((long) b << 32) | bits;
        }
        return keys;
    }

    /** (id, near): for every passage of {@code scored} (id, embedding), the cosine to its nearest other passage found. */
    static Dataset<Row> nearest(SparkSession spark, Dataset<Row> scored) {
        StructType keyed = new StructType().add("key", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
                .add("embedding", DataTypes.createArrayType(DataTypes.FloatType, false), false);
        JavaRDD<Row> rows = scored.select("id", "embedding").javaRDD().flatMap(r -> {
            List<Float> e = r.getList(1);
            float[] v = new float[e.size()];
            for (int i = 0; i < v.length; i++) v[i] = e.get(i);
            List<Row> out = new ArrayList<>(BANDS);
            for (long k : keys(v)) out.add(RowFactory.create(k, r.getString(0), e.toArray(new Float[0])));
            return out.iterator();
        });
        Dataset<Row> buckets = spark.createDataFrame(rows, keyed);
        Dataset<Row> sizes = buckets.groupBy("key").count().filter(functions.col("count").gt(1));
        Dataset<Row> parts = buckets.join(sizes, "key")
                .withColumn("part", functions.when(functions.col("count").gt(MAX_BUCKET),
                        functions.pmod(functions.xxhash64(functions.col("id")), functions.ceil(functions.col("count").divide(MAX_BUCKET))))
                        .otherwise(functions.lit(0L)))
                .groupBy("key", "part").agg(functions.collect_list(functions.struct("id", "embedding")).as("members"))
                .filter(functions.size(functions.col("members")).gt(1));
        StructType near = new StructType().add("id", DataTypes.StringType, false).add("near", DataTypes.FloatType, false);
        JavaRDD<Row> pairs = parts.select("members").javaRDD().flatMap(r -> closest(r.getList(0)).iterator());
        return spark.createDataFrame(pairs, near).groupBy("id").agg(functions.max("near").as("near"));
    }

    /** Within one bucket: each member's highest cosine to another member. */
    private static List<Row> closest(List<Row> members) {
        int n = members.size();
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            List<Float> e = members.get(i).getList(1);
            v[i] = new float[e.size()];
            for (int d = 0; d < v[i].length; d++) v[i][d] = e.get(d);
        }
        float[] best = new float[n];
        java.util.Arrays.fill(best, -1f);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float c = Encoder.dot(v[i], v[j]);
                if (c > best[i]) best[i] = c;
                if (c > best[j]) best[j] = c;
            }
        }
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(RowFactory.create(members.get(i).getString(0), best[i]));
        return out;
    }
}
