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
 * default settings) over collections of growing size, each a document per line of real English sentences (the
 * Javadoc of the JDK's sources), timing each and counting the bytes its tasks wrote to the shuffle, per passage.
 * Two kinds of collection: "mixed", 2 to 6 sentences drawn at random, with one document in a hundred a near copy
 * of an earlier one (a word changed), so that the share of near duplicates is the same at every size; "windows",
 * 2 to 6 consecutive sentences from random places (the store bench's text), whose windows overlap more as the
 * collection grows: a stress of the clustering, with more near duplicates at every size.
 */
final class SparkScale {
    private SparkScale() {}

    /** Writes {@code n} distinct documents (a line each) of the kind asked to {@code file}, the same for the same {@code n}. */
    static void collection(Path file, int n, List<String> sentences, boolean windows) throws Exception {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        List<String> earlier = new java.util.ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int made = 0; made < n; ) {
                String text;
                int k = 2 + random.nextInt(5);
                if (windows) {
                    int start = random.nextInt(sentences.size() - 8);
                    text = String.join(" ", sentences.subList(start, start + k));
                } else if (!earlier.isEmpty() && random.nextInt(100) == 0) {
                    String[] words = earlier.get(random.nextInt(earlier.size())).split(" ");
                    words[random.nextInt(words.length)] = "indeed";
                    text = String.join(" ", words);
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < k; i++) b.append(i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                    text = b.toString();
                }
                if (!seen.add(DocumentPassages.id(text))) continue;
                if (!windows && earlier.size() < 100_000) earlier.add(text);
                w.write(text);
                w.newLine();
                made++;
            }
        }
    }

    static void run(SparkSession spark, int[] sizes, boolean windows, Path work, PrintStream out) throws Exception {
        Files.createDirectories(work);
        List<String> sentences = BenchText.sentences(BenchText.jdkSources(), Integer.MAX_VALUE);
        out.println(String.format(Locale.ROOT, "%s collections of %,d JDK Javadoc sentences; Spark %s, %s, %d cores", windows ? "windows" : "mixed",
                sentences.size(), spark.version(),
                spark.sparkContext().master(), Runtime.getRuntime().availableProcessors()));
        out.println("| documents | passages kept | near duplicates (clusters) | time | passages/s | exact dedup shuffle, bytes a passage "
                + "| near-duplicate shuffle, bytes a passage |");
        out.println("|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path in = work.resolve((windows ? "windows-" : "mixed-") + n + ".txt");
            if (!Files.exists(in)) collection(in, n, sentences, windows);
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
