package org.strata.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import org.strata.options.EncoderOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata spark}: the engine's work on Apache Spark, embedded (local[*]) or on a cluster. */
@Command(name = "strata spark", mixinStandardHelpOptions = true, subcommands = {StrataSpark.Run.class, StrataSpark.Ingest.class, StrataSpark.Sample.class, StrataSpark.Scale.class},
        description = "Runs Strata's curation on Apache Spark: embedded with local[*] by default, or on the master given.")
public final class StrataSpark implements Callable<Integer> {
    public static void main(String[] args) {
        System.exit(new CommandLine(new StrataSpark()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("strata spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }).execute(args));
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Applies a pack's recipe to a whole dataset: parses and cuts the inputs as strata ingest does, keeps each text once, "
                    + "marks near duplicates with the recipe's settings, scores every passage with the recipe's head (or prior) and weights, "
                    + "places it in the recipe's layers, and writes OUT/passages and OUT/attributes (Parquet, Dolma-style spans), "
                    + "OUT/pack (the staged pack, with the recipe), OUT/problems and OUT/summary.txt. A corrupt recipe or head fails "
                    + "before any work; a bad input file never fails the job."})
    static final class Run implements Callable<Integer> {
        @Option(names = "--recipe", required = true, paramLabel = "FILE", description = "PACK/recipe.json of an exported pack (its head.onnx beside it)")
        Path recipe;

        @Mixin
        Job job;

        @Mixin
        EncoderOptions encoder; // where each executor's encoder runs

        @Override
        public Integer call() throws Exception {
            // everything that can be checked is checked before Spark starts: the options, the recipe, its head
            String format = job.check();
            encoder.settings(); // an unknown device or a batch under 1 is refused here
            org.strata.engine.RecipeFile r = org.strata.engine.RecipeFile.read(recipe);
            SparkRun.Options o = new SparkRun.Options(job.partitions, format, job.textColumn, job.idColumn, encoder.device(), encoder.batch());
            try (SparkSession spark = session(job.master, "strata spark run")) {
                job.checkInStores(spark);
                SparkRun.Summary s = SparkRun.run(spark, r, recipe.toString(), job.in, job.out, o);
                System.out.println(s.line());
                System.out.println("wrote " + Locations.resolve(job.out, "passages") + ", " + Locations.resolve(job.out, "attributes")
                        + " and the pack " + Locations.resolve(job.out, "pack"));
            }
            return 0;
        }
    }

    /** What a job reads and where it writes, the same for run and ingest. */
    static final class Job {
        @Option(names = "--in", paramLabel = "PATH", description = "a file or folder to read (repeatable): a local path, or a URI of any "
                + "store Hadoop reaches (hdfs://, s3a:// with hadoop-aws on the class path, file://)")
        List<String> in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (must not exist yet): a local path or a URI")
        String out;

        @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
                description = "Spark master (default: ${DEFAULT-VALUE}; under spark-submit, its --master rules)")
        String master;

        @Option(names = "--restart", description = "when --out holds a run that did not finish (stopped or killed), remove it and run again "
                + "(a finished output, or a folder no run wrote, is never removed)")
        boolean restart;

        @Option(names = "--partitions", defaultValue = "0", paramLabel = "N", description = "tasks for the files (default: two per core)")
        int partitions;

        @Option(names = "--collection", paramLabel = "jsonl|parquet|text",
                description = "the inputs are a collection of documents already extracted, one per JSON line, Parquet row or line of "
                        + "plain text, not files to parse")
        String collection;

        @Option(names = "--text-column", defaultValue = "text", paramLabel = "NAME", description = "a collection's text (default: ${DEFAULT-VALUE})")
        String textColumn;

        @Option(names = "--id-column", paramLabel = "NAME", description = "a collection's document id (default: a hash of the text)")
        String idColumn;

        /**
         * Refuses, before Spark starts, an output folder that exists (naming one that a stopped run left behind), an
         * input that does not, and an unknown collection; returns the collection's Spark format (null for files).
         */
        String check() throws java.io.IOException {
            if (in == null || in.isEmpty()) throw new IllegalArgumentException("no files or folders to read: give them with --in PATH");
            for (String p : in) if (!Locations.remote(p) && !Files.exists(Locations.local(p))) throw new IllegalArgumentException("no such input: " + p);
            if (!Locations.remote(out)) {
                Path o = Locations.local(out);
                if (Locations.emptyFolder(out, null)) Files.delete(o); // nothing in it to lose: the run makes it again
                if (Files.exists(o)) {
                    boolean ours = Files.exists(o.resolve(Locations.STARTED)) || Files.isDirectory(o.resolve("_work"));
                    if (!ours || Files.exists(o.resolve("summary.txt"))) throw new IllegalArgumentException(out + " exists already: give a new output folder");
                    if (!restart) throw new IllegalArgumentException(out + " holds a run that did not finish (stopped or killed): "
                            + "remove it, give a new output folder, or run again with --restart");
                    Locations.delete(out, null);
                }
            }
            return collection == null ? null : switch (collection) {
                case "jsonl", "json" -> "json";
                case "parquet" -> "parquet";
                case "text", "txt" -> "text";
                default -> throw new IllegalArgumentException("--collection is jsonl, parquet or text, not " + collection);
            };
        }

        /** The checks of {@link #check()} for inputs and an output in stores reached through Hadoop, once Spark has its settings. */
        /** True when something is at a location in a store; a store that cannot be reached is said in one line, with its location. */
        private static boolean reachable(String location, org.apache.hadoop.conf.Configuration conf) {
            try {
                return Locations.exists(location, conf);
            } catch (java.io.IOException | RuntimeException e) {
                String why = String.valueOf(e.getMessage()).replaceFirst(";? *For more details see:.*", "").strip();
                throw new IllegalArgumentException("cannot reach " + location + ": " + why, e);
            }
        }

        void checkInStores(SparkSession spark) throws java.io.IOException {
            org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
            for (String p : in) if (Locations.remote(p) && !reachable(p, conf)) throw new IllegalArgumentException("no such input: " + p);
            if (Locations.remote(out) && reachable(out, conf) && Locations.emptyFolder(out, conf)) Locations.delete(out, conf);
            if (Locations.remote(out) && Locations.exists(out, conf)) {
                boolean ours = Locations.exists(Locations.resolve(out, Locations.STARTED), conf) || Locations.exists(Locations.resolve(out, "_work"), conf);
                if (!ours || Locations.exists(Locations.resolve(out, "summary.txt"), conf)) {
                    throw new IllegalArgumentException(out + " exists already: give a new output folder");
                }
                if (!restart) throw new IllegalArgumentException(out + " holds a run that did not finish (stopped or killed): remove it, give a new "
                        + "output folder, or run again with --restart");
                Locations.delete(out, conf);
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Parses the files under the input paths with Apache Tika and cuts them into passages, as strata ingest does, "
                    + "in Spark tasks; keeps each passage text once; writes OUT/passages (Parquet), OUT/problems (Parquet: every file "
                    + "that failed or gave no text, with why) and OUT/summary.txt. A bad file never fails the job."})
    static final class Ingest implements Callable<Integer> {
        @Mixin
        Job job;

        @Override
        public Integer call() throws Exception {
            String format = job.check();
            try (SparkSession spark = session(job.master, "strata spark ingest")) {
                job.checkInStores(spark);
                // out is made by the first write, after the inputs are read: a refused input leaves no empty folder behind
                SparkIngest.Summary s = format == null ? SparkIngest.run(spark, job.in, job.out, job.partitions, org.strata.engine.DedupRequest.defaults())
                        : SparkIngest.runCollection(spark, job.in, format, job.textColumn, job.idColumn, job.out, org.strata.engine.DedupRequest.defaults());
                System.out.println(s.line());
                System.out.println("wrote " + Locations.resolve(job.out, "passages") + " and " + Locations.resolve(job.out, "problems"));
            }
            return 0;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = {"Makes a new corpus folder of a sample of a job's passages (spread over the whole output, near duplicates "
                    + "left out), for the workbench or the CLI to score, judge, layer and export; the recipe it exports goes back to the job."})
    static final class Sample implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DIR", description = "the output folder of strata spark ingest")
        Path from;

        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the corpus folder to make (must not hold one)")
        Path corpus;

        @Option(names = "--passages", defaultValue = "5000", paramLabel = "N", description = "passages in the sample (default: ${DEFAULT-VALUE})")
        int passages;

        @Option(names = "--no-score", description = "leave the passages unscored (by default they are scored, with the recipe's head where the output has one)")
        boolean noScore;

        @Option(names = "--name", paramLabel = "NAME", description = "the corpus's name (default: the folder's name)")
        String name;

        @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE}; under spark-submit, its --master rules)")
        String master;

        @Override
        public Integer call() throws Exception {
            try (SparkSession spark = session(master, "strata spark sample")) {
                int n = SparkSample.toCorpus(spark, from, corpus, name != null ? name : corpus.getFileName().toString(), passages, !noScore);
                System.out.println("made the corpus " + corpus + " of " + n + (noScore ? " passages (not scored: ./strata score " + corpus + ")"
                        : " scored passages") + ": ./strata gui " + corpus);
            }
            return 0;
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = {"The scale curve of the ingestion: the same recipe (exact dedup, near-duplicate clusters) over collections of "
                    + "each size given, a document of real prose per line (JDK Javadoc sentences, made once in DIR): time, passages/s "
                    + "and the bytes written to the shuffle per passage, as a table."})
    static final class Scale implements Callable<Integer> {
        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N", description = "documents per run (default: ${DEFAULT-VALUE})")
        int[] sizes;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "where the collections and the outputs go")
        Path dir;

        @Option(names = "--text", defaultValue = "mixed", paramLabel = "mixed|windows", description = "mixed: random sentences, one document "
                + "in a hundred a near copy of another; windows: consecutive sentences from random places, overlapping more as the "
                + "collection grows (default: ${DEFAULT-VALUE})")
        String text;

        @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
        String master;

        @Override
        public Integer call() throws Exception {
            try (SparkSession spark = session(master, "strata spark scale")) {
                if (!text.equals("mixed") && !text.equals("windows")) throw new IllegalArgumentException("--text is mixed or windows, not " + text);
                SparkScale.run(spark, sizes, text.equals("windows"), dir, System.out);
            }
            return 0;
        }
    }

    /**
     * A session for the master given, quiet (no UI server: nothing listens on a port when embedded); under
     * spark-submit, the session it configured.
     */
    static SparkSession session(String master, String name) {
        if (System.getProperty("spark.master") != null) {
            // under spark-submit: its --master and --conf settings rule, the cluster's UI and shuffle partitions included
            return SparkSession.builder().appName(name).getOrCreate();
        }
        return SparkSession.builder().master(master).appName(name).config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8").getOrCreate();
    }
}
