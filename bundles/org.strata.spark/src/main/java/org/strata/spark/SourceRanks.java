package org.strata.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.Tuple2;

/**
 * Each passage's place in source order, as one number: the rank of its source among all sources' names, shifted
 * left 24 bits, plus its seq. The passages never move for it:
 * <ul>
 * <li>up to {@link #BROADCAST_SOURCES} sources, the ranks (one row a source) are sent whole to every task;</li>
 * <li>beyond, each partition of passages is sent the ranks of the sources it holds, and nothing else. Joining the
 * ranks with the passages instead moved every passage with its text: at 10^6 one-passage documents that doubled the
 * near-duplicate pass's shuffle (docs/benchmarks.md, the scale curve).</li>
 * </ul>
 */
final class SourceRanks {
    /** Up to this many sources, their ranks are sent to every task. */
    static final long BROADCAST_SOURCES = 500_000;
    /** The limit in use; tests lower it to take the other path on a small dataset. */
    static volatile long broadcastSources = BROADCAST_SOURCES;

    private static final StructType RANKS = new StructType().add("source", DataTypes.StringType).add("rank", DataTypes.LongType);
    private static final StructType PLACED = new StructType().add("ord", DataTypes.LongType).add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    /** The passages (ord, id, text), cached, and the ranks they were numbered with; {@link #release} both when done. */
    record Placed(Dataset<Row> passages, Dataset<Row> ranks) {
        void release() {
            passages.unpersist();
            ranks.unpersist();
        }
    }

    private SourceRanks() {}

    /**
     * Numbers {@code passages} (columns id, source, seq, text) in source order. They must be cached by the caller: past
     * the broadcast limit they are read twice (the sources of each partition, then the passages themselves), and the
     * two reads must see the same rows in the same partitions.
     */
    static Placed of(SparkSession spark, Dataset<Row> passages) {
        int parts = Math.max(1, passages.rdd().getNumPartitions());
        Dataset<Row> ranks = spark.createDataFrame(passages.select("source").distinct().javaRDD().map(r -> r.getString(0))
                .sortBy(x -> x, true, parts).zipWithIndex().map(t -> RowFactory.create(t._1(), t._2())), RANKS).persist();
        long sources = ranks.count();
        Dataset<Row> placed = sources <= broadcastSources
                ? passages.join(functions.broadcast(ranks), "source")
                        .withColumn("ord", functions.shiftleft(functions.col("rank"), 24).plus(functions.col("seq")))
                        .select("ord", "id", "text")
                : spark.createDataFrame(inPlace(passages, ranks), PLACED);
        return new Placed(placed.persist(), ranks);
    }

    /** The passages numbered where they lie: each partition is sent the ranks of its own sources. */
    private static JavaRDD<Row> inPlace(Dataset<Row> passages, Dataset<Row> ranks) {
        JavaRDD<Row> rows = passages.select("source", "seq", "id", "text").javaRDD();
        int parts = rows.getNumPartitions();
        JavaPairRDD<String, Integer> held = rows.mapPartitionsWithIndex((Function2<Integer, Iterator<Row>, Iterator<Tuple2<String, Integer>>>) (i, it) -> {
            Set<String> sources = new HashSet<>();
            while (it.hasNext()) sources.add(it.next().getString(0));
            List<Tuple2<String, Integer>> out = new ArrayList<>(sources.size());
            for (String s : sources) out.add(new Tuple2<>(s, i));
            return out.iterator();
        }, true).mapToPair(t -> t);
        JavaPairRDD<String, Long> rank = ranks.javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getLong(1)));
        // keyed by partition number: a hash partitioner of as many partitions puts number i in partition i
        JavaRDD<Tuple2<String, Long>> sent = held.join(rank)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .partitionBy(new HashPartitioner(parts)).values();
        return rows.zipPartitions(sent, (FlatMapFunction2<Iterator<Row>, Iterator<Tuple2<String, Long>>, Row>) (it, got) -> {
            int partition = org.apache.spark.TaskContext.getPartitionId();
            Map<String, Long> byName = new HashMap<>();
            while (got.hasNext()) {
                Tuple2<String, Long> t = got.next();
                byName.put(t._1(), t._2());
            }
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    Row r = it.next();
                    Long rank = byName.get(r.getString(0));
                    if (rank == null) { // the passages were read twice and differed: not cached, and recomputed otherwise
                        throw new IllegalStateException("no rank for source " + r.getString(0) + " in partition " + partition
                                + ": the passages changed between two reads");
                    }
                    return RowFactory.create((rank << 24) + r.getInt(1), r.getString(2), r.getString(3));
                }
            };
        });
    }
}
