package org.strata.spark;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.strata.engine.BenchText;
import org.strata.engine.DedupRequest;
import org.strata.engine.DocumentPassages;

/**
 * The scale curve of the job's ingestion: the same recipe (exact dedup, then near-duplicate clusters with the
 * default settings) over collections of growing size, each a document per line of real English prose (windows of
 * 2 to 6 consecutive Javadoc sentences of the JDK's sources, from seeded random places: the store bench's text),
 * timing each and counting the bytes its tasks wrote to the shuffle, per passage.
 */
final class SparkScale {
    private SparkScale() {}

    /** Writes {@code n} distinct documents (a line each) to {@code file}, the same for the same {@code n}. */
    static void collection(Path file, int n, List<String> sentences) throws Exception {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int made = 0; made < n; ) {
                int start = random.nextInt(sentences.size() - 8), k = 2 + random.nextInt(5);
                String text = String.join(" ", sentences.subList(start, start + k));
                if (!seen.add(DocumentPassages.id(text))) continue;
                w.write(text);
                w.newLine();
                made++;
            }
        }
    }

    static void run(SparkSession spark, int[] sizes, Path work, PrintStream out) throws Exception {
        Files.createDirectories(work);
        List<String> sentences = BenchText.sentences(BenchText.jdkSources(), Integer.MAX_VALUE);
        out.println(String.format(Locale.ROOT, "%,d JDK Javadoc sentences; Spark %s, %s, %d cores", sentences.size(), spark.version(),
                spark.sparkContext().master(), Runtime.getRuntime().availableProcessors()));
        out.println("| documents | passages kept | near duplicates (clusters) | time | passages/s | exact dedup shuffle, bytes a passage "
                + "| near-duplicate shuffle, bytes a passage |");
        out.println("|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path in = work.resolve("documents-" + n + ".txt");
            if (!Files.exists(in)) collection(in, n, sentences);
            Path o = work.resolve("out-" + n);
            Locations.delete(o.toString(), spark.sparkContext().hadoopConfiguration());
            long t0 = System.nanoTime();
            SparkIngest.Summary s = SparkIngest.runCollection(spark, List.of(in), "text", "value", null, o, DedupRequest.defaults());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double made = Math.max(1, s.passages() + s.duplicates());
            out.println(String.format(Locale.ROOT, "| %,d | %,d | %,d (%,d) | %.1f s | %,.0f | %.0f | %.0f |", n, s.passages(), s.nearDuplicates(),
                    s.clusters(), seconds, made / seconds, s.shuffled().exact() / made, s.shuffled().near() / made));
            out.flush();
        }
    }
}
