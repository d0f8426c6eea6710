package org.strata.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.strata.engine.CorpusFolder;
import org.strata.engine.RecipeFile;
import org.strata.store.Passage;
import org.strata.engine.CorpusService;
import org.strata.engine.Progress;
import org.strata.engine.Response;
import org.strata.engine.ScoreRequest;
import org.strata.score.EncoderSettings;

/**
 * The way back from Spark to the expert: a sample of a job's passages as a new corpus folder, which the workbench
 * and the CLI open like any other, to score, judge, layer and export. The sample is spread over the whole output
 * (passages ordered by a hash of their id, the first N taken: the same N each time), near duplicates left out.
 * A sample of {@code strata spark run} goes on from the recipe the job ran: the corpus gets its domain, concepts,
 * layers, weights and head, and each passage the layer the job placed it in.
 */
public final class SparkSample {
    private SparkSample() {}

    /** Writes a corpus of at most {@code n} passages of {@code sparkOut}/passages, scored; returns how many it holds. */
    public static int toCorpus(SparkSession spark, Path sparkOut, Path corpusDir, String name, int n) throws IOException {
        return toCorpus(spark, sparkOut, corpusDir, name, n, true);
    }

    /**
     * As above; with {@code score}, the passages are scored as {@code strata score} does (with the recipe's head, when
     * the output has one), so that the workbench opens on densities, neighbours and candidates to choose from.
     */
    public static int toCorpus(SparkSession spark, Path sparkOut, Path corpusDir, String name, int n, boolean score) throws IOException {
        if (n <= 0) throw new IllegalArgumentException("a sample needs at least one passage, not " + n);
        Path passages = sparkOut.resolve("passages");
        if (!java.nio.file.Files.isDirectory(passages)) {
            throw new IOException(sparkOut + " holds no passages/ folder: not the output of strata spark ingest");
        }
        Dataset<Row> all = spark.read().parquet(passages.toString());
        if (List.of(all.columns()).contains("status")) all = all.filter(functions.col("status").notEqual("duplicate"));
        List<Row> rows = all.orderBy(functions.xxhash64(functions.col("id")), functions.col("id")).limit(n).collectAsList();
        Path recipe = sparkOut.resolve("pack/recipe.json");
        RecipeFile r = java.nio.file.Files.isRegularFile(recipe) ? RecipeFile.read(recipe) : null;
        boolean layered = List.of(all.columns()).contains("layer");
        try (CorpusService c = CorpusService.closing(CorpusFolder.create(corpusDir, name))) {
            if (r != null) r.seed(c.folder());
            List<Passage> ps = new ArrayList<>(rows.size());
            Map<String, String> mediaType = new HashMap<>();
            for (Row row : rows) {
                String source = row.getAs("source");
                Passage p = Passage.ingested(row.getAs("id"), source, row.<Integer>getAs("seq"), row.<Integer>getAs("start"), row.<Integer>getAs("end"),
                        row.getAs("text"), row.<Integer>getAs("tokens"), row.getAs("language"));
                // the job's layer is a suggestion, the expert's to confirm or correct, unless the recipe carried his placement
                // (confidence NaN); an older job's output has no confidence: its layers are suggestions of unknown sureness
                Float sure = List.of(row.schema().fieldNames()).contains("confidence") ? row.getAs("confidence") : Float.valueOf(0f);
                ps.add(!layered ? p : sure.isNaN() ? p.withLayer(row.getAs("layer")) : p.withSuggestion(row.getAs("layer"), sure));
                mediaType.putIfAbsent(source, row.getAs("media_type"));
            }
            c.addPassages(ps, mediaType).orThrowIO();
            if (score && !ps.isEmpty()) {
                var settings = EncoderSettings.cpu().withInt8(r != null && r.int8());
                Response<CorpusService.Scored> scored = c.score(new ScoreRequest(settings, false, false), Progress.NONE, line -> { });
                if (!scored.ok()) {
                    throw new IOException("the sample is made, its scoring failed: " + scored.message() + " (strata score " + corpusDir + ")");
                }
            }
            return ps.size();
        }
    }
}
