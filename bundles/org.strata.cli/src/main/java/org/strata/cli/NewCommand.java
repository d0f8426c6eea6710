package org.strata.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.model.Curriculum;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a corpus folder with the default layers: concepts, logic, strategies, paradoxes (named and described "
                + "in the user's language where Strata offers it: English or Russian).")
final class NewCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder to create")
    Path dir;

    @Option(names = "--name", paramLabel = "N", description = "the corpus name (default: the folder's name)")
    String name;

    @Option(names = "--language", paramLabel = "en|ru", description = "the language of the default layers' names and descriptions "
            + "(default: the user's, from the locale, where offered; else en)")
    String language;

    @Override
    public Integer call() throws Exception {
        String n = name != null ? name : dir.toAbsolutePath().normalize().getFileName().toString();
        String lang = language != null ? language : Curriculum.languageFor(Locale.getDefault());
        if (!Curriculum.LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("the default layers are offered in " + String.join(", ", Curriculum.LANGUAGES) + ", not " + lang);
        }
        try (CorpusFolder c = CorpusFolder.create(dir, n, lang)) {
            spec.commandLine().getOut().println(Say.that("new.created", n, dir, String.join(", ", c.layerNames())));
        }
        return 0;
    }
}
