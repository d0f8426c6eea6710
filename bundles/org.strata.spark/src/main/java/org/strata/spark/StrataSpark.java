package org.strata.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata spark}: the engine's work on Apache Spark, embedded (local[*]) or on a cluster. */
@Command(name = "strata spark", mixinStandardHelpOptions = true, subcommands = {StrataSpark.Ingest.class, StrataSpark.Sample.class},
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

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Parses the files under the input paths with Apache Tika and cuts them into passages, as strata ingest does, "
                    + "in Spark tasks; keeps each passage text once; writes OUT/passages (Parquet), OUT/problems (Parquet: every file "
                    + "that failed or gave no text, with why) and OUT/summary.txt. A bad file never fails the job."})
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--in", required = true, paramLabel = "PATH", description = "files and folders to read (repeatable)")
        List<Path> in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (must not exist yet)")
        Path out;

        @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
        String master;

        @Option(names = "--partitions", defaultValue = "0", paramLabel = "N", description = "tasks (default: two per core)")
        int partitions;

        @Option(names = "--collection", paramLabel = "jsonl|parquet",
                description = "the inputs are a collection of documents already extracted, one per JSON line or Parquet row, not files to parse")
        String collection;

        @Option(names = "--text-column", defaultValue = "text", paramLabel = "NAME", description = "a collection's text (default: ${DEFAULT-VALUE})")
        String textColumn;

        @Option(names = "--id-column", paramLabel = "NAME", description = "a collection's document id (default: a hash of the text)")
        String idColumn;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(out)) throw new IllegalArgumentException(out + " exists already: give a new output folder");
            String format = collection == null ? null : switch (collection) {
                case "jsonl", "json" -> "json";
                case "parquet" -> "parquet";
                default -> throw new IllegalArgumentException("--collection is jsonl or parquet, not " + collection);
            };
            try (SparkSession spark = session(master, "strata spark ingest")) {
                // out is made by the first write, after the inputs are read: a refused input leaves no empty folder behind
                SparkIngest.Summary s = format == null ? SparkIngest.run(spark, in, out, partitions)
                        : SparkIngest.runCollection(spark, in, format, textColumn, idColumn, out);
                System.out.println(s.line());
                System.out.println("wrote " + out.resolve("passages") + " and " + out.resolve("problems"));
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

        @Option(names = "--name", paramLabel = "NAME", description = "the corpus's name (default: the folder's name)")
        String name;

        @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
        String master;

        @Override
        public Integer call() throws Exception {
            try (SparkSession spark = session(master, "strata spark sample")) {
                int n = SparkSample.toCorpus(spark, from, corpus, name != null ? name : corpus.getFileName().toString(), passages);
                System.out.println("made the corpus " + corpus + " of " + n + " passages: ./strata gui " + corpus + ", or ./strata score " + corpus);
            }
            return 0;
        }
    }

    /** A session for the master given, quiet (no UI server: nothing listens on a port when embedded). */
    static SparkSession session(String master, String name) {
        return SparkSession.builder().master(master).appName(name).config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8").getOrCreate();
    }
}
