package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.Response;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.Concept;
import org.strata.store.PassageFilter;

import org.strata.options.CorpusDir;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "concepts", mixinStandardHelpOptions = true, description = "Edits the concept taxonomy of a corpus.",
        subcommands = {ConceptsCommand.Add.class, ConceptsCommand.ListConcepts.class, ConceptsCommand.Link.class,
                ConceptsCommand.Rename.class})
final class ConceptsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a concept.")
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand ConceptsCommand parent;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--definition", paramLabel = "TEXT") String definition;
        @Option(names = "--alias", paramLabel = "ALIAS", description = "another name (repeatable)") List<String> aliases;

        @Override
        public Integer call() throws Exception {
            try (CorpusFolder c = parent.corpus.open()) {
                Concept k = Taxonomy.add(c.corpus(), name, definition);
                if (aliases != null) k.getAliases().addAll(aliases);
                c.save();
                spec.commandLine().getOut().println(Say.that("concepts.added", k.getName()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the concepts with their links and tagged passages.")
    static final class ListConcepts implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand ConceptsCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusService service = parent.corpus.service()) {
                for (Concept k : service.folder().corpus().getConcepts()) {
                    long tagged = service.count(PassageFilter.NONE.withConcept(k.getName())).orThrow();
                    out.println(k.getName() + (k.getAliases().isEmpty() ? "" : " (" + String.join(", ", k.getAliases()) + ")")
                            + "  " + Say.that("file.passages", tagged) + names("concepts.broader", k.getBroader())
                            + names("concepts.narrower", k.getNarrower()) + names("concepts.related", k.getRelated()));
                    if (k.getDefinition() != null && !k.getDefinition().isBlank()) out.println("    " + k.getDefinition());
                }
                if (service.folder().corpus().getConcepts().isEmpty()) out.println(Say.that("concepts.none", parent.corpus.dir()));
            }
            return 0;
        }

        /** "  narrower: a, b" in the user's language, or nothing where there are none. */
        private static String names(String label, List<Concept> ks) {
            return ks.isEmpty() ? "" : "  " + Say.that(label) + ": " + String.join(", ", ks.stream().map(Concept::getName).toList());
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true, description = "Links two concepts: A --broader B makes B broader than A.")
    static final class Link implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand ConceptsCommand parent;
        @Parameters(index = "0", paramLabel = "A") String a;
        @Parameters(index = "1", paramLabel = "B") String b;
        @ArgGroup(exclusive = true, multiplicity = "1") Relation relation;

        static final class Relation {
            @Option(names = "--broader", description = "B is broader than A") boolean broader;
            @Option(names = "--narrower", description = "B is narrower than A") boolean narrower;
            @Option(names = "--related", description = "A and B are related") boolean related;
        }

        @Override
        public Integer call() throws Exception {
            Taxonomy.Relation r = relation.broader ? Taxonomy.Relation.BROADER : relation.narrower ? Taxonomy.Relation.NARROWER
                    : Taxonomy.Relation.RELATED;
            try (CorpusFolder c = parent.corpus.open()) {
                Taxonomy.link(c.corpus(), a, r, b);
                c.save();
                spec.commandLine().getOut().println(Say.that("concepts.linked." + r.name().toLowerCase(java.util.Locale.ROOT), a, b));
            }
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames a concept, in the model and in every passage tagged with it.")
    static final class Rename implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand ConceptsCommand parent;
        @Parameters(index = "0", paramLabel = "OLD", description = "the concept's name or an alias") String from;
        @Parameters(index = "1", paramLabel = "NEW") String to;

        @Override
        public Integer call() throws Exception {
            try (CorpusService service = parent.corpus.service()) {
                Response<String> r = service.renameConcept(from, to);
                if (!r.ok()) throw new IllegalArgumentException(r.message());
                spec.commandLine().getOut().println(org.strata.engine.Phrases.say(r.message()));
            }
            return 0;
        }
    }
}
