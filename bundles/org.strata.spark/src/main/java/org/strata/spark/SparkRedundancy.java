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
import org.strata.engine.Vectors;

/**
 * The redundancy signal at scale: for every passage, the cosine to its nearest other passage, as the CLI asks the
 * store's vector index. Exact search over billions is out of reach; random-hyperplane LSH finds the close pairs
 * that matter (redundancy is 0 below a cosine of 0.80 and 1 from 0.95): {@value #BANDS} bands of {@value #MIN_BITS}
 * signs each up to 2^20 passages, so that a pair at 0.82 shares a bucket in at least one band with probability
 * 0.993, at 0.90 with 0.99998; on larger datasets each band takes one sign more per doubling (buckets of about 256
 * passages), which lowers the recall near 0.80 (at 10^8 passages, 19 signs: 0.97 at 0.90, 0.80 at 0.85).
 *
 * The embeddings do not travel with the bucket keys: each key carries a 64-bit hash of the passage's id and a
 * {@value #SKETCH_BITS}-sign sketch of its embedding (40 bytes instead of 1.5 KB). In a bucket, the pairs whose
 * sketches differ in at most {@value #SKETCH_MAX_DIFF} signs (an angle under about 55 degrees; a pair at 0.80, 37
 * degrees, differs in 52 on average, 4 standard deviations below the cut) are kept, deduplicated over the bands,
 * and tested again on a {@value #CHECK_BITS}-sign check of each side (128 bytes; a pair at 0.80 passes at 4
 * standard deviations, a pair at 0.57 almost never): only the pairs that pass both meet their embeddings, for the
 * exact cosine. The bucket rows are shuffled once and sorted within their tasks; a bucket of more than
 * {@value #MAX_BUCKET} passages (boilerplate that survived dedup) is cut into parts of at most that size as its rows
 * stream by, in the order of the id's hash, which bounds the pairs a part makes (one task still reads the whole
 * bucket's rows). Passages with no pair kept get the CLI's "no neighbour" value, -1.
 */
final class SparkRedundancy {
    static final int BANDS = 64;
    static final int MIN_BITS = 12;
    static final int MAX_BITS = 30;
    static final int MAX_BUCKET = 2000;
    static final int SKETCH_BITS = 256;
    static final int SKETCH_MAX_DIFF = 78;
    /** The second test of a candidate pair, before the embeddings meet: more signs, the same cosine at the cut. */
    static final int CHECK_BITS = 1024;
    /** A pair at a cosine of 0.80 differs in 209.7 of 1,024 signs on average (standard deviation 12.9): 4 deviations above. */
    static final int CHECK_MAX_DIFF = 261;
    private static final long SEED = 0x5EED_0E3BL;
    /** The planes of each use: the bands', the sketch's, the check's. */
    private static final int BAND_PLANES = 0, SKETCH_PLANES = 1, CHECK_PLANES = 2;
    private static final float[][][] PLANES = new float[3][][];

    private SparkRedundancy() {}

    /** The hyperplanes of one use, the same in every JVM: a fixed seed a use. */
    private static synchronized float[][] planes(int use, int count, int dimension) {
        float[][] p = PLANES[use];
        if (p == null || p[0].length != dimension) {
            Random r = new Random(SEED + use);
            p = new float[count][dimension];
            for (float[] v : p) for (int d = 0; d < dimension; d++) v[d] = (float) r.nextGaussian();
            PLANES[use] = p;
        }
        return p;
    }

    /** The embedding's signs on the check's planes, 1,024 bits as 128 bytes. */
    static byte[] check(float[] v) {
        float[][] p = planes(CHECK_PLANES, CHECK_BITS, v.length);
        byte[] s = new byte[CHECK_BITS / 8];
        for (int i = 0; i < CHECK_BITS; i++) if (Vectors.dot(p[i], v) >= 0) s[i >>> 3] |= (byte) (1 << (i & 7));
        return s;
    }

    /** True when two checks differ in at most {@link #CHECK_MAX_DIFF} signs. */
    static boolean close(byte[] a, byte[] b) {
        java.nio.ByteBuffer x = java.nio.ByteBuffer.wrap(a), y = java.nio.ByteBuffer.wrap(b);
        int diff = 0;
        while (x.hasRemaining()) diff += Long.bitCount(x.getLong() ^ y.getLong());
        return diff <= CHECK_MAX_DIFF;
    }

    /** The embedding's signs on the sketch planes, as four longs. */
    static long[] sketch(float[] v) {
        float[][] p = planes(SKETCH_PLANES, SKETCH_BITS, v.length);
        long[] s = new long[SKETCH_BITS / 64];
        for (int i = 0; i < SKETCH_BITS; i++) if (Vectors.dot(p[i], v) >= 0) s[i >>> 6] |= 1L << (i & 63);
        return s;
    }

    /** The signs per band for a dataset of {@code n} passages: buckets of about 256 passages, at least {@value #MIN_BITS} signs. */
    static int bits(long n) {
        int b = 64 - Long.numberOfLeadingZeros(Math.max(1, n / 256));
        return Math.max(MIN_BITS, Math.min(MAX_BITS, b));
    }

    /** The bucket of each band: the band number over its signs. */
    static long[] keys(float[] v, int bits) {
        float[][] p = planes(BAND_PLANES, BANDS * MAX_BITS, v.length);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long signs = 0;
            for (int i = 0; i < bits; i++) if (Vectors.dot(p[b * MAX_BITS + i], v) >= 0) signs |= 1L << i;
            keys[b] = ((long) b << 32) | signs;
        }
        return keys;
    }

    /** (id, near): for every passage of {@code scored} (id, embedding), the cosine to its nearest other passage found. */
    static Dataset<Row> nearest(SparkSession spark, Dataset<Row> scored, long n) {
        int bits = bits(n);
        StructType keyed = new StructType().add("key", DataTypes.LongType, false).add("h", DataTypes.LongType, false)
                .add("s0", DataTypes.LongType, false).add("s1", DataTypes.LongType, false).add("s2", DataTypes.LongType, false)
                .add("s3", DataTypes.LongType, false);
        Dataset<Row> hashed = scored.select(functions.xxhash64(functions.col("id")).as("h"), functions.col("id"), functions.col("embedding"));
        JavaRDD<Row> rows = hashed.javaRDD().flatMap(r -> {
            float[] v = ScoreWorker.floats((byte[]) r.get(2));
            long[] sk = sketch(v);
            List<Row> out = new ArrayList<>(BANDS);
            for (long k : keys(v, bits)) out.add(RowFactory.create(k, r.getLong(0), sk[0], sk[1], sk[2], sk[3]));
            return out.iterator();
        });
        // one shuffle: the rows of a bucket meet in one task, sorted by the id's hash, and are taken in parts of at most
        // MAX_BUCKET as they stream by (no bucket is ever held whole, and no count of the buckets is shuffled first)
        Dataset<Row> buckets = spark.createDataFrame(rows, keyed).repartition(functions.col("key")).sortWithinPartitions("key", "h");
        StructType pairSchema = new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false);
        Dataset<Row> pairs = spark.createDataFrame(buckets.javaRDD().mapPartitions(SparkRedundancy::candidates), pairSchema).distinct();
        // the second test: a 1,024-sign check of each side (128 bytes, not the 1.5 KB embedding) meets the pair first, and
        // only the pairs that pass it meet their embeddings for the exact cosine
        Dataset<Row> checks = spark.createDataFrame(hashed.javaRDD().map(r -> RowFactory.create(r.getLong(0), check(ScoreWorker.floats((byte[]) r.get(2))))),
                new StructType().add("h", DataTypes.LongType, false).add("c", DataTypes.BinaryType, false));
        spark.udf().register("strata_close", (org.apache.spark.sql.api.java.UDF2<byte[], byte[], Boolean>) SparkRedundancy::close, DataTypes.BooleanType);
        pairs = pairs.join(checks.withColumnRenamed("h", "a").withColumnRenamed("c", "ca"), "a")
                .join(checks.withColumnRenamed("h", "b").withColumnRenamed("c", "cb"), "b")
                .filter(functions.callUDF("strata_close", functions.col("ca"), functions.col("cb"))).select("a", "b");
        Dataset<Row> a = hashed.select(functions.col("h").as("a"), functions.col("id").as("ida"), functions.col("embedding").as("ea"));
        Dataset<Row> b = hashed.select(functions.col("h").as("b"), functions.col("id").as("idb"), functions.col("embedding").as("eb"));
        StructType near = new StructType().add("id", DataTypes.StringType, false).add("near", DataTypes.FloatType, false);
        JavaRDD<Row> cosines = pairs.join(a, "a").join(b, "b").select("ida", "ea", "idb", "eb").javaRDD().flatMap(r -> {
            if (r.getString(0).equals(r.getString(2))) return java.util.Collections.<Row>emptyIterator();
            float c = Vectors.dot(ScoreWorker.floats((byte[]) r.get(1)), ScoreWorker.floats((byte[]) r.get(3)));
            return List.of(RowFactory.create(r.getString(0), c), RowFactory.create(r.getString(2), c)).iterator();
        });
        return spark.createDataFrame(cosines, near).groupBy("id").agg(functions.max("near").as("near"));
    }

    /**
     * The candidate pairs (smaller hash first) of a partition's rows sorted by bucket: within each part of a bucket
     * (at most {@value #MAX_BUCKET} rows in a row), the pairs whose sketches are close enough to be worth the exact cosine.
     */
    private static java.util.Iterator<Row> candidates(java.util.Iterator<Row> sorted) {
        return new java.util.Iterator<Row>() {
            private final long[] h = new long[MAX_BUCKET];
            private final long[][] s = new long[MAX_BUCKET][4];
            private final java.util.ArrayDeque<Row> ready = new java.util.ArrayDeque<>();
            private Row next = sorted.hasNext() ? sorted.next() : null; // the first row of the part to come

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && next != null) part(); // one part at a time: its pairs, never the partition's
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return ready.poll();
            }

            private void part() {
                long key = next.getLong(0);
                int n = 0;
                while (next != null && next.getLong(0) == key && n < MAX_BUCKET) {
                    h[n] = next.getLong(1);
                    for (int k = 0; k < 4; k++) s[n][k] = next.getLong(k + 2);
                    n++;
                    next = sorted.hasNext() ? sorted.next() : null;
                }
                pairs(h, s, n, ready);
            }
        };
    }

    private static void pairs(long[] h, long[][] s, int n, java.util.Collection<Row> out) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (h[i] == h[j]) continue;
                int diff = 0;
                for (int k = 0; k < 4; k++) diff += Long.bitCount(s[i][k] ^ s[j][k]);
                if (diff <= SKETCH_MAX_DIFF) out.add(RowFactory.create(Math.min(h[i], h[j]), Math.max(h[i], h[j])));
            }
        }
    }
}
