package org.strata.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.strata.engine.RecipeFile;
import org.strata.engine.RecipePack;
import org.strata.score.Components;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * The staged pack of a job, written by the engine's own pack writer ({@link RecipePack}), so that it is the pack the
 * CLI would write from the same passages: the filters that need no other passage (stage layers, statuses, languages,
 * densities) run in Spark; what passes, in source order, goes to the engine on the driver.
 * With a stage token budget, each stage's densest passages up to twice the budget reach the driver (the writer
 * keeps those that fit); without one, every selected passage does: at scale, give the recipe a budget.
 */
final class SparkPack {
    private SparkPack() {}

    static RecipePack.Written write(Dataset<Row> passages, RecipeFile recipe, Path storeDir, Path out) throws IOException {
        var sel = recipe.selection();
        List<String> stages = recipe.layers().stream().filter(RecipeFile.Layer::stage).map(RecipeFile.Layer::name).toList();
        Dataset<Row> offered = passages.filter(functions.col("layer").isin(stages.toArray()));
        if (sel.excludeDuplicates()) offered = offered.filter(functions.col("status").notEqual(PassageStatus.DUPLICATE.label()));
        List<String> statuses = sel.statuses().stream().map(PassageStatus::label).toList();
        if (!statuses.isEmpty()) {
            offered = offered.filter(functions.col("status").isin(statuses.toArray()).or(functions.col("status").equalTo(PassageStatus.DUPLICATE.label())));
        }
        if (!sel.languages().isEmpty()) offered = offered.filter(functions.col("language").isin(sel.languages().toArray()));
        if (!sel.concepts().isEmpty()) {
            throw new IllegalArgumentException("the recipe selects by concepts " + sel.concepts() + ", and a job tags no concepts: "
                    + "export the pack with no concept filter");
        }
        Column min = functions.lit(sel.minDensity());
        for (Map.Entry<String, Double> e : sel.layerMinDensity().entrySet()) {
            min = functions.when(functions.col("layer").equalTo(e.getKey()), functions.greatest(min, functions.lit(e.getValue()))).otherwise(min);
        }
        offered = offered.filter(functions.col("density").geq(min));
        if (sel.stageTokenBudget() > 0) {
            var densest = Window.partitionBy("layer").orderBy(functions.col("density").desc(), functions.col("source"), functions.col("seq"));
            offered = offered.withColumn("before", functions.sum("tokens").over(densest).minus(functions.col("tokens")))
                    .filter(functions.col("before").lt(2 * sel.stageTokenBudget())).drop("before");
        }
        // the passages of the expert's choices go to the writer too, whatever the filters say: its preference pairs may
        // show a passage left out of the stages (the writer's own rules leave it out of them again); one that passed the
        // filters comes twice, and the store keeps it once
        java.util.Set<String> judged = recipe.judged();
        if (!judged.isEmpty()) offered = offered.union(passages.filter(functions.col("id").isin(judged.toArray())));
        Iterator<Row> rows = offered.orderBy("source", "seq").toLocalIterator();
        return RecipePack.write(recipe, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RecipePack.Offered next() {
                Row r = rows.next();
                return new RecipePack.Offered(passage(r), r.getAs("media_type"));
            }
        }, storeDir, out);
    }

    /** A row of the job's passages as the store's passage, with its score, components, suggested layer, status and cluster. */
    static Passage passage(Row r) {
        float[] c = new float[Components.COUNT];
        for (int i = 0; i < c.length; i++) c[i] = r.<Float>getAs(SparkRun.column(i));
        Passage p = Passage.ingested(r.getAs("id"), r.getAs("source"), r.<Integer>getAs("seq"), r.<Integer>getAs("start"), r.<Integer>getAs("end"),
                        r.getAs("text"), r.<Integer>getAs("tokens"), r.getAs("language"))
                .withScore(r.<Float>getAs("density"), c, null).withLayer(r.getAs("layer"))
                .withStatus(PassageStatus.parse(r.getAs("status"))).withCluster(r.<Long>getAs("cluster"));
        Float sure = r.getAs("confidence");
        return sure.isNaN() ? p : p.withSuggestion(p.layer(), sure); // NaN: the expert placed it
    }
}
