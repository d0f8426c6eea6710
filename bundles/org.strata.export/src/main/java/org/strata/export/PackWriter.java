package org.strata.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import org.strata.store.Passage;
import org.strata.store.PassageStatus;
import org.strata.store.PassageStore;

/**
 * Writes a staged pack: one folder {@code stage_NN_<layer>} per stage in curriculum order, each with
 * {@code pretrain.jsonl} (and {@code validation.jsonl}), {@code sft.jsonl}, {@code dpo.jsonl}, {@code eval.jsonl}
 * and {@code attributes.jsonl}, and a {@code manifest.json} that says what every file holds. The pack is built in
 * a temporary sibling folder and renamed into place at the end, so a killed export never leaves half a pack; the
 * same corpus gives the same bytes. An existing non-empty target is refused unless {@code replace} is set.
 */
public final class PackWriter {
    public static final String FORMAT = "strata-pack/2";
    static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create();

    public PackManifest write(PassageStore store, PackRequest request, Path out, boolean replace) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDir(target) && !replace) {
            throw new PackException(target + " exists and is not empty (use --replace to overwrite it)");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            PackManifest manifest = writeInto(tmp, store, request);
            if (Files.exists(target)) deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    /** The files of one stage's passages, and what went into them. */
    private static final class StageOut {
        final String folder;
        final PackFile pretrain, validation, attributes;
        final Set<String> trains = new HashSet<>();
        long passages, validationPassages, tokens;

        StageOut(Path dir, String folder) throws IOException {
            this.folder = folder;
            pretrain = new PackFile(dir, folder + "/pretrain.jsonl", "pretrain");
            validation = new PackFile(dir, folder + "/validation.jsonl", "pretrain");
            attributes = new PackFile(dir, folder + "/attributes.jsonl", "attributes");
        }
    }

    private PackManifest writeInto(Path dir, PassageStore store, PackRequest r) throws IOException {
        Selection sel = Selection.run(store, r);
        List<PackRequest.Stage> stages = r.stages();
        List<EvalSplit> evals = new ArrayList<>();
        List<String> evalTexts = new ArrayList<>();
        for (PackRequest.Stage st : stages) {
            EvalSplit e = new EvalSplit(r.verification().stream().filter(i -> st.layer().equals(i.layer())).toList());
            evals.add(e);
            for (PackRequest.EvalItem i : e.heldOut) evalTexts.add(i.prompt() + " " + (i.answer() == null ? "" : i.answer()));
        }
        Decontamination decon = new Decontamination(r.selection().ngram(), evalTexts);
        Set<String> judgedIds = new HashSet<>();
        for (PackRequest.Choice c : r.choices()) if (c.chosen() != null) judgedIds.addAll(c.candidates());
        Map<String, Passage> judged = new HashMap<>();
        Set<String> usable = new HashSet<>();
        Map<String, long[]> bySource = new TreeMap<>();
        List<StageOut> outs = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            outs.add(new StageOut(dir, String.format(Locale.ROOT, "stage_%02d_%s", i + 1, slug(stages.get(i).layer()))));
        }
        try {
            store.forEach(false, p -> {
                Selection.Placement pl = sel.placed.get(p.id());
                boolean clean = pl != null && !decon.overlaps(p.text());
                if (judgedIds.contains(p.id())) {
                    // a preference pair may show a passage left out of the stages (a rejected one), never evaluation
                    // text nor a validation document
                    judged.put(p.id(), p);
                    boolean overlaps = pl != null ? !clean : decon.overlaps(p.text());
                    if (!overlaps && !sel.validationSources.contains(p.source())) usable.add(p.id());
                }
                if (pl == null) return;
                if (!clean) {
                    sel.excluded.get(pl.stage()).decontaminated++;
                    return;
                }
                try {
                    write(outs.get(pl.stage()), p, pl.validation(), r.componentNames());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bySource.computeIfAbsent(p.source(), k -> new long[1])[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (StageOut o : outs) {
                o.pretrain.close();
                o.validation.close();
                o.attributes.close();
            }
        }
        List<PackManifest.StageEntry> entries = new ArrayList<>();
        int conceptStage = conceptStage(stages);
        for (int i = 0; i < stages.size(); i++) {
            PackRequest.Stage st = stages.get(i);
            StageOut o = outs.get(i);
            PackFile sft = Teaching.sft(dir, o.folder, i == conceptStage ? r.concepts() : List.of(), evals.get(i).teach, r.tokenizer());
            PackFile dpo = Teaching.dpo(dir, st, o.folder, r.choices(), judged, o.trains, usable, r.sources(), r.tokenizer());
            PackFile eval = Teaching.eval(dir, o.folder, evals.get(i).heldOut, r.tokenizer());
            entries.add(new PackManifest.StageEntry(i + 1, st.layer(), st.kind(), o.folder, st.description(), o.passages,
                    o.validationPassages, o.tokens, sel.excluded.get(i).asMap(), dpo.records(),
                    List.of(o.pretrain.entry(), o.validation.entry(), sft.entry(), dpo.entry(), eval.entry(), o.attributes.entry())));
        }
        PackManifest m = new PackManifest(FORMAT, new PackManifest.CorpusEntry(r.corpusName(), sel.passages, sel.state), r.tool(),
                r.tokenizerName(), selection(r, sel, evalTexts.size(), entries), entries, provenance(r, sel, bySource), sel.unassigned);
        Files.writeString(dir.resolve("manifest.json"), PRETTY.toJson(m) + "\n", StandardCharsets.UTF_8);
        return m;
    }

    private static void write(StageOut o, Passage p, boolean validation, List<String> componentNames) throws IOException {
        PackFile f = validation ? o.validation : o.pretrain;
        f.record().field("id", p.id()).field("text", p.text()).field("source", p.source()).field("layer", p.layer()).field("density", p.density());
        f.end(p.tokens());
        if (validation) o.validationPassages++;
        else o.trains.add(p.id());
        o.passages++;
        o.tokens += p.tokens();
        Json a = o.attributes.record().field("id", p.id()).field("source", p.source()).field("layer", p.layer())
                .field("split", validation ? "validation" : "train").field("density", p.density());
        a.object("components");
        float[] c = p.components();
        for (int i = 0; i < componentNames.size(); i++) a.field(componentNames.get(i).replace(' ', '_'), c != null && i < c.length ? c[i] : Float.NaN);
        a.close().field("tokens", p.tokens()).field("language", p.language()).field("status", p.status().label())
                .field("cluster", p.cluster()).strings("concepts", p.concepts());
        o.attributes.end(0);
    }

    /** Concept definitions teach in the stage of kind "concepts", else in the first. */
    private static int conceptStage(List<PackRequest.Stage> stages) {
        for (int i = 0; i < stages.size(); i++) if ("concepts".equalsIgnoreCase(stages.get(i).kind())) return i;
        return 0;
    }

    private static PackManifest.SelectionEntry selection(PackRequest r, Selection sel, int evalItems, List<PackManifest.StageEntry> stages) {
        PackRequest.Selection s = r.selection();
        long leftOut = stages.stream().mapToLong(e -> e.excluded().get("decontaminated")).sum();
        String note = sel.validationDropped ? "every source fell in the validation share: none is held out, all train"
                : sel.validationSources.isEmpty() ? "no source fell in the validation share" : null;
        return new PackManifest.SelectionEntry(s.head(), s.minDensity(), new TreeMap<>(s.layerMinDensity()),
                s.statuses().stream().map(PassageStatus::label).sorted().toList(), s.languages().stream().sorted().toList(),
                s.concepts().stream().sorted().toList(), s.excludeDuplicates(), s.stageTokenBudget(),
                new PackManifest.Split("source (FNV-1a 64 of the source, modulo 100)", s.validationPercent(), List.copyOf(sel.validationSources), note),
                new PackManifest.Decontamination(s.ngram(), evalItems, leftOut));
    }

    private static PackManifest.Provenance provenance(PackRequest r, Selection sel, Map<String, long[]> bySource) {
        List<PackManifest.SourceEntry> sources = new ArrayList<>();
        Map<String, Long> licenses = new TreeMap<>();
        for (Map.Entry<String, long[]> e : bySource.entrySet()) {
            PackRequest.SourceInfo info = r.sources().get(e.getKey());
            String license = info == null || info.license() == null || info.license().isBlank() ? "unknown" : info.license();
            sources.add(new PackManifest.SourceEntry(e.getKey(), info == null ? null : info.title(), license, e.getValue()[0],
                    sel.validationSources.contains(e.getKey()) ? "validation" : "train"));
            licenses.merge(license, 1L, Long::sum);
        }
        return new PackManifest.Provenance(sources, licenses);
    }

    /** A folder name part for a layer: lower case letters, digits, '-' and '_'. */
    static String slug(String layer) {
        String s = layer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "layer" : s;
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
