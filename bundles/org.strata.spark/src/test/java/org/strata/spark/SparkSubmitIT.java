package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.LayerPlacement;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.engine.Ingestion;
import org.strata.engine.NearDuplicates;
import org.strata.engine.PackExport;
import org.strata.engine.Progress;
import org.strata.engine.Scoring;
import org.strata.ingest.Extractor;
import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.score.Encoder;

/**
 * The job jar as a cluster runs it: Spark's own {@code SparkSubmit} (what {@code spark-submit} calls) in a JVM
 * whose class path holds Spark and its libraries only, none of Strata's, with {@code target/strata-spark-job.jar}
 * as the application. Runs after the jar is built (failsafe, in {@code verify}).
 */
class SparkSubmitIT {
    @TempDir Path tmp;

    @Test
    void theJobJarRunsUnderSparkSubmitWithSparksLibrariesOnly() throws Exception {
        Path target = Path.of("target");
        Path job = target.resolve("strata-spark-job.jar");
        assertTrue(Files.isRegularFile(job), "the job jar is built in package: " + job.toAbsolutePath());

        Path in = TestFiles.make(tmp);
        long passages;
        try (CorpusFolder c = CorpusFolder.create(tmp.resolve("corpus"), "submit");
                Ingestion ingestion = new Ingestion(new Extractor(), DefaultEncoder.tokenizer()::count, Ingestion.DEFAULT_BUDGET, 2);
                Encoder encoder = DefaultEncoder.open()) {
            ingestion.run(c, List.of(in), r -> { });
            NearDuplicates.run(c, NearDuplicateFinder.Settings.DEFAULT);
            new Scoring(encoder).run(c, false, Progress.NONE);
            new LayerPlacement(encoder).run(c);
            PackExport.run(c, null, PackExport.defaults(c), tmp.resolve("pack"), false, "test");
            passages = c.store().count();
        }

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        // the JVM's default thread stacks, as a cluster's executors have them: ONNX Runtime's session is built on a
        // thread of the job's own (with 1 MB stacks it died of a segmentation fault when built on a task's thread)
        cmd.add("-Xss1m");
        for (String opt : System.getProperty("strata.spark.opens").trim().split("\\s+")) cmd.add(opt);
        cmd.add("-cp");
        cmd.add(sparkOnly(target.resolve("spark/lib"), job));
        cmd.add("org.apache.spark.deploy.SparkSubmit");
        cmd.addAll(List.of("--master", "local[2]", "--conf", "spark.ui.enabled=false", "--class", "org.strata.spark.StrataSpark",
                job.toAbsolutePath().toString(), "run", "--recipe", tmp.resolve("pack/recipe.json").toString(), "--in", in.toString(),
                "--out", tmp.resolve("out").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("submit.log").toFile()).start();
        int rc = p.waitFor();
        String log = Files.readString(tmp.resolve("submit.log"), StandardCharsets.UTF_8);
        assertEquals(0, rc, log.length() > 6000 ? log.substring(log.length() - 6000) : log);
        String summary = Files.readString(tmp.resolve("out/summary.txt"));
        assertTrue(summary.contains("scored " + passages + " passages"), summary);
        assertTrue(Files.isRegularFile(tmp.resolve("out/pack/manifest.json")));
        assertTrue(log.contains("wrote " + tmp.resolve("out/passages")), log);
    }

    /**
     * Spark's class path: the module's runtime libraries less every one whose classes the job jar carries (a
     * library is carried when its first class is in the jar; Gson, moved to another package there, stays Spark's).
     */
    private static String sparkOnly(Path lib, Path job) throws IOException {
        Set<String> inJob = new HashSet<>();
        try (JarFile jar = new JarFile(job.toFile())) {
            for (var e : java.util.Collections.list(jar.entries())) inJob.add(e.getName());
        }
        List<String> spark = new ArrayList<>();
        int carried = 0;
        try (Stream<Path> s = Files.list(lib)) {
            for (Path j : s.sorted().toList()) {
                String name = j.getFileName().toString();
                String first = firstClass(j);
                if (name.startsWith("org.strata.") || (first != null && inJob.contains(first))) {
                    carried++;
                } else {
                    spark.add(j.toAbsolutePath().toString());
                }
            }
        }
        assertTrue(carried > 80, "the job jar carries Strata's libraries: " + carried);
        assertTrue(spark.stream().anyMatch(j -> j.contains("spark-core_2.13")), "Spark is on its class path");
        assertTrue(spark.stream().noneMatch(j -> j.contains("tika-core") || j.contains("lucene-core") || j.contains("onnxruntime")),
                "none of Strata's libraries is");
        return String.join(File.pathSeparator, spark);
    }

    private static String firstClass(Path jarFile) throws IOException {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (var e : java.util.Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")) return n;
            }
        }
        return null;
    }
}
