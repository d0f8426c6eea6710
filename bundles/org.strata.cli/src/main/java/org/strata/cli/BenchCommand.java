package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.cli.bench.DensityBench;
import org.strata.cli.bench.EncodeBench;
import org.strata.cli.bench.Fp16Bench;
import org.strata.cli.bench.LengthBench;
import org.strata.score.EncoderSettings;
import org.strata.cli.bench.IngestBench;
import org.strata.cli.bench.StoreBench;
import org.strata.cli.bench.TokenizeBench;
import org.strata.cli.bench.WordOrderBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks. 'store': builds (once) a corpus of N passages of real re-segmented prose with 384-d vectors "
                + "in DIR, then times opening, sorted pages, full text, filtered kNN and a bulk update of 100,000 passages.",
                "'ingest': ingests the files under --files into a fresh corpus in DIR, side by side with plain Tika on the "
                        + "same files (docs/s, MB/s), then times each stage on one thread beside Tika's parse.",
                "'encode': embeds --passages passages (a fixed random sample) of the corpus in DIR with Strata's encoder and with "
                        + "LangChain4j's on the same weights, side by side (passages/s, tokens/s, cosine between the two).",
                "'lengths': the encoder alone on --passages sequences of exactly --tokens tokens (real text of the sets in --set), "
                        + "on --device, in batches of --batch: passages/s and tokens/s per length; --ids DIR writes the sequences "
                        + "for a peer (scripts/gpu-peer.py).",
                "'density': scores the evaluation sets in --set (real public text per language, split by document) and prints "
                        + "the table of docs/benchmarks.md: AUC of dense writing against each kind of other text before any "
                        + "judgment and after --choices best-of-3 choices on the tune documents, the share of real passages "
                        + "above each degraded copy, calibration, and what the intrinsic signals cost beside the encoder.",
                "'fp16': scores the evaluation sets in --set with the fp32 weights and with the fp16 ones the GPU runs, both on "
                        + "the CPU, side by side: AUC of each, the largest change of a density, the least cosine between a "
                        + "passage's two embeddings.",
                "'tokenize': counts the tokens of every passage of the sets in --set with the shipped tokenizer, read by Strata "
                        + "and by Hugging Face's library, and with --tokenizer, side by side (same ids? time a passage, tokens a word).",
                "'word-order': for languages Strata ships no word-order model for, a model learned from half the documents of "
                        + "--pages DIR/<language>.tsv (document<TAB>paragraph) against the capitals cue, on the other half: how "
                        + "often a paragraph scores above its shuffled and keyword-stuffed copies.",
                "'layers': the layer evaluation sets (--set, default eval/layers: a kind of text per layer, the expert's layer "
                        + "names and descriptions in layers.tsv): the passages of --placed documents per layer placed as the expert "
                        + "would, every passage of the split's other documents placed by what was learned; accuracy averaged over "
                        + "--draws draws, beside the cross-validated estimate, and placing's time against encoding's.",
                "'isolation': parses the files under --files with Strata's parse workers and with Tika's own forked parsing "
                        + "(tika-pipes), both running Strata's extraction with the same limits, twice each, then meets each with a "
                        + "parse over its time limit and one over its heap limit (scratch files in DIR)."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "store, ingest, isolation, encode, lengths, density, fp16, layers, tokenize or word-order")
    String what;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench-corpus", description = "where the bench corpus lives (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000", description = "passages to build (default: ${DEFAULT-VALUE})")
    int passages;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "timed queries per measure (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "for 'encode' and 'lengths': sequences per batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--batch-tokens", paramLabel = "N", defaultValue = "0", description = "for 'encode' and 'lengths': the most tokens per batch (default: the encoder's)")
    int batchTokens;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda", defaultValue = "cpu", description = "for 'encode' and 'lengths': where Strata's encoder runs (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--no-peer", description = "for 'encode': Strata's encoder alone (the peer cannot share a JVM with a CUDA build)")
    boolean noPeer;

    @Option(names = "--int8", description = "for 'encode': Strata runs the int8 weights")
    boolean int8;

    @Option(names = "--files", paramLabel = "PATH", description = "the files for 'ingest' and 'isolation'")
    Path files;

    @Option(names = "--passage-tokens", paramLabel = "N", defaultValue = "0", description = "for 'store': each passage as many "
            + "sentences as fit N tokens, [CLS] and [SEP] included (0, the default: 2 to 6 sentences)")
    int passageTokens;

    @Option(names = "--tokens", paramLabel = "N", split = ",", defaultValue = "128,256", description = "for 'lengths': the lengths, [CLS] and [SEP] included (default: ${DEFAULT-VALUE})")
    int[] tokens;

    @Option(names = "--ids", paramLabel = "DIR", description = "for 'lengths': write each length's sequences to DIR/ids-<length>.bin (int32) for a peer")
    Path ids;

    @Option(names = "--set", paramLabel = "DIR", defaultValue = "eval/density", description = "for 'density', 'fp16', 'lengths' and 'layers': the folder of <language>.tsv sets (default: ${DEFAULT-VALUE}; eval/layers for 'layers')")
    Path set;

    @Option(names = "--languages", paramLabel = "CODES", split = ",", defaultValue = "en,ru", description = "for 'density', 'fp16', 'lengths', 'layers', 'tokenize' and 'word-order': the languages (default: ${DEFAULT-VALUE}; for 'word-order', those in --pages)")
    java.util.List<String> languages;

    @Option(names = "--split", paramLabel = "tune|test", defaultValue = "test", description = "for 'density', 'fp16' and 'layers': the split reported (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--choices", paramLabel = "N", split = ",", defaultValue = "100,300", description = "for 'density': choices made on the tune split before the second and third AUC (default: ${DEFAULT-VALUE})")
    int[] choices;

    @Option(names = "--placed", paramLabel = "N", split = ",", defaultValue = "0,1,2,3,5,10,15,20",
            description = "for 'layers': documents per layer the expert placed, one row each (default: ${DEFAULT-VALUE})")
    int[] placed;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "5", description = "for 'layers': random draws of the placed documents averaged (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json", defaultValue = "eval/tokenizers/unigram-en-ru/tokenizer.json",
            description = "for 'tokenize': another tokenizer to count with (default: ${DEFAULT-VALUE})")
    Path tokenizer;

    @Option(names = "--write-word-order", paramLabel = "DIR", description = "for 'density': learn each language's word-order model from its tune split into DIR instead")
    Path writeWordOrder;

    @Option(names = "--word-order-text", paramLabel = "DIR", description = "for 'density --write-word-order': more ordinary writing of tune documents, DIR/<language>.txt, one paragraph a line")
    Path wordOrderText;

    @Option(names = "--failures", paramLabel = "FILE", description = "for 'density': write every degraded copy that scores at or above its original to FILE, with both texts and what differs")
    Path failures;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "eval/word-order", description = "for 'word-order': the folder "
            + "of <language>.tsv paragraphs (default: ${DEFAULT-VALUE}, Ukrainian and German; scripts/word-order-eval/build.sh "
            + "writes fourteen languages)")
    Path pages;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "store" -> new StoreBench(spec.commandLine().getOut()).run(dir, passages, queries, passageTokens);
            case "ingest" -> {
                if (files == null) throw new IllegalArgumentException("bench ingest needs --files PATH");
                if (java.nio.file.Files.exists(dir)) throw new IllegalArgumentException(dir + " exists: bench ingest needs a new folder");
                new IngestBench(spec.commandLine().getOut()).run(files, dir);
            }
            case "isolation" -> {
                if (files == null) throw new IllegalArgumentException("bench isolation needs --files PATH");
                new org.strata.cli.bench.IsolationBench(spec.commandLine().getOut()).run(files, dir);
            }
            case "encode" -> new EncodeBench(spec.commandLine().getOut()).run(dir, passages, org.strata.score.EncoderSettings.Device.parse(device), batch, batchTokens, int8, !noPeer);
            case "density" -> {
                if (!split.equals("tune") && !split.equals("test")) throw new IllegalArgumentException("--split is tune or test, not " + split);
                if (writeWordOrder != null) new DensityBench(spec.commandLine().getOut()).writeModels(set, languages, writeWordOrder, wordOrderText);
                else new DensityBench(spec.commandLine().getOut()).run(set, languages, split, choices, failures);
            }
            case "fp16" -> {
                if (!split.equals("tune") && !split.equals("test")) throw new IllegalArgumentException("--split is tune or test, not " + split);
                new Fp16Bench(spec.commandLine().getOut()).run(set, languages, split);
            }
            case "lengths" -> {
                EncoderSettings settings = EncoderSettings.on(EncoderSettings.Device.parse(device)).withBatch(batch).withInt8(int8);
                if (batchTokens > 0) settings = settings.withBatchTokens(batchTokens);
                int n = spec.commandLine().getParseResult().hasMatchedOption("--passages") ? passages : 20_000;
                new LengthBench(spec.commandLine().getOut()).run(set, languages, tokens, n, settings, ids);
            }
            case "layers" -> {
                if (!split.equals("tune") && !split.equals("test")) throw new IllegalArgumentException("--split is tune or test, not " + split);
                Path layerSet = spec.commandLine().getParseResult().hasMatchedOption("--set") ? set : Path.of("eval/layers");
                new org.strata.cli.bench.LayerBench(spec.commandLine().getOut()).run(layerSet, languages, split, placed, draws);
            }
            case "tokenize" -> new TokenizeBench(spec.commandLine().getOut()).run(set, languages, tokenizer);
            case "word-order" -> {
                // without --languages, every <language>.tsv in the folder
                new WordOrderBench(spec.commandLine().getOut()).run(pages,
                        spec.commandLine().getParseResult().hasMatchedOption("--languages") ? languages : WordOrderBench.languages(pages));
            }
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "': store, ingest, encode, lengths, density, fp16, layers, tokenize or word-order");
        }
        return 0;
    }
}
