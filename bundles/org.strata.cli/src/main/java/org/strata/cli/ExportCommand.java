package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.strata.engine.CorpusService;
import org.strata.engine.ExportRequest;
import org.strata.engine.Response;
import org.strata.export.PackManifest;
import org.strata.export.StagePreview;
import org.strata.store.PassageStatus;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a staged fine-tune pack: one folder stage_NN_<layer> per layer in curriculum order, each with "
                + "pretrain.jsonl and validation.jsonl ({\"id\",\"text\",\"source\",\"layer\",\"density\"}), sft.jsonl (chat messages "
                + "from concept definitions and verification items), dpo.jsonl (prompt, chosen, rejected from the expert's choices), "
                + "eval.jsonl (held-out verification items) and attributes.jsonl (density and its components per passage); "
                + "manifest.json lists every file's schema, records, tokens and sha256, the selection and the sources' licences.",
                "Duplicates are left out; the split into train and validation is by source; training passages that share an "
                        + "n-gram with a held-out item are left out. The same corpus gives the same bytes; the pack is written to a "
                        + "temporary folder and renamed at the end. strata pack verify PACK checks it."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--out", paramLabel = "PACK", description = "the pack folder to write")
    Path out;

    @Option(names = "--parquet", description = "write every file of every stage also as Parquet (same records, typed columns)")
    boolean parquet;

    @Option(names = "--memory", description = "give each stage a retrieval memory a RAG stack loads as it is: memory.jsonl (and Parquet "
            + "with --parquet) of its passages with their embeddings, layer, concepts, density and source; the card names the encoder")
    boolean memory;

    @Option(names = "--dry-run", description = "say what each stage would hold (passages, tokens, what is left out) and write nothing")
    boolean dryRun;

    @Option(names = "--replace", description = "replace PACK if it exists and is not empty")
    boolean replace;

    @Option(names = "--layer", split = ",", paramLabel = "NAME", description = "export these layers only (default: every layer)")
    List<String> layers;

    @Option(names = "--min-density", paramLabel = "X", defaultValue = "0", description = "leave out passages below this density (default: ${DEFAULT-VALUE})")
    double minDensity;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", defaultValue = "candidate,accepted",
            description = "passage statuses to take (default: ${DEFAULT-VALUE})")
    List<String> statuses;

    @Option(names = "--language", split = ",", paramLabel = "CODE", description = "take passages in these languages only")
    List<String> languages;

    @Option(names = "--concept", split = ",", paramLabel = "NAME", description = "take passages tagged with one of these concepts only")
    List<String> concepts;

    @Option(names = "--budget", paramLabel = "TOKENS", defaultValue = "0",
            description = "tokens per stage, filled densest first (default: 0, no budget)")
    long budget;

    @Option(names = "--keep-duplicates", description = "keep near duplicates (left out by default)")
    boolean keepDuplicates;

    @Option(names = "--validation", paramLabel = "PERCENT", defaultValue = "5",
            description = "share of the sources held out for validation (default: ${DEFAULT-VALUE})")
    int validation;

    @Option(names = "--ngram", paramLabel = "N", defaultValue = "8",
            description = "words in a row shared with a held-out item that leave a training passage out (default: ${DEFAULT-VALUE})")
    int ngram;

    @Option(names = "--base-model", paramLabel = "MODEL", defaultValue = "Qwen/Qwen2.5-0.5B",
            description = "the model the trainer configs start from (default: ${DEFAULT-VALUE})")
    String baseModel;

    @Option(names = "--template", paramLabel = "NAME", defaultValue = "qwen",
            description = "LLaMA-Factory's chat template for that model (default: ${DEFAULT-VALUE})")
    String template;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        ExportRequest request = ExportRequest.defaults().withLayers(layers)
                .withSelection(minDensity, statuses.stream().map(PassageStatus::parse).collect(Collectors.toSet()),
                        languages == null ? Set.of() : Set.copyOf(languages), concepts == null ? Set.of() : Set.copyOf(concepts), keepDuplicates)
                .withBudget(budget).withSplit(validation, ngram).withTraining(baseModel, template).withParquet(parquet).withMemory(memory);
        try (CorpusService service = corpus.service()) {
            if (dryRun) {
                for (StagePreview s : service.previewPack(request).orThrow()) {
                    o.println(Say.pad(s.layer(), 16) + Say.that("export.row", s.passages(), s.validationPassages(), s.tokens()) + left(s.excluded()));
                }
                o.println(Say.that("export.dryRun"));
                return 0;
            }
            if (out == null) throw new IllegalArgumentException("--out PACK names the folder to write (or --dry-run to write nothing)");
            StepsBar bar = new StepsBar(spec.commandLine().getErr(), Say.that("export.bar"));
            Response<CorpusService.Exported> written = service.exportPack(request, out, replace, "strata " + Version.number(), bar);
            bar.clear();
            PackManifest m = written.orThrow().manifest();
            for (PackManifest.StageEntry s : m.stages()) {
                o.println(Say.pad(s.folder(), 28) + Say.that("export.row", s.passages(), s.validationPassages(), s.tokens())
                        + "  sft " + Say.number(s.records("sft.jsonl"), "integer") + "  dpo " + Say.number(s.records("dpo.jsonl"), "integer")
                        + "  eval " + Say.number(s.records("eval.jsonl"), "integer")
                        + (memory ? "  memory " + Say.number(s.records("memory.jsonl"), "integer") : "")
                        + left(s.excluded()));
            }
            if (m.memory() != null) {
                o.println(Say.that("export.memory", m.memory().passages(), m.memory().encoder(), m.memory().dimensions(), m.memory().withoutEmbedding()));
            }
            double seconds = written.value().millis() / 1e3;
            o.println(Say.that("export.rate", written.message(), written.value().bytes() / 1e6 / Math.max(seconds, 1e-3),
                    m.unassigned() > 0 ? Say.that("export.unassigned", m.unassigned()) : ""));
        }
        return 0;
    }

    private static String left(Map<String, Long> excluded) {
        String parts = excluded.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> Say.that("export.reason", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
        return parts.isEmpty() ? "" : Say.that("export.leftOut", parts);
    }
}
