package org.strata.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.strata.engine.DedupRequest;
import org.strata.engine.NearDuplicateKeys;

/**
 * Near duplicates across the whole dataset by MinHash-LSH, with the engine's MinHash, its band keys and its rule,
 * so that the clusters are those the CLI finds: in every LSH bucket, each passage is compared with the bucket's
 * first passage in source order and linked to it when their signatures agree on at least the threshold; clusters
 * are the linked groups, named after their first passage, whose other members are the duplicates.
 *
 * Every passage is named by one number, its place in source order ({@link SourceRanks}: its source's rank by name,
 * then its seq, below 2^24), unique in the dataset: the band keys are shuffled with it alone (24 bytes a key), the candidate pairs and
 * their test on the texts run in Spark tasks, and the links are joined into clusters by {@link ConnectedComponents}, in
 * Spark tasks too: the driver holds no link, so the number of duplicates is bounded by the cluster, not the driver.
 */
final class SparkNearDuplicates {
    private SparkNearDuplicates() {}

    /**
     * What the clusters are: (id, cluster, duplicate) for every clustered passage (cached: {@link #release()} it when
     * written), how many passages are duplicates (not their cluster's first), and how many clusters there are.
     */
    record Clusters(Dataset<Row> marks, long duplicates, long clusters) {
        void release() {
            marks.unpersist();
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

        // a passage's number: the rank of its source among the sources' names, then its seq
        SourceRanks.Placed numbered = SourceRanks.of(spark, passages);
        Dataset<Row> placed = numbered.passages();
        try {
            Dataset<Row> keyed = placed.select(functions.col("ord"),
                    functions.posexplode(functions.callUDF("strata_band_keys", functions.col("text"))).as(new String[] {"band", "key"}));
            // every bucket (a band and its key) of two or more: its first passage in source order, and each other member
            Dataset<Row> buckets = keyed.groupBy("band", "key")
                    .agg(functions.min("ord").as("first"), functions.collect_list("ord").as("ords"))
                    .filter(functions.size(functions.col("ords")).gt(1));
            Dataset<Row> pairs = buckets.select(functions.col("first").as("oa"), functions.explode(functions.col("ords")).as("ob"))
                    .filter(functions.col("oa").notEqual(functions.col("ob"))).distinct().persist();
            // only the candidates' texts travel to the pairs: a Bloom filter of their numbers (about 2% of the passages, at
            // 1% false positives) goes to every task, and the other texts never leave theirs
            Dataset<Row> candidates = pairs.select(functions.col("oa").as("ord")).union(pairs.select(functions.col("ob").as("ord"))).distinct();
            long n = candidates.count();
            // made by the tasks and merged up a tree (Spark's own bloomFilter aggregate caps its size at 4 million items)
            org.apache.spark.util.sketch.BloomFilter bloom = candidates.javaRDD().treeAggregate(
                    org.apache.spark.util.sketch.BloomFilter.create(Math.max(1, n), 0.01), (f, r) -> {
                        f.putLong(r.getLong(0));
                        return f;
                    }, (f, g) -> f.mergeInPlace(g));
            org.apache.spark.broadcast.Broadcast<org.apache.spark.util.sketch.BloomFilter> shipped =
                    org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bloom);
            spark.udf().register("strata_candidate", (UDF1<Long, Boolean>) ord -> shipped.value().mightContainLong(ord), DataTypes.BooleanType);
            Dataset<Row> texts = placed.filter(functions.callUDF("strata_candidate", functions.col("ord"))).select("ord", "text");
            Dataset<Row> links = pairs
                    .join(texts.withColumnRenamed("ord", "oa").withColumnRenamed("text", "ta"), "oa")
                    .join(texts.withColumnRenamed("ord", "ob").withColumnRenamed("text", "tb"), "ob")
                    .filter(functions.callUDF("strata_similar", functions.col("ta"), functions.col("tb")))
                    .select(functions.col("oa").as("a"), functions.col("ob").as("b"));

            // the linked groups, each named after its smallest number: its first passage in source order
            Dataset<Row> groups = ConnectedComponents.of(links);
            Dataset<Row> ids = placed.filter(functions.callUDF("strata_candidate", functions.col("ord"))).select("ord", "id");
            Dataset<Row> marks = groups
                    .join(ids.withColumnRenamed("ord", "root").withColumnRenamed("id", "first"), "root")
                    .join(ids.withColumnRenamed("ord", "v"), "v")
                    .select(functions.col("id"),
                            functions.conv(functions.substring(functions.col("first"), 1, 15), 16, 10).cast(DataTypes.LongType).as("cluster"),
                            functions.col("v").notEqual(functions.col("root")).as("duplicate"))
                    .persist();
            long duplicates = marks.filter(functions.col("duplicate")).count();
            long clusters = marks.count() - duplicates;
            pairs.unpersist();
            shipped.unpersist(); // not destroyed: the marks may be recomputed from their lineage
            return new Clusters(marks, duplicates, clusters);
        } finally {
            numbered.release();
        }
    }
}
