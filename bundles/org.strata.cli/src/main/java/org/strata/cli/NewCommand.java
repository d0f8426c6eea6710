package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a corpus folder with the default layers: concepts, logic, strategies, paradoxes.")
final class NewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder to create")
    Path dir;

    @Option(names = "--name", paramLabel = "N", description = "the corpus name (default: the folder's name)")
    String name;

    @Override
    public Integer call() throws Exception {
        String n = name != null ? name : dir.toAbsolutePath().normalize().getFileName().toString();
        try (CorpusFolder c = CorpusFolder.create(dir, n)) {
            spec.commandLine().getOut().println("created corpus '" + n + "' in " + dir + " with layers "
                    + String.join(", ", c.layerNames()));
        }
        return 0;
    }
}
