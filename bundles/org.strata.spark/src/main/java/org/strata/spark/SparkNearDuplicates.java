package org.strata.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strata.engine.DedupRequest;
import org.strata.engine.NearDuplicateKeys;

/**
 * Near duplicates across the whole dataset by MinHash-LSH, with the engine's MinHash, its band keys and its rule,
 * so that the clusters are those the CLI finds: in every LSH bucket, each passage is compared with the bucket's
 * first passage in source order and linked to it when their signatures agree on at least the threshold; clusters
 * are the linked groups, named after their first passage, whose other members are the duplicates.
 *
 * The band keys are shuffled with two numbers a passage (a 64-bit hash of its id, and its place in source order:
 * its source's rank by name, then its seq, below 2^24): 32 bytes a key instead of the strings. The candidate
 * pairs, and their test on the texts, run in Spark tasks; the links (about as many as the duplicates) are joined
 * into clusters on the driver, which holds millions of them without trouble.
 */
final class SparkNearDuplicates {
    private SparkNearDuplicates() {}

    /** What the clusters are: each clustered passage's cluster number and whether it is a duplicate (not the first). */
    record Clusters(Map<String, Long> clusterOf, Map<String, Boolean> duplicate) {
        long duplicates() {
            return duplicate.values().stream().filter(d -> d).count();
        }

        int clusters() {
            return (int) clusterOf.values().stream().distinct().count();
        }
    }

    /** The clusters among {@code passages} (columns id, source, seq, text), found with these settings. */
    static Clusters find(SparkSession spark, Dataset<Row> passages, DedupRequest settings) {
        // the UDFs capture plain numbers (a record is not serializable) and rebuild the settings in the tasks
        int shingle = settings.shingle(), bands = settings.bands(), rows = settings.rows();
        double threshold = settings.threshold();
        spark.udf().register("strata_band_keys", (UDF1<String, List<Long>>) text -> {
            long[] keys = NearDuplicateKeys.of(new DedupRequest(shingle, bands, rows, threshold)).keys(text); // made once per JVM
            List<Long> out = new ArrayList<>(keys.length);
            for (long k : keys) out.add(k);
            return out;
        }, DataTypes.createArrayType(DataTypes.LongType));
        spark.udf().register("strata_similar", (UDF2<String, String, Boolean>) (a, b) -> {
            return NearDuplicateKeys.of(new DedupRequest(shingle, bands, rows, threshold)).similar(a, b);
        }, DataTypes.BooleanType);

        // the bucket keys travel with numbers only: a 64-bit hash of the id, and the passage's place in source order (the
        // rank of its source among the sources' names, then its seq); ids, sources and texts meet the candidate pairs after
        Dataset<Row> ranks = spark.createDataFrame(passages.select("source").distinct().javaRDD().map(r -> r.getString(0))
                .sortBy(x -> x, true, Math.max(1, passages.rdd().getNumPartitions())).zipWithIndex()
                .map(t -> RowFactory.create(t._1(), t._2())), new StructType().add("source", DataTypes.StringType).add("rank", DataTypes.LongType));
        Dataset<Row> placed = passages.join(ranks, "source").withColumn("h", functions.xxhash64(functions.col("id")))
                .withColumn("ord", functions.shiftleft(functions.col("rank"), 24).plus(functions.col("seq")));
        Dataset<Row> keyed = placed.select(functions.col("h"), functions.col("ord"),
                functions.posexplode(functions.callUDF("strata_band_keys", functions.col("text"))).as(new String[] {"band", "key"}));
        // every bucket (a band and its key) of two or more: its first passage in source order, and each other member
        Dataset<Row> buckets = keyed.groupBy("band", "key")
                .agg(functions.min(functions.struct("ord", "h")).as("first"), functions.collect_list("h").as("hs"))
                .filter(functions.size(functions.col("hs")).gt(1));
        Dataset<Row> pairs = buckets.select(functions.col("first.h").as("ha"), functions.explode(functions.col("hs")).as("hb"))
                .filter(functions.col("ha").notEqual(functions.col("hb"))).distinct();
        Dataset<Row> texts = placed.select("h", "id", "text", "source", "seq");
        Dataset<Row> links = pairs
                .join(texts.withColumnRenamed("h", "ha").withColumnRenamed("id", "a").withColumnRenamed("text", "ta")
                        .withColumnRenamed("source", "sa").withColumnRenamed("seq", "qa"), "ha")
                .join(texts.withColumnRenamed("h", "hb").withColumnRenamed("id", "b").withColumnRenamed("text", "tb")
                        .withColumnRenamed("source", "sb").withColumnRenamed("seq", "qb"), "hb")
                .filter(functions.callUDF("strata_similar", functions.col("ta"), functions.col("tb")))
                .select("a", "sa", "qa", "b", "sb", "qb");

        // join the links into clusters; a cluster's first passage in source order names it
        Map<String, String> parent = new HashMap<>();
        Map<String, Row> place = new HashMap<>();
        for (Row r : links.collectAsList()) {
            String a = r.getString(0), b = r.getString(3);
            place.putIfAbsent(a, r);
            place.putIfAbsent(b, r);
            union(parent, a, b);
        }
        Map<String, List<String>> members = new HashMap<>();
        for (String id : parent.keySet()) members.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        Map<String, Long> clusterOf = new HashMap<>();
        Map<String, Boolean> duplicate = new HashMap<>();
        for (List<String> group : members.values()) {
            String first = null;
            String firstSource = null;
            int firstSeq = 0;
            for (String id : group) {
                Row r = place.get(id);
                boolean isA = id.equals(r.getString(0));
                String source = isA ? r.getString(1) : r.getString(4);
                int seq = isA ? r.getInt(2) : r.getInt(5);
                int c = firstSource == null ? -1 : source.compareTo(firstSource);
                if (first == null || c < 0 || (c == 0 && seq < firstSeq)) {
                    first = id;
                    firstSource = source;
                    firstSeq = seq;
                }
            }
            long cluster = Long.parseUnsignedLong(first.substring(0, 15), 16);
            for (String id : group) {
                clusterOf.put(id, cluster);
                duplicate.put(id, !id.equals(first));
            }
        }
        return new Clusters(clusterOf, duplicate);
    }

    private static String root(Map<String, String> parent, String x) {
        String r = x;
        while (!parent.getOrDefault(r, r).equals(r)) r = parent.get(r);
        parent.put(x, r);
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = root(parent, a), rb = root(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
