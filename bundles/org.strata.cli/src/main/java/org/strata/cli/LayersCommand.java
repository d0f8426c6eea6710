package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusStats;
import org.strata.model.Curriculum;
import org.strata.model.corpus.Layer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "layers", mixinStandardHelpOptions = true, description = "Lists and edits the layers of the curriculum.",
        subcommands = {LayersCommand.ListLayers.class, LayersCommand.Add.class, LayersCommand.Move.class, LayersCommand.Rename.class})
final class LayersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The layers in curriculum order, with passages and tokens.")
    static final class ListLayers implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand LayersCommand parent;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusFolder c = CorpusFolder.open(parent.dir)) {
                CorpusStats s = CorpusStats.of(c, 10);
                for (int i = 0; i < s.layers().size(); i++) {
                    CorpusStats.LayerCount l = s.layers().get(i);
                    Layer layer = c.corpus().getLayers().get(i);
                    out.println(String.format(Locale.ROOT, "%d. %-14s %8d passages %10d tokens  %s", layer.getOrder(), l.name(), l.passages(),
                            l.tokens(), layer.getDescription() == null ? "" : layer.getDescription()));
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
            try (CorpusFolder c = CorpusFolder.open(parent.dir)) {
                Layer l = Curriculum.addLayer(c.corpus(), name, description, at);
                c.save();
                spec.commandLine().getOut().println("added layer '" + name + "' at position " + l.getOrder());
            }
            return 0;
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
            try (CorpusFolder c = CorpusFolder.open(parent.dir)) {
                Curriculum.moveLayer(c.corpus(), name, position);
                c.save();
                spec.commandLine().getOut().println("the layers are now " + String.join(", ", c.layerNames()));
            }
            return 0;
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
            try (CorpusFolder c = CorpusFolder.open(parent.dir)) {
                Curriculum.renameLayer(c.corpus(), from, to);
                c.store().renameLayer(from, to);
                c.store().commit();
                c.save();
                spec.commandLine().getOut().println("renamed layer '" + from + "' to '" + to + "'");
            }
            return 0;
        }
    }
}
