package org.strata.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.strata.engine.DedupRequest;

/**
 * Files to passages on Spark: the files under the input paths are spread over the tasks; each file becomes its
 * passages by the engine's own code; passages with the same text (the same id) are kept once, the first in source
 * order, as the CLI's ingestion keeps the first it meets; near duplicates are found by MinHash-LSH over the whole
 * dataset ({@link SparkNearDuplicates}). Writes {@code passages/} (Parquet: id, source, seq, start, end, text, tokens,
 * language, media_type, cluster, status: "duplicate" for a near duplicate that is not its cluster's first) and {@code problems/} (Parquet: source, kind, reason), one row per file
 * that gave no passage; a bad file never fails the job.
 */
public final class SparkIngest {
    /** What a run did. */
    public record Summary(long documents, long passages, long duplicates, long failed, long skipped, long nearDuplicates, long clusters,
            Shuffled shuffled) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "%,d documents: %,d passages (%,d exact duplicates dropped), %,d failed, %,d skipped;"
                    + " near duplicates: %,d passages in %,d clusters%nshuffled: %s", documents, passages, duplicates, failed, skipped,
                    nearDuplicates, clusters, shuffled.line(passages + duplicates));
        }
    }

    /** The bytes the run wrote to the shuffle: parsing and exact dedup, then the near-duplicate clusters. */
    public record Shuffled(long exact, long near) {
        String line(long passages) {
            double n = Math.max(1, passages);
            return String.format(java.util.Locale.ROOT, "exact dedup %,d bytes (%.0f a passage), near duplicates %,d bytes (%.0f a passage)",
                    exact, exact / n, near, near / n);
        }
    }

    private SparkIngest() {}

    /** Runs over the files under {@code inputs}, in {@code partitions} tasks (0: two per core), into {@code out}. */
    public static Summary run(SparkSession spark, List<Path> inputs, Path out, int partitions) throws IOException {
        return run(spark, inputs, out, partitions, DedupRequest.defaults());
    }

    /** As above, finding near duplicates with these settings (a recipe's). */
    public static Summary run(SparkSession spark, List<Path> inputs, Path out, int partitions, DedupRequest near)
            throws IOException {
        return run(spark, strings(inputs), out.toString(), partitions, near);
    }

    /**
     * As above, the inputs and the output being local paths or locations in any store Hadoop's FileSystem reaches
     * (hdfs://, s3a://, file://): a remote file is copied to the task's machine for its parse.
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions, DedupRequest near)
            throws IOException {
        DocumentWorker.ParseLimits limits = parseLimits(spark);
        List<String> paths = Locations.files(inputs, spark.sparkContext().hadoopConfiguration());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.spark.broadcast.Broadcast<org.apache.spark.util.SerializableConfiguration> conf = jsc.broadcast(
                new org.apache.spark.util.SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        int slices = partitions > 0 ? partitions : Math.max(1, 2 * jsc.defaultParallelism());
        JavaRDD<Row> rows = jsc.parallelize(paths, Math.max(1, Math.min(slices, paths.size())))
                .flatMap(p -> (Locations.remote(p) ? DocumentWorker.remoteRows(p, limits, conf.value().value())
                        : DocumentWorker.rows(p, limits)).iterator());
        return finish(spark, rows, paths.size(), out, near);
    }

    static List<String> strings(List<Path> paths) {
        List<String> out = new ArrayList<>(paths.size());
        for (Path p : paths) out.add(p.toString());
        return out;
    }

    /**
     * One file's parse limits, from the session's settings {@code spark.strata.parse.timeout} (a time, "120s" when
     * unset) and {@code spark.strata.parse.heap} (a size, "768m" when unset): each parse worker's heap.
     */
    static DocumentWorker.ParseLimits parseLimits(SparkSession spark) {
        long ms = org.apache.spark.network.util.JavaUtils.timeStringAsMs(spark.conf().get("spark.strata.parse.timeout", "120s"));
        long mb = org.apache.spark.network.util.JavaUtils.byteStringAsMb(spark.conf().get("spark.strata.parse.heap", "768m"));
        if (ms <= 0 || mb < 64) throw new IllegalArgumentException("spark.strata.parse.timeout must be positive and spark.strata.parse.heap at least 64m");
        return new DocumentWorker.ParseLimits(ms, (int) mb);
    }

    /**
     * Runs over a collection of documents already extracted: JSONL ({@code format} "json") or Parquet files whose
     * {@code textColumn} holds each document's text and {@code idColumn} (or, when null, a hash of the text) names it,
     * or plain text files ("text") of a document per line, each named by a hash of its text.
     * A record's source is {@code file#id}. A line that is not JSON, or a record without text, is a problem row.
     */
    public static Summary runCollection(SparkSession spark, List<Path> inputs, String format, String textColumn, String idColumn, Path out)
            throws IOException {
        return runCollection(spark, inputs, format, textColumn, idColumn, out, DedupRequest.defaults());
    }

    /** As above, finding near duplicates with these settings (a recipe's). */
    public static Summary runCollection(SparkSession spark, List<Path> inputs, String format, String textColumn, String idColumn, Path out,
            DedupRequest near) throws IOException {
        return runCollection(spark, strings(inputs), format, textColumn, idColumn, out.toString(), near);
    }

    /** As above, the inputs and the output being local paths or locations in any store Hadoop's FileSystem reaches. */
    public static Summary runCollection(SparkSession spark, List<String> inputs, String format, String textColumn, String idColumn, String out,
            DedupRequest near) throws IOException {
        if ("text".equals(format)) {
            // plain text: a document per line, in Spark's column "value", named by a hash of its text
            if (idColumn != null) throw new IllegalArgumentException("a plain text collection has no id column: its documents are its lines");
            textColumn = "value";
        }
        String[] paths = Locations.files(inputs, spark.sparkContext().hadoopConfiguration()).toArray(String[]::new);
        Dataset<Row> docs = spark.read().format(format).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "_corrupt_record")
                .load(paths).withColumn("_file", functions.input_file_name()).persist();
        try {
            List<String> columns = List.of(docs.columns());
            if (!columns.contains(textColumn)) {
                throw new IllegalArgumentException("the collection has no column '" + textColumn + "': it has " + columns);
            }
            if (idColumn != null && !columns.contains(idColumn)) {
                throw new IllegalArgumentException("the collection has no column '" + idColumn + "': it has " + columns);
            }
            Dataset<Row> picked = docs.select(functions.col("_file"), functions.col(textColumn).cast("string").as("_text"),
                    idColumn == null ? functions.lit(null).cast("string").as("_id") : functions.col(idColumn).cast("string").as("_id"),
                    columns.contains("_corrupt_record") ? functions.col("_corrupt_record") : functions.lit(null).cast("string"));
            if (idColumn != null && !picked.filter(functions.col("_id").isNotNull()).groupBy("_file", "_id").count()
                    .filter(functions.col("count").gt(1)).isEmpty()) {
                // an id given to several records of a file: each gets a name of its own (id, id~2, id~3...), so that every
                // passage has its own place in source order
                org.apache.spark.sql.Column n = functions.row_number().over(Window.partitionBy("_file", "_id").orderBy("_text"));
                picked = picked.withColumn("_id", functions.when(functions.col("_id").isNotNull().and(n.gt(1)),
                        functions.concat(functions.col("_id"), functions.lit("~"), n.cast("string"))).otherwise(functions.col("_id")));
            }
            long count = picked.count();
            JavaRDD<Row> rows = picked.javaRDD().flatMap(r -> DocumentWorker.recordRows(r.getString(0), r.getString(1), r.getString(2),
                    r.getString(3)).iterator());
            return finish(spark, rows, count, out, near);
        } finally {
            docs.unpersist();
        }
    }

    private static Summary finish(SparkSession spark, JavaRDD<Row> rows, long units, String out, DedupRequest settings)
            throws IOException {
        Shuffles meter = Shuffles.on(spark.sparkContext());
        Dataset<Row> all = spark.createDataFrame(rows, Rows.SCHEMA).persist();
        try {
            Dataset<Row> passages = all.filter(functions.col("kind").equalTo("passage"));
            Dataset<Row> first = passages
                    .withColumn("rank", functions.row_number().over(Window.partitionBy("id").orderBy("source", "seq")))
                    .filter(functions.col("rank").equalTo(1))
                    .drop("rank", "kind", "reason").persist();
            first.count(); // parsed and deduplicated here, so that the shuffles are told apart
            long exact = meter.total();
            SparkNearDuplicates.Clusters near = SparkNearDuplicates.find(spark, first, settings);
            Locations.markStarted(out, spark.sparkContext().hadoopConfiguration());
            first.join(near.marks(), "id", "left")
                    .withColumn("cluster", functions.coalesce(functions.col("cluster"), functions.lit(0L)))
                    .withColumn("status", functions.when(functions.col("duplicate"), "duplicate").otherwise("candidate")).drop("duplicate")
                    .write().mode(SaveMode.ErrorIfExists).parquet(Locations.resolve(out, "passages"));
            near.release();
            Shuffled shuffled = new Shuffled(exact, meter.total() - exact); // the marks' join with the passages included
            first.unpersist();
            Dataset<Row> problems = all.filter(functions.col("kind").notEqual("passage")).select("source", "kind", "reason");
            problems.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(Locations.resolve(out, "problems"));
            long made = passages.count(), kept = spark.read().parquet(Locations.resolve(out, "passages")).count();
            long failed = problems.filter(functions.col("kind").equalTo("failed")).count();
            long skipped = problems.filter(functions.col("kind").equalTo("skipped")).count();
            Summary s = new Summary(units, kept, made - kept, failed, skipped, near.duplicates(), near.clusters(), shuffled);
            Locations.writeString(Locations.resolve(out, "summary.txt"), s.line() + "\n", spark.sparkContext().hadoopConfiguration());
            return s;
        } finally {
            meter.close();
            all.unpersist();
        }
    }
}
