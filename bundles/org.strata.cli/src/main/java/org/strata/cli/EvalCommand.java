package org.strata.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.strata.engine.ChatEndpoint;
import org.strata.engine.PackEval;
import org.strata.engine.Phrases;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Did the pack teach? Scores a model's answers to a pack's eval items against their reference answers, per stage and "
                + "per kind of item, beside a baseline's: the answers of a file (one {\"id\": ..., \"answer\": ...} a line) or of an "
                + "OpenAI-compatible server on this machine. An answer's score is the share of the reference's facts it covers; "
                + "--explain says which it hit and missed.",
                "A problem with one answer (a line that is not JSON, an id the pack lacks, an item left unanswered, a server that timed "
                        + "out or answered garbage) is said for that item; the rest are scored."})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK", description = "the pack folder (strata export)")
    Path pack;

    @Option(names = "--answers", paramLabel = "FILE.jsonl", description = "the model's answers, one {\"id\", \"answer\"} a line")
    Path answers;

    @Option(names = "--endpoint", paramLabel = "URL", description = "ask an OpenAI-compatible server instead (http://localhost:8000/v1)")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "default", description = "the model the server is asked for (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--baseline", paramLabel = "FILE.jsonl", description = "a baseline's answers (the model before training), side by side")
    Path baseline;

    @Option(names = "--baseline-model", paramLabel = "NAME", description = "ask the server for this model as the baseline")
    String baselineModel;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "how long one answer may take (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--save-answers", paramLabel = "FILE.jsonl", description = "keep the server's answers, to score them again later")
    Path save;

    @Option(names = "--explain", description = "every item: its score and the facts of its reference it hit and missed")
    boolean explain;

    @Option(names = "--json", paramLabel = "FILE", description = "write the report as JSON (the workbench's Evaluation view opens it)")
    Path json;

    @Override
    public Integer call() throws Exception {
        if ((answers == null) == (endpoint == null)) throw new IllegalArgumentException(Say.that("eval.oneSource"));
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<PackEval.Item> items;
        try {
            items = PackEval.items(pack);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(Phrases.say(e.getMessage()));
        }
        if (items.isEmpty()) throw new IllegalArgumentException(Say.that("eval.noItems", pack));
        PackEval.Run run, base = null;
        if (answers != null) {
            run = PackEval.fromFile(items, answers, answers.getFileName().toString());
            if (baseline != null) base = PackEval.fromFile(items, baseline, baseline.getFileName().toString());
        } else {
            ChatEndpoint server = new ChatEndpoint(endpoint, model, Duration.ofSeconds(timeout));
            int[] n = {0};
            run = ask(items, server, model, n, err);
            if (baselineModel != null) base = ask(items, new ChatEndpoint(endpoint, baselineModel, Duration.ofSeconds(timeout)), baselineModel, n, err);
            else if (baseline != null) base = PackEval.fromFile(items, baseline, baseline.getFileName().toString());
            if (save != null) PackEval.saveAnswers(run, save);
        }
        for (PackEval.Run r : base == null ? List.of(run) : List.of(run, base)) {
            for (String p : r.problems()) err.println("strata eval: " + Phrases.say(p));
            for (PackEval.Answered a : r.answers()) {
                if (a.problem() != null) err.println("strata eval: " + r.name() + ": " + a.item().id() + ": " + Phrases.say(a.problem()));
            }
        }
        table(out, items, run, base);
        if (explain) {
            for (PackEval.Answered a : run.answers()) {
                out.println();
                out.println(Say.that("eval.item", a.item().id(), a.item().layer(), kindName(a.item().kind()), Double.isNaN(a.score()) ? "-" : Say.number(a.score(), "0.00")));
                if (a.scored() == null) continue;
                for (var f : a.scored().facts()) out.println("  " + (f.hit() ? "+ " : "- ") + f.text());
            }
        }
        if (json != null) Files.writeString(json, PackEval.json(pack, items, run, base), StandardCharsets.UTF_8);
        return 0;
    }

    private static PackEval.Run ask(List<PackEval.Item> items, ChatEndpoint server, String name, int[] n, PrintWriter err) throws ChatEndpoint.Unreachable {
        return PackEval.fromEndpoint(items, server, name, a -> {
            if (++n[0] % 10 == 0) err.println(Say.that("eval.asked", n[0]));
        });
    }

    /** Per stage, per kind and in all: items, scored, the model's mean, the baseline's and the difference. */
    private static void table(PrintWriter out, List<PackEval.Item> items, PackEval.Run run, PackEval.Run base) {
        out.println(Say.that("eval.header", base == null ? 0 : 1));
        Map<Integer, String> stages = new java.util.LinkedHashMap<>();
        for (PackEval.Item i : items) stages.putIfAbsent(i.stage(), i.layer());
        for (Map.Entry<Integer, String> s : stages.entrySet()) {
            row(out, items, run, base, s.getKey() + ". " + s.getValue(), "", i -> i.stage() == s.getKey());
            for (String kind : items.stream().filter(i -> i.stage() == s.getKey()).map(PackEval.Item::kind).distinct().toList()) {
                row(out, items, run, base, "", kindName(kind), i -> i.stage() == s.getKey() && i.kind().equals(kind));
            }
        }
        row(out, items, run, base, Say.that("eval.all"), "", i -> true);
    }

    /** A kind of item in the user's words ("check question"); a kind Strata has no words for as it is. */
    static String kindName(String kind) {
        try {
            return Say.that("verify.kind." + kind);
        } catch (java.util.MissingResourceException e) {
            return kind;
        }
    }

    private static void row(PrintWriter out, List<PackEval.Item> items, PackEval.Run run, PackEval.Run base, String stage, String kind,
            Predicate<PackEval.Item> in) {
        double[] m = run.mean(in);
        long count = items.stream().filter(in).count();
        String line = Say.pad(stage, 22) + Say.pad(kind, 19) + String.format("%6d %7d ", count, (int) m[1]) + mean(m[0]);
        if (base != null) {
            double[] b = base.mean(in);
            line += "  " + mean(b[0]) + "  " + (Double.isNaN(m[0]) || Double.isNaN(b[0]) ? "     -" : String.format("%+6.2f", m[0] - b[0]).replace('.', Say.decimalSeparator()));
        }
        out.println(line);
    }

    private static String mean(double v) {
        return Double.isNaN(v) ? "     -" : String.format("%6.2f", v).replace('.', Say.decimalSeparator());
    }
}
