package org.strata.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.Phrases;
import org.strata.engine.Response;
import org.strata.model.corpus.VerificationItem;
import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "The verification items of each layer (the pack's eval sets): Strata drafts them from the corpus, you accept, edit or drop them.",
        subcommands = {VerifyCommand.Draft.class, VerifyCommand.ListItems.class, VerifyCommand.Accept.class, VerifyCommand.Drop.class,
                VerifyCommand.Edit.class})
final class VerifyCommand implements Runnable {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One item as a listing shows it: its number, draft or not, layer, kind, prompt, answer and passages. */
    static void print(PrintWriter out, int n, VerificationItem v) {
        out.println(Say.that("verify.item", n, v.isDraft() ? 1 : 0, v.getLayer() == null ? "-" : v.getLayer().getName(), Say.that("verify.kind." + v.getKind().getLiteral()),
                v.getPassages().size()));
        out.println("    " + Say.that("verify.prompt") + " " + (v.getPrompt() == null ? "" : v.getPrompt().replace("\n", "\n      ")));
        if (v.getExpectedAnswer() != null) out.println("    " + Say.that("verify.answer") + " " + v.getExpectedAnswer().replace("\n", "\n      "));
        if (!v.getPassages().isEmpty()) out.println("    " + Say.that("verify.from") + " " + String.join(", ", v.getPassages()));
    }

    @Command(name = "draft", mixinStandardHelpOptions = true, description = "Drafts items from the corpus: a check question per concept from its "
            + "definition and the passages that define it, critical-reasoning items from passages on one concept that disagree, analogy chains "
            + "from the concept graph. Drafts go into no pack until accepted.")
    static final class Draft implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand VerifyCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusService service = parent.corpus.service()) {
                Response<List<VerificationItem>> r = service.draftVerification();
                if (!r.ok()) throw new IllegalArgumentException(Phrases.say(r.message()));
                var items = service.folder().corpus().getVerificationItems();
                for (VerificationItem v : r.value()) print(out, items.indexOf(v) + 1, v);
                out.println(Say.that("verify.drafted", r.value().size()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the items, numbered; drafts are marked.")
    static final class ListItems implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand VerifyCommand parent;
        @Option(names = "--drafts", description = "the drafts only") boolean drafts;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusService service = parent.corpus.service()) {
                var items = service.folder().corpus().getVerificationItems();
                for (int i = 0; i < items.size(); i++) if (!drafts || items.get(i).isDraft()) print(out, i + 1, items.get(i));
            }
            return 0;
        }
    }

    /** Numbers as given ("3", "5-8") or every draft ("drafts"). */
    static List<Integer> numbers(CorpusService service, List<String> given) {
        List<Integer> out = new ArrayList<>();
        var items = service.folder().corpus().getVerificationItems();
        for (String g : given) {
            if (g.equals("drafts")) {
                for (int i = 0; i < items.size(); i++) if (items.get(i).isDraft()) out.add(i + 1);
            } else if (g.matches("\\d{1,9}-\\d{1,9}")) {
                String[] ab = g.split("-");
                // a range past the end is cut there: the service names the first number that is no item
                int to = Math.min(Integer.parseInt(ab[1]), Math.max(items.size() + 1, Integer.parseInt(ab[0])));
                for (int i = Integer.parseInt(ab[0]); i <= to; i++) out.add(i);
            } else if (g.matches("\\d{1,9}")) {
                out.add(Integer.parseInt(g));
            } else {
                throw new IllegalArgumentException(Say.that("verify.badNumber", g));
            }
        }
        return out;
    }

    static int review(CommandSpec spec, VerifyCommand parent, List<String> given, String action, String prompt, String answer) throws Exception {
        try (CorpusService service = parent.corpus.service()) {
            Response<Integer> r = service.reviewVerification(numbers(service, given), action, prompt, answer);
            if (!r.ok()) throw new IllegalArgumentException(Phrases.say(r.message()));
            spec.commandLine().getOut().println(Phrases.say(r.message()));
        }
        return 0;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accepts drafts: they become items of the pack's eval sets.")
    static final class Accept implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand VerifyCommand parent;
        @Parameters(arity = "1..*", paramLabel = "N", description = "item numbers, ranges (3-7) or 'drafts' for every draft") List<String> items;

        @Override
        public Integer call() throws Exception {
            return review(spec, parent, items, "accept", null, null);
        }
    }

    @Command(name = "drop", mixinStandardHelpOptions = true, description = "Drops items (drafts or not).")
    static final class Drop implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand VerifyCommand parent;
        @Parameters(arity = "1..*", paramLabel = "N", description = "item numbers, ranges (3-7) or 'drafts' for every draft") List<String> items;

        @Override
        public Integer call() throws Exception {
            return review(spec, parent, items, "drop", null, null);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Edits an item's prompt or expected answer.")
    static final class Edit implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand VerifyCommand parent;
        @Parameters(index = "0", paramLabel = "N", description = "the item's number") String item;
        @Option(names = "--prompt", paramLabel = "TEXT", description = "the new prompt") String prompt;
        @Option(names = "--answer", paramLabel = "TEXT", description = "the new expected answer (empty: none)") String answer;

        @Override
        public Integer call() throws Exception {
            return review(spec, parent, List.of(item), "edit", prompt, answer);
        }
    }
}
