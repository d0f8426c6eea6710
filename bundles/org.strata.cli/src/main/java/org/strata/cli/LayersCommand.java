package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.CorpusStats;
import org.strata.engine.LayerChange;
import org.strata.engine.Response;
import org.strata.model.corpus.Layer;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "layers", mixinStandardHelpOptions = true, description = "Lists and edits the layers of the curriculum.",
        subcommands = {LayersCommand.ListLayers.class, LayersCommand.Add.class, LayersCommand.Set.class, LayersCommand.Move.class,
                LayersCommand.Rename.class})
final class LayersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Makes one change through the corpus service: what was done and the layers now, or why nothing was (exit 1). */
    int change(CommandSpec sub, LayerChange change) throws java.io.IOException {
        try (CorpusService service = corpus.service()) {
            Response<CorpusService.Layers> r = service.changeLayers(change);
            if (!r.ok()) throw new IllegalArgumentException(r.message());
            sub.commandLine().getOut().println(Say.that("layers.now", org.strata.engine.Phrases.say(r.message()), String.join(", ", r.value().names())));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The layers in curriculum order, with passages and tokens.")
    static final class ListLayers implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusService service = parent.corpus.service()) {
                CorpusStats s = service.stats(10).orThrow();
                for (int i = 0; i < s.layers().size(); i++) {
                    CorpusStats.LayerCount l = s.layers().get(i);
                    Layer layer = service.folder().corpus().getLayers().get(i);
                    out.println(layer.getOrder() + ". " + Say.pad(l.name(), 15)
                            + String.format(Locale.ROOT, "%8d ", l.passages()) + Say.pad(Say.that("word.passages", l.passages()), 9)
                            + String.format(Locale.ROOT, "%10d ", l.tokens()) + Say.pad(Say.that("word.tokens", l.tokens()), 7) + " "
                            + Say.pad(reading(layer), 26) + " " + (layer.getDescription() == null ? "" : layer.getDescription()));
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a layer (at the end unless --at).")
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--description", paramLabel = "TEXT", description = "what belongs in this layer") String description;
        @Option(names = "--at", paramLabel = "N", defaultValue = "0", description = "1-based position in the curriculum") int at;

        @Override
        public Integer call() throws Exception {
            return parent.change(spec, new LayerChange.Add(name, description, at));
        }
    }

    /** How a layer's stage is read in training: "read ×3" or "read to 5,000,000 tokens". */
    static String reading(Layer layer) {
        return layer.getReadTokens() > 0 ? Say.that("layers.readTo", Say.number(layer.getReadTokens(), "integer"))
                : Say.that("layers.reads", Math.max(1, layer.getReads()));
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets what a layer says of its stage: its description, how many "
            + "times it is read in training, a token target reached by repeating its densest passages first, its goal and its least density.")
    static final class Set implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--description", paramLabel = "TEXT", description = "what belongs in this layer") String description;
        @Option(names = "--reads", paramLabel = "N", description = "times its passages are read in training (epochs; 1 reads them once)") Integer reads;
        @Option(names = "--read-tokens", paramLabel = "TOKENS", description = "read until this many tokens, the densest passages repeated "
                + "first (0: no target; --reads applies)") Long readTokens;
        @Option(names = "--goal", paramLabel = "TOKENS", description = "the tokens you aim to collect in it (0: none)") Long goal;
        @Option(names = "--min-density", paramLabel = "D", description = "the least density a passage needs to enter its stage (0 to 1)") Double minDensity;

        @Override
        public Integer call() throws Exception {
            if (description == null && reads == null && readTokens == null && goal == null && minDensity == null) {
                throw new IllegalArgumentException(Say.that("layers.setNothing"));
            }
            return parent.change(spec, new LayerChange.Set(name, description, reads, readTokens, goal, minDensity));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Moves a layer to a 1-based position in the curriculum.")
    static final class Move implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "POSITION") int position;

        @Override
        public Integer call() throws Exception {
            return parent.change(spec, new LayerChange.Move(name, position));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames a layer, in the model and in every passage.")
    static final class Rename implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;
        @Parameters(index = "0", paramLabel = "OLD") String from;
        @Parameters(index = "1", paramLabel = "NEW") String to;

        @Override
        public Integer call() throws Exception {
            return parent.change(spec, new LayerChange.Rename(from, to));
        }
    }
}
