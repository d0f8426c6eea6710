package org.strata.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strata.engine.LayerPlacement;
import org.strata.engine.RecipeFile;
import org.strata.engine.RecipePack;
import org.strata.engine.RepeatedLines;
import org.strata.score.Components;
import org.strata.score.DensityWeights;
import org.strata.engine.Scoring;

/**
 * The recipe applied to a whole dataset: the ingestion of {@link SparkIngest} (parse, segment, exact and near
 * dedup with the recipe's settings), then the CLI's scoring and layering in Spark tasks (one encoder per executor
 * JVM), with the two signals that need the whole dataset computed across it: repeated lines (a line in three
 * sources or more) and redundancy ({@link SparkRedundancy}). Writes
 * <ul>
 * <li>{@code passages/}: Parquet, a passage per row with its layer, how sure the placement is ({@code confidence}),
 * density and each density component;</li>
 * <li>{@code attributes/}: Parquet in Dolma's shape, a document per row ({@code id} its source) whose
 * {@code attributes} hold {@code strata__density}, {@code strata__<component>}, {@code strata__layer__<name>} and
 * {@code strata__layer_confidence} as spans {@code [start, end, value]} over the document's text;</li>
 * <li>{@code pack/}: the staged pack ({@link SparkPack}), with the recipe again, to go on round;</li>
 * <li>{@code problems/} and {@code summary.txt}, as the ingestion writes them.</li>
 * </ul>
 * Intermediate results (ingested and scored passages) are kept in {@code _work/} while it runs, so that nothing
 * is encoded twice, and removed at the end.
 */
public final class SparkRun {
    /** How the encoder runs and how the inputs are read. */
    public record Options(int partitions, String collection, String textColumn, String idColumn, String device, int batch) {
        public static final Options DEFAULT = new Options(0, null, "text", null, "auto", 64);
    }

    /** What a run did: the ingestion, then the passages scored, per layer, and the pack. */
    public record Summary(SparkIngest.Summary ingest, long scored, java.util.Map<String, Long> perLayer, long offered, long packed, String device,
            java.util.Map<String, Double> seconds, java.util.Map<String, Long> shuffled) {
        public String line() {
            StringBuilder t = new StringBuilder();
            seconds.forEach((k, v) -> t.append(t.length() == 0 ? "" : ", ").append(k).append(String.format(Locale.ROOT, " %.1f s", v)));
            StringBuilder b = new StringBuilder();
            double n = Math.max(1, scored);
            shuffled.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k)
                    .append(String.format(Locale.ROOT, " %,d bytes (%.0f a passage)", v, v / n)));
            return ingest.line() + String.format(Locale.ROOT, "%nscored %,d passages (encoder on %s); per layer %s;%npack: %,d passages "
                    + "selected by the recipe's rules, %,d records written%ntimes: %s%nshuffled: %s", scored, device, perLayer, offered, packed, t, b);
        }
    }

    private SparkRun() {}

    /** The name of component {@code i}'s column ("lexical diversity" is lexical_diversity). */
    static String column(int i) {
        return Components.NAMES.get(i).replace(' ', '_');
    }

    public static Summary run(SparkSession spark, RecipeFile recipe, String recipeName, List<Path> inputs, Path out, Options o) throws IOException {
        return run(spark, recipe, recipeName, SparkIngest.strings(inputs), out.toString(), o);
    }

    /**
     * As above, the inputs and the output being local paths or locations in any store Hadoop's FileSystem reaches
     * (hdfs://, s3a://, file://); a remote output gets its pack made on the driver's disk, then copied there.
     */
    public static Summary run(SparkSession spark, RecipeFile recipe, String recipeName, List<String> inputs, String out, Options o)
            throws IOException {
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        String work = Locations.resolve(out, "_work");
        java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> shuffled = new java.util.LinkedHashMap<>();
        Shuffles meter = Shuffles.on(spark.sparkContext());
        long[] t = {System.nanoTime(), 0};
        SparkIngest.Summary ingest = o.collection() == null ? SparkIngest.run(spark, inputs, work, o.partitions(), recipe.dedup())
                : SparkIngest.runCollection(spark, inputs, o.collection(), o.textColumn(), o.idColumn(), work, recipe.dedup());
        Locations.markStarted(out, conf);
        Locations.move(Locations.resolve(work, "problems"), Locations.resolve(out, "problems"), conf);
        lap(seconds, shuffled, meter, "ingest and dedup", t);
        Dataset<Row> passages = spark.read().parquet(Locations.resolve(work, "passages"));

        // the encoder's pass: every passage once, in the tasks, with the repeated lines counted over the dataset
        Dataset<Row> toScore = passages.join(repeatedChars(spark, passages), passages.col("id").equalTo(functions.col("rid")), "left")
                .select(functions.col("id"), functions.col("text"), functions.col("tokens"),
                        functions.coalesce(functions.col("repeated_chars"), functions.lit(0)).as("repeated_chars"),
                        functions.coalesce(functions.col("language"), functions.lit("")).as("language"));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ScoreWorker.Shipment> shipment = jsc.broadcast(new ScoreWorker.Shipment(recipeName, recipe.json(), recipe.head(), o.device(), o.batch()));
        org.apache.spark.util.CollectionAccumulator<String> devices = spark.sparkContext().collectionAccumulator("strata-devices");
        JavaRDD<Row> scoredRows = toScore.javaRDD().mapPartitions(rows -> {
            ScoreWorker worker = ScoreWorker.of(shipment.value());
            devices.add(worker.device());
            return worker.score(rows);
        });
        spark.createDataFrame(scoredRows, ScoreWorker.SCHEMA).write().parquet(Locations.resolve(work, "scored"));
        Dataset<Row> scored = spark.read().parquet(Locations.resolve(work, "scored"));
        lap(seconds, shuffled, meter, "encode and place", t);
        String device = String.join(" and ", new java.util.TreeSet<String>(devices.value()));

        // each passage's layer in the context of the passages around it in its document, as the CLI places it
        java.util.ArrayList<String> names = new java.util.ArrayList<>(recipe.layers().stream().map(RecipeFile.Layer::name).toList());
        org.apache.spark.sql.expressions.WindowSpec around = org.apache.spark.sql.expressions.Window.partitionBy("source").orderBy("seq")
                .rangeBetween(-LayerPlacement.CONTEXT, LayerPlacement.CONTEXT);
        Dataset<Row> inDocuments = passages.select(functions.col("id").as("pid"), functions.col("source"), functions.col("seq"))
                .join(scored.select("id", "expert", "logits"), functions.col("pid").equalTo(functions.col("id")))
                .withColumn("near", functions.collect_list(functions.struct(functions.col("seq"), functions.col("logits"))).over(around))
                .select("id", "seq", "expert", "logits", "near");
        StructType placedSchema = new StructType().add("lid", DataTypes.StringType, false).add("layer", DataTypes.StringType, false)
                .add("confidence", DataTypes.FloatType, false);
        Dataset<Row> placed = spark.createDataFrame(inDocuments.javaRDD().map(r -> placeInContext(r, names)), placedSchema);

        // redundancy over the dataset, then each passage's density
        Dataset<Row> near = SparkRedundancy.nearest(spark, scored, scored.count()).withColumnRenamed("id", "nid").persist();
        near.count(); // found here, so that its time and shuffle are told apart from the layers' and the density's
        lap(seconds, shuffled, meter, "redundancy", t);
        Dataset<Row> joined = passages.join(scored.withColumnRenamed("id", "sid").drop("expert", "logits"), functions.col("id").equalTo(functions.col("sid")))
                .join(placed, functions.col("id").equalTo(functions.col("lid")))
                .join(near, functions.col("id").equalTo(functions.col("nid")), "left").drop("sid", "lid", "nid", "embedding");
        DensityWeights w = recipe.weights();
        float wk = w.knowledge(), wi = w.information(), wr = w.redundancy(), wb = w.boilerplate();
        StructType schema = finalSchema(passages.schema());
        int fields = passages.schema().size();
        JavaRDD<Row> finished = joined.javaRDD().mapPartitions(rows -> {
            DensityWeights weights = new DensityWeights(wk, wi, wr, wb); // the record is not serializable: made once per partition
            return new java.util.Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return finish(rows.next(), weights, fields);
                }
            };
        });
        spark.createDataFrame(finished, schema).write().mode(SaveMode.ErrorIfExists).parquet(Locations.resolve(out, "passages"));
        near.unpersist();
        lap(seconds, shuffled, meter, "layers in context and density", t);
        Dataset<Row> result = spark.read().parquet(Locations.resolve(out, "passages"));
        attributes(result, recipe).write().parquet(Locations.resolve(out, "attributes"));
        lap(seconds, shuffled, meter, "attributes", t);

        java.util.Map<String, Long> perLayer = new java.util.LinkedHashMap<>();
        for (RecipeFile.Layer l : recipe.layers()) perLayer.put(l.name(), 0L);
        for (Row r : result.groupBy("layer").count().collectAsList()) perLayer.put(r.getString(0), r.getLong(1));
        RecipePack.Written pack;
        if (Locations.remote(out)) {
            Path local = Files.createTempDirectory("strata-pack-");
            try {
                pack = SparkPack.write(result, recipe, local.resolve("pack-store"), local.resolve("pack"));
                Locations.upload(local.resolve("pack"), Locations.resolve(out, "pack"), conf);
            } finally {
                Locations.delete(local.toString(), conf);
            }
        } else {
            pack = SparkPack.write(result, recipe, Locations.local(work).resolve("pack-store"), Locations.local(out).resolve("pack"));
        }
        lap(seconds, shuffled, meter, "pack", t);
        Summary s = new Summary(ingest, perLayer.values().stream().mapToLong(Long::longValue).sum(), perLayer, pack.offered(), pack.manifest().records(), device,
                seconds, shuffled);
        meter.close();
        Locations.delete(work, conf); // before the summary, which says the output is whole
        Locations.writeString(Locations.resolve(out, "summary.txt"), s.line() + "\n", conf);
        return s;
    }

    /** The time and the shuffle bytes of a phase that ends now ({@code t}: when it started, and the shuffle bytes until then). */
    private static void lap(java.util.Map<String, Double> seconds, java.util.Map<String, Long> shuffled, Shuffles meter, String phase, long[] t) {
        long now = System.nanoTime(), bytes = meter.total();
        seconds.put(phase, (now - t[0]) / 1e9);
        shuffled.put(phase, bytes - t[1]);
        t[0] = now;
        t[1] = bytes;
    }

    /**
     * (id, layer, confidence) of a passage from its own logits and those of the passages around it ({@code near}, in
     * document order, itself among them): the expert's layer where the recipe carries it (confidence NaN).
     */
    private static Row placeInContext(Row r, List<String> names) {
        String expert = r.getString(2);
        if (expert != null) return RowFactory.create(r.getString(0), expert, Float.NaN);
        int seq = r.getInt(1);
        List<float[]> neighbours = new ArrayList<>();
        for (Row n : r.<Row>getList(4)) if (n.getInt(0) != seq) neighbours.add(floats(n.getList(1)));
        LayerPlacement.Placed at = LayerPlacement.place(floats(r.getList(3)), neighbours, names);
        return RowFactory.create(r.getString(0), at.layer(), at.confidence());
    }

    private static float[] floats(List<Float> list) {
        float[] v = new float[list.size()];
        for (int i = 0; i < v.length; i++) v[i] = list.get(i);
        return v;
    }

    /** A passage's row with its layer, density and components, redundancy set from its nearest other passage. */
    private static Row finish(Row r, DensityWeights weights, int fields) {
        List<Float> list = r.getList(r.fieldIndex("components"));
        float[] c = new float[list.size()];
        for (int i = 0; i < c.length; i++) c[i] = list.get(i);
        Object n = r.get(r.fieldIndex("near"));
        c[Components.REDUNDANCY] = Scoring.redundancy(n == null ? -1f : (Float) n);
        Object[] v = new Object[fields + 3 + c.length];
        for (int i = 0; i < fields; i++) v[i] = r.get(i);
        v[fields] = r.getString(r.fieldIndex("layer"));
        v[fields + 1] = r.<Float>getAs("confidence");
        v[fields + 2] = Scoring.density(weights, c);
        for (int i = 0; i < c.length; i++) v[fields + 3 + i] = c[i];
        return RowFactory.create(v);
    }

    /** (rid, repeated_chars): per passage, the characters of its lines that three sources or more hold. */
    static Dataset<Row> repeatedChars(SparkSession spark, Dataset<Row> passages) {
        StructType schema = new StructType().add("rid", DataTypes.StringType, false).add("source", DataTypes.StringType, false)
                .add("hash", DataTypes.LongType, false).add("len", DataTypes.IntegerType, false);
        JavaRDD<Row> lines = passages.select("id", "source", "text").javaRDD().flatMap(r -> {
            List<Row> out = new ArrayList<>();
            for (String line : RepeatedLines.lines(r.getString(2))) {
                long h = RepeatedLines.hash(line);
                if (h != 0) out.add(RowFactory.create(r.getString(0), r.getString(1), h, line.length()));
            }
            return out.iterator();
        });
        Dataset<Row> all = spark.createDataFrame(lines, schema);
        Dataset<Row> repeated = all.select("hash", "source").distinct().groupBy("hash").count()
                .filter(functions.col("count").geq(RepeatedLines.SOURCES)).select("hash");
        return all.join(repeated, "hash").groupBy("rid").agg(functions.sum("len").cast("int").as("repeated_chars"));
    }

    private static StructType finalSchema(StructType passages) {
        StructType s = passages.add("layer", DataTypes.StringType, false).add("confidence", DataTypes.FloatType, false)
                .add("density", DataTypes.FloatType, false);
        for (int i = 0; i < Components.COUNT; i++) s = s.add(column(i), DataTypes.FloatType, false);
        return s;
    }

    /** The Dolma-style attributes: one row per document, each attribute a sorted list of [start, end, value] spans. */
    static Dataset<Row> attributes(Dataset<Row> passages, RecipeFile recipe) {
        List<Column> spans = new ArrayList<>();
        spans.add(span("density", functions.col("density")));
        for (int i = 0; i < Components.COUNT; i++) spans.add(span(column(i), functions.col(column(i))));
        // the expert's placements (confidence NaN) are sure: 1
        spans.add(span("layer_confidence", functions.when(functions.isnan(functions.col("confidence")), functions.lit(1f)).otherwise(functions.col("confidence"))));
        for (RecipeFile.Layer l : recipe.layers()) {
            spans.add(functions.sort_array(functions.collect_list(functions.when(functions.col("layer").equalTo(l.name()),
                    functions.array(functions.col("start").cast("double"), functions.col("end").cast("double"), functions.lit(1.0)))))
                    .as("strata__layer__" + l.name().replaceAll("[^A-Za-z0-9_]", "_")));
        }
        Dataset<Row> perDoc = passages.groupBy(functions.col("source").as("id")).agg(spans.get(0), spans.subList(1, spans.size()).toArray(new Column[0]));
        List<Column> named = new ArrayList<>();
        for (String c : perDoc.columns()) if (!c.equals("id")) named.add(functions.col("`" + c + "`"));
        return perDoc.select(functions.col("id"), functions.struct(named.toArray(new Column[0])).as("attributes"));
    }

    private static Column span(String name, Column value) {
        return functions.sort_array(functions.collect_list(functions.array(functions.col("start").cast("double"), functions.col("end").cast("double"),
                value.cast("double")))).as("strata__" + name);
    }


}
