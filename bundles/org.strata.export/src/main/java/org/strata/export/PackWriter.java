package org.strata.export;

import java.io.IOException;
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
import org.strata.store.StoreSnapshot;

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

    /** Hears how far the writing is (passages written of those selected) and may stop it; the pack is then not written. */
    public interface Watch {
        void worked(long done, long total);

        boolean cancelled();

        Watch NONE = new Watch() {
            @Override
            public void worked(long done, long total) { }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** Thrown when a {@link Watch} stopped the writing: nothing of the pack is left, and an older pack in its place is kept. */
    public static final class Cancelled extends PackException {
        private static final long serialVersionUID = 1L;

        Cancelled(Path out) {
            super(out + ": the export was stopped; nothing was written");
        }
    }

    public PackManifest write(PassageStore store, PackRequest request, Path out, boolean replace) throws IOException {
        return write(store, request, out, replace, Watch.NONE);
    }

    /** As above, telling {@code watch} how far it is and stopping when it asks. */
    public PackManifest write(PassageStore store, PackRequest request, Path out, boolean replace, Watch watch) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDir(target) && !replace) {
            throw new PackException(target + " exists and is not empty (use --replace to overwrite it)");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        // what a killed export of this pack left behind goes first
        try (Stream<Path> old = Files.list(parent)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".partial-")).toList()) deleteTree(p);
        }
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            PackManifest manifest = writeInto(tmp, store, request, watch, target);
            if (watch.cancelled()) throw new Cancelled(target);
            if (Files.exists(target)) deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    /**
     * What a pack with this request would hold, stage by stage, from the passages' attributes alone: a fraction of
     * the export's time, for a preview before writing.
     */
    public List<StagePreview> preview(PassageStore store, PackRequest r) throws IOException {
        try (StoreSnapshot snapshot = store.snapshot()) {
            Selection sel = Selection.run(snapshot, r);
            List<StagePreview> out = new ArrayList<>();
            for (int i = 0; i < r.stages().size(); i++) {
                long[] c = sel.counts.get(i);
                out.add(new StagePreview(r.stages().get(i).layer(), c[0], c[1], c[2], sel.excluded.get(i).asMap()));
            }
            return out;
        }
    }

    /**
     * The passages of one stage as they arrive (in the store's fast doc order), spooled with their rank in source
     * order; at the end they are written out in that order.
     */
    private static final class StageOut implements AutoCloseable {
        final String folder;
        final Spool pretrain, validation, attributes;
        /** The stage's retrieval memory; null when the pack has none. */
        final Spool memory;
        long withoutEmbedding;
        int dimensions;
        final Json json = new Json();
        final Set<String> trains = new HashSet<>();
        final Map<String, Long> languages = new TreeMap<>();
        long passages, validationPassages, tokens;

        StageOut(Path dir, String folder, boolean memory) throws IOException {
            this.folder = folder;
            pretrain = new Spool(dir.resolve("." + folder + ".pretrain.spool"));
            validation = new Spool(dir.resolve("." + folder + ".validation.spool"));
            attributes = new Spool(dir.resolve("." + folder + ".attributes.spool"));
            this.memory = memory ? new Spool(dir.resolve("." + folder + ".memory.spool")) : null;
        }

        Json record() {
            return json.open();
        }

        Json end() {
            return json.close().newline();
        }

        /** Writes a spool out as one file of the pack, in source order. */
        PackManifest.FileEntry drain(Path dir, Spool spool, String name, String schema) throws IOException {
            return drain(dir, spool, name, schema, 0);
        }

        /** As above, repeating records densest first until {@code targetTokens} are written (see {@link Spool#drainTo(PackFile, long)}). */
        PackManifest.FileEntry drain(Path dir, Spool spool, String name, String schema, long targetTokens) throws IOException {
            try (PackFile f = new PackFile(dir, folder + "/" + name, schema)) {
                spool.drainTo(f, targetTokens);
                f.close();
                return f.entry();
            }
        }

        @Override
        public void close() throws IOException {
            pretrain.close();
            validation.close();
            attributes.close();
            if (memory != null) memory.close();
        }
    }

    private PackManifest writeInto(Path dir, PassageStore store, PackRequest r, Watch watch, Path target) throws IOException {
        try (StoreSnapshot snapshot = store.snapshot()) {
            return writeInto(dir, store, snapshot, r, watch, target);
        }
    }

    private PackManifest writeInto(Path dir, PassageStore store, StoreSnapshot snapshot, PackRequest r, Watch watch, Path target) throws IOException {
        Selection sel = Selection.run(snapshot, r);
        if (watch.cancelled()) throw new Cancelled(target);
        long total = 0;
        for (int place : sel.place) if (place >= 0) total++;
        long all = total;
        long[] done = {0};
        List<PackRequest.Stage> stages = r.stages();
        List<EvalSplit> evals = new ArrayList<>();
        List<String> evalTexts = new ArrayList<>();
        for (PackRequest.Stage st : stages) {
            EvalSplit e = new EvalSplit(r.verification().stream().filter(i -> st.layer().equals(i.layer())).toList());
            evals.add(e);
            for (PackRequest.EvalItem i : e.heldOut) evalTexts.add(i.prompt() + " " + (i.answer() == null ? "" : i.answer()));
        }
        Decontamination decon = new Decontamination(r.selection().ngram(), evalTexts);
        Map<String, long[]> bySource = new HashMap<>();
        List<String> keys = r.attributeKeys();
        Set<String> chosen = new HashSet<>();
        for (PackRequest.Choice c : r.choices()) if (c.chosen() != null) chosen.add(c.chosen());
        List<StageOut> outs = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            outs.add(new StageOut(dir, String.format(Locale.ROOT, "stage_%02d_%s", i + 1, slug(stages.get(i).layer())), r.memory() != null));
        }
        try {
            // the store reads on this thread while a second one makes and spools the records
            try (Handoff handoff = new Handoff((p, rank) -> {
                if (++done[0] % 4096 == 0) {
                    watch.worked(done[0], all);
                    if (watch.cancelled()) throw new Cancelled(target);
                }
                int stage = sel.place[rank] / 2;
                if (decon.overlaps(p.text())) {
                    sel.excluded.get(stage).decontaminated++;
                    return;
                }
                write(outs.get(stage), p, rank, sel.place[rank] % 2 == 1, keys, chosen);
                if (r.memory() != null) remember(outs.get(stage), p, rank, r.sources());
                bySource.computeIfAbsent(p.source(), k -> new long[1])[0]++;
            })) {
                snapshot.forEachInDocOrder(rank -> sel.place[rank] >= 0, r.memory() != null, handoff::accept);
                handoff.finish();
            }
            watch.worked(all, all);
            // the passages of the expert's choices and explained verdicts, for the preference pairs and the critiques:
            // any of them may show a passage left out of the stages (a rejected one), never evaluation text nor a
            // validation document
            Map<String, Passage> judged = new HashMap<>();
            Set<String> usable = new HashSet<>();
            for (String id : Reasons.shown(r)) {
                Passage p = store.get(id);
                if (p == null) continue;
                judged.put(id, p);
                if (!decon.overlaps(p.text()) && !sel.validationSources.contains(p.source())) usable.add(id);
            }
            ChatRecords.Result chats = ChatRecords.of(r, store, sel.validationSources, decon, r.tokenizer());
            List<PackManifest.StageEntry> entries = new ArrayList<>();
            int conceptStage = conceptStage(stages);
            for (int i = 0; i < stages.size(); i++) {
                entries.add(stage(dir, r, stages.get(i), outs.get(i), evals.get(i), i == conceptStage, sel.excluded.get(i), judged, usable,
                        chats.byStage.getOrDefault(i, List.of())));
            }
            PackManifest.ConversationsEntry conversations = r.dialogues().isEmpty() ? null
                    : new PackManifest.ConversationsEntry(r.dialogues().size(), chats.conversations, chats.records, chats.exchanges, chats.leftOut);
            PackManifest.CorpusEntry corpus = new PackManifest.CorpusEntry(r.corpusName(), sel.passages, sel.state);
            PackManifest.SelectionEntry selection = selection(r, sel, evalTexts.size(), entries);
            PackManifest.Provenance provenance = provenance(r, sel, bySource);
            Map<String, Long> languages = new TreeMap<>();
            for (PackManifest.StageEntry e : entries) e.languages().forEach((k, v) -> languages.merge(k, v, Long::sum));
            PackManifest.MemoryEntry memory = memory(r, outs);
            PackManifest draft = new PackManifest(FORMAT, corpus, r.tool(), r.tokenizerName(), languages, selection, entries, List.of(),
                    provenance, sel.unassigned, memory, conversations);
            List<PackManifest.FileEntry> extras = new ArrayList<>();
            Files.writeString(dir.resolve("README.md"), Card.write(draft), StandardCharsets.UTF_8);
            extras.add(whole(dir, "README.md", "card"));
            for (String f : Trainers.write(dir, entries, r.training().baseModel(), r.training().template())) {
                extras.add(whole(dir, f, f.equals("dataset_info.json") ? "dataset_info" : "trainer"));
            }
            if (r.recipeJson() != null) {
                Files.writeString(dir.resolve("recipe.json"), r.recipeJson(), StandardCharsets.UTF_8);
                extras.add(whole(dir, "recipe.json", "recipe"));
            }
            if (r.head() != null && r.head().onnx() != null) {
                Files.write(dir.resolve("head.onnx"), r.head().onnx());
                extras.add(whole(dir, "head.onnx", "head"));
            }
            PackManifest m = new PackManifest(FORMAT, corpus, r.tool(), r.tokenizerName(), languages, selection, entries, extras, provenance,
                    sel.unassigned, memory, conversations);
            Files.writeString(dir.resolve("manifest.json"), PRETTY.toJson(m) + "\n", StandardCharsets.UTF_8);
            return m;
        } finally {
            for (StageOut o : outs) o.close();
        }
    }

    private static PackManifest.StageEntry stage(Path dir, PackRequest r, PackRequest.Stage st, StageOut o, EvalSplit eval, boolean concepts,
            Selection.Excluded excluded, Map<String, Passage> judged, Set<String> usable, List<String[]> conversations) throws IOException {
        PackManifest.FileEntry pretrain = o.drain(dir, o.pretrain, "pretrain.jsonl", "pretrain", st.readTokens());
        PackManifest.FileEntry validation = o.drain(dir, o.validation, "validation.jsonl", "pretrain");
        PackFile sft = Teaching.sft(dir, o.folder, concepts ? r.concepts() : List.of(), eval.teach, Reasons.of(st, r, judged, usable, r.sources(), o.trains),
                conversations, main(o.languages), r.prompts(), r.tokenizer());
        PackFile[] dpo = Teaching.dpo(dir, st, o.folder, r.choices(), judged, o.trains, usable, r.sources(), r.prompts(), r.tokenizer());
        PackFile held = Teaching.eval(dir, o.folder, eval.heldOut, r.tokenizer());
        PackManifest.FileEntry attributes = o.drain(dir, o.attributes, "attributes.jsonl", "attributes");
        List<PackManifest.FileEntry> files = new ArrayList<>(List.of(pretrain, validation, sft.entry(), dpo[0].entry(), dpo[1].entry(), held.entry(),
                attributes));
        if (o.memory != null) files.add(o.drain(dir, o.memory, "memory.jsonl", "memory"));
        if (r.parquet()) {
            for (PackManifest.FileEntry f : List.copyOf(files)) if (ParquetCopies.copied(f.schema())) files.add(ParquetCopies.copy(dir, f, r.attributeKeys()));
        }
        // what training reads: the pretraining file as written (its extra rounds included), as many times as the stage is read
        int epochs = st.readTokens() > 0 ? 1 : st.reads();
        PackManifest.Reading reading = new PackManifest.Reading(epochs, st.readTokens(), pretrain.tokens() * epochs);
        return new PackManifest.StageEntry(r.stages().indexOf(st) + 1, st.layer(), st.kind(), o.folder, st.description(), o.passages,
                o.validationPassages, o.tokens, new TreeMap<>(o.languages), excluded.asMap(), dpo[0].records(), reading, files);
    }

    /** The language most passages of a stage are in (English for a stage with none). */
    private static String main(Map<String, Long> languages) {
        return languages.entrySet().stream().filter(e -> !e.getKey().equals("und")).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("en");
    }

    /** A file of the pack beside the stages, with its hash. */
    private static PackManifest.FileEntry whole(Path dir, String path, String schema) throws IOException {
        return new PackManifest.FileEntry(path, schema, 0, 0, PackFile.sha256(dir.resolve(path)));
    }

    private static void write(StageOut o, Passage p, int rank, boolean validation, List<String> componentNames, Set<String> chosen)
            throws IOException {
        o.record().field("id", p.id()).field("text", p.text()).field("source", p.source()).field("layer", p.layer()).field("density", p.density());
        (validation ? o.validation : o.pretrain).add(rank, o.end(), p.tokens(), p.density());
        if (validation) o.validationPassages++;
        else if (chosen.contains(p.id())) o.trains.add(p.id()); // the preference pairs need to know
        o.passages++;
        o.tokens += p.tokens();
        o.languages.merge(p.language() == null || p.language().isEmpty() ? "und" : p.language(), 1L, Long::sum);
        Json a = o.record().field("id", p.id()).field("source", p.source()).field("layer", p.layer())
                .field("placed", p.suggested() ? "suggested" : "expert").field("confidence", p.suggested() ? p.confidence() : Float.NaN)
                .field("split", validation ? "validation" : "train").field("density", p.density());
        a.object("components");
        float[] c = p.components();
        for (int i = 0; i < componentNames.size(); i++) a.field(componentNames.get(i), c != null && i < c.length ? c[i] : Float.NaN);
        a.close().field("tokens", p.tokens()).field("language", p.language()).field("status", p.status().label())
                .field("cluster", p.cluster()).strings("concepts", p.concepts());
        o.attributes.add(rank, o.end(), 0);
    }

    /**
     * A passage of the stage's retrieval memory: its text, where it came from, its layer, concepts and density, and
     * its embedding. A passage never encoded has none and is counted instead.
     */
    private static void remember(StageOut o, Passage p, int rank, Map<String, PackRequest.SourceInfo> sources) throws IOException {
        float[] e = p.embedding();
        boolean finite = e != null;
        if (e != null) for (float x : e) finite &= Float.isFinite(x);
        if (e == null || e.length == 0 || !finite) {
            o.withoutEmbedding++;
            return;
        }
        if (o.dimensions == 0) o.dimensions = e.length;
        PackRequest.SourceInfo info = sources.get(p.source());
        String title = info == null || info.title() == null ? "" : info.title();
        o.record().field("id", p.id()).field("text", p.text()).field("source", p.source()).field("title", title).field("layer", p.layer())
                .strings("concepts", p.concepts()).field("density", p.density()).field("language", p.language()).field("tokens", p.tokens())
                .floats("embedding", e);
        o.memory.add(rank, o.end(), p.tokens());
    }

    private static PackManifest.MemoryEntry memory(PackRequest r, List<StageOut> outs) {
        if (r.memory() == null) return null;
        long without = 0;
        int dims = 0;
        for (StageOut o : outs) {
            without += o.withoutEmbedding;
            dims = Math.max(dims, o.dimensions);
        }
        long passages = outs.stream().mapToLong(o -> o.passages).sum() - without;
        return new PackManifest.MemoryEntry(r.memory().encoder(), r.memory().hub(), dims, "mean", "L2", passages, without);
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
        for (Map.Entry<String, long[]> e : new TreeMap<>(bySource).entrySet()) {
            PackRequest.SourceInfo info = r.sources().get(e.getKey());
            String license = info == null || info.license() == null || info.license().isBlank() ? "unknown" : info.license();
            sources.add(new PackManifest.SourceEntry(e.getKey(), info == null ? null : info.title(), license, e.getValue()[0],
                    sel.validationSources.contains(e.getKey()) ? "validation" : "train"));
            licenses.merge(license, 1L, Long::sum);
        }
        return new PackManifest.Provenance(sources, licenses);
    }

    /** The bytes of every file in a pack. */
    public static long bytes(Path pack) throws IOException {
        try (Stream<Path> s = Files.walk(pack)) {
            long n = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) n += Files.size(p);
            return n;
        }
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
