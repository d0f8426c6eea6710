package org.strata.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.JudgmentImport;
import org.strata.engine.Progress;
import org.strata.store.Passage;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Records the expert's judgments.",
                "Without --import, in the terminal: 2 or 3 strong candidates side by side, from one layer, those on which the "
                        + "head is least sure; keys 1/2/3 choose, n none is good enough, s skip, r write a rationale first, "
                        + "q quit. Every --retrain-every choices the head is retrained, its cross-validated accuracy shown, "
                        + "and the corpus re-scored.",
                "--import reads JSON Lines, one judgment a line: {\"candidates\":[\"ID\",\"ID\"],\"chosen\":\"ID\"|null,"
                        + "\"rationale\":\"...\"} (the best of 2 or 3, or none) or {\"passage\":\"ID\",\"verdict\":\"accept\"|\"reject\"}, "
                        + "with the ids that strata search --json shows. Lines that are not judgments are refused with their "
                        + "line number; judgments already recorded are not recorded twice; a verdict also accepts or rejects its passage."})
final class JudgeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--import", paramLabel = "FILE.jsonl", description = "judgments to record, one a line")
    Path file;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "who judged (default: ${DEFAULT-VALUE})")
    String author;

    @Option(names = "--count", paramLabel = "N", defaultValue = "3", description = "candidates at a time, 2 or 3 (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--layer", paramLabel = "NAME", description = "offer passages of this layer only")
    String layer;

    @Option(names = "--concept", paramLabel = "NAME", description = "offer passages tagged with this concept only")
    String concept;

    @Option(names = "--retrain-every", paramLabel = "N", defaultValue = "10",
            description = "retrain the head after this many choices, and when quitting (0: never; default: ${DEFAULT-VALUE})")
    int retrainEvery;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "${env:COLUMNS:-120}", description = "terminal width (default: $COLUMNS or 120)")
    int width;

    @Option(names = "--progress", description = "say where the choosing stands and stop: the head's cross-validated accuracy over the last "
            + "rounds of judgments with its 95% interval, whether more choices still move it, and which layer and concept the next choices would teach most")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        if (progress) {
            try (CorpusService service = corpus.service()) {
                var r = service.choosingProgress();
                if (!r.ok()) throw new IllegalArgumentException(org.strata.engine.Phrases.say(r.message()));
                spec.commandLine().getOut().println(org.strata.engine.Phrases.say(r.message()));
            }
            return 0;
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
            try (CorpusFolder c = corpus.open()) {
                JudgmentImport.Result r = JudgmentImport.run(c, file, author);
                for (String why : r.refused()) spec.commandLine().getErr().println(Say.that("judge.refused", why));
                spec.commandLine().getOut().println(org.strata.engine.Phrases.say(r.line()));
                return r.choices() + r.verdicts() + r.known() == 0 && !r.refused().isEmpty() ? 1 : 0;
            }
        }
        return interactive();
    }

    private int interactive() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Set<String> skipped = new HashSet<>();
        int choices = 0, sinceTraining = 0;
        try (CorpusService service = corpus.service()) {
            CorpusFolder c = service.folder();
            if (service.count(org.strata.store.PassageFilter.NONE).orThrow() == 0) throw new IllegalArgumentException(corpus.dir() + " has no passages yet: strata ingest, then strata score");
            sayProgress(out, service);
            session:
            while (true) {
                List<Passage> cands = service.nextCandidates(count, layer, concept, skipped).orThrowIO();
                if (cands.isEmpty()) {
                    out.println(service.count(org.strata.store.PassageFilter.NONE.withScored(true)).orThrow() == 0
                            ? Say.that("judge.noMoreUnscored", corpus.dir()) : Say.that("judge.noMore"));
                    break;
                }
                out.println();
                out.print(SideBySide.render(cands, width));
                String rationale = null;
                while (true) {
                    out.print(Say.that("judge.keys", String.valueOf(cands.size())) + " > ");
                    out.flush();
                    String line = in.readLine();
                    if (line == null || line.strip().equals("q")) break session;
                    String key = line.strip();
                    if (key.equals("s")) {
                        cands.forEach(p -> skipped.add(p.id()));
                        continue session;
                    }
                    if (key.equals("r")) {
                        out.print(Say.that("judge.rationale") + " > ");
                        out.flush();
                        rationale = in.readLine();
                        continue;
                    }
                    String chosen = null;
                    if (!key.equals("n")) {
                        int k;
                        try {
                            k = Integer.parseInt(key);
                        } catch (NumberFormatException e) {
                            k = -1;
                        }
                        if (k < 1 || k > cands.size()) {
                            out.println(Say.that("judge.notAKey", key));
                            continue;
                        }
                        chosen = cands.get(k - 1).id();
                    }
                    service.recordChoice(cands.stream().map(Passage::id).toList(), chosen, rationale, author).orThrowIO();
                    choices++;
                    sinceTraining++;
                    break;
                }
                if (retrainEvery > 0 && sinceTraining >= retrainEvery) {
                    retrain(out, c);
                    sinceTraining = 0;
                }
            }
            out.println();
            out.println(Say.that("judge.recorded", choices));
            if (retrainEvery > 0 && sinceTraining > 0) retrain(out, c);
        }
        return 0;
    }

    private void retrain(PrintWriter out, CorpusFolder c) {
        var r = CorpusService.of(c).learnFromJudgments(Progress.NONE, info -> { });
        if (!r.ok()) spec.commandLine().getErr().println("strata judge: " + org.strata.engine.Phrases.say(r.message()));
        else if (r.value().head() != null) out.println(Say.that("judge.learned", HeadCommand.describe(r.value().head())));
        sayProgress(out, CorpusService.of(c));
    }

    /** Where the choosing stands: whether more choices still move the head, and where they would teach most (wrapped to the terminal). */
    private void sayProgress(PrintWriter out, CorpusService service) {
        var r = service.choosingProgress();
        if (r.ok()) out.println(wrap(org.strata.engine.Phrases.say(r.message()), width));
    }

    /** Text cut at spaces into lines of at most {@code width} characters. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
