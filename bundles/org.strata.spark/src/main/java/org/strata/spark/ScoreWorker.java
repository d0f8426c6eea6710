package org.strata.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strata.engine.RecipeScorer;
import org.strata.engine.RecipeFile;
import org.strata.score.EncoderSettings;

/**
 * What a Spark task does to score passages: the engine's {@link RecipeScorer} (its encoder, the recipe's head or prior,
 * intrinsic signals and layer prototypes), made once per executor JVM (one ONNX Runtime session, shared by the tasks that run
 * side by side there and reused by every partition) and applied in chunks of 512 passages, as the CLI's scoring
 * reads them. Redundancy needs every other passage: it is left 0 here and set by {@link SparkRedundancy}.
 */
final class ScoreWorker {
    /** What the driver sends the tasks: the recipe's text and head bytes, and how to run the encoder. */
    record Shipment(String where, String json, byte[] head, String device, int batch) implements Serializable {}

    /**
     * A scored passage: its embedding, its components (redundancy 0), the layer the expert put it in (null unless the
     * recipe says so) and its placement's own logits, which its document's neighbours complete.
     */
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("embedding", DataTypes.BinaryType, false) // little-endian floats: no boxing on the way to the redundancy pass
            .add("components", DataTypes.createArrayType(DataTypes.FloatType, false), false)
            .add("expert", DataTypes.StringType, true)
            .add("logits", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    private static final int CHUNK = 512;
    private static ScoreWorker current;
    private static Shipment currentShipment;

    private final RecipeScorer scorer;

    private ScoreWorker(Shipment s) throws IOException {
        RecipeFile recipe = RecipeFile.of(s.where(), s.json(), s.head());
        scorer = RecipeScorer.open(recipe, EncoderSettings.on(EncoderSettings.Device.parse(s.device())).withBatch(s.batch()));
    }

    /** The worker of this JVM for the shipment, made on first use (another recipe replaces it). */
    static synchronized ScoreWorker of(Shipment s) throws IOException {
        if (current == null || !s.json().equals(currentShipment.json()) || !java.util.Arrays.equals(s.head(), currentShipment.head())
                || !s.device().equals(currentShipment.device()) || s.batch() != currentShipment.batch()) {
            if (current != null) current.close();
            current = onLargeStack(s);
            currentShipment = s;
        }
        return current;
    }

    /**
     * Makes the worker on a thread of its own with a 64 MB stack: ONNX Runtime recurses deeply while it builds a
     * session, and a Spark task thread has the JVM's default stack (1 MB unless -Xss says more), on which the JVM
     * died of a segmentation fault (seen under spark-submit).
     */
    private static ScoreWorker onLargeStack(Shipment s) throws IOException {
        ScoreWorker[] made = new ScoreWorker[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                made[0] = new ScoreWorker(s);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "strata-score-setup", 64L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the encoder was loaded", e);
        }
        if (failed[0] instanceof IOException e) throw e;
        if (failed[0] instanceof RuntimeException e) throw e;
        if (failed[0] instanceof Error e) throw e;
        return made[0];
    }

    /** Where the encoder runs in this JVM ("cpu" or "cuda"). */
    String device() {
        return scorer.device();
    }

    /** Scores the rows (id, text, tokens, repeated_chars) of one partition, chunk by chunk. */
    Iterator<Row> score(Iterator<Row> rows) {
        return new Iterator<>() {
            private Iterator<Row> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && rows.hasNext()) {
                    List<Row> in = new ArrayList<>(CHUNK);
                    while (in.size() < CHUNK && rows.hasNext()) in.add(rows.next());
                    try {
                        chunk = scoreChunk(in).iterator();
                    } catch (IOException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                return chunk.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return chunk.next();
            }
        };
    }

    private List<Row> scoreChunk(List<Row> in) throws IOException {
        List<RecipeScorer.Input> batch = new ArrayList<>(in.size());
        for (Row r : in) batch.add(new RecipeScorer.Input(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getString(4)));
        List<RecipeScorer.Scored> scored = scorer.score(batch);
        List<Row> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            RecipeScorer.Scored p = scored.get(k);
            out.add(RowFactory.create(in.get(k).getString(0), bytes(p.embedding()), boxed(p.components()), p.expert(), boxed(p.logits())));
        }
        return out;
    }

    static byte[] bytes(float[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * v.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] floats(byte[] b) {
        float[] v = new float[b.length / 4];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    static Float[] boxed(float[] v) {
        Float[] b = new Float[v.length];
        for (int i = 0; i < v.length; i++) b[i] = v[i];
        return b;
    }

    private void close() {
        scorer.close();
    }
}
