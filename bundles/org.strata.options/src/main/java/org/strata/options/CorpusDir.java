package org.strata.options;

import java.io.IOException;
import java.nio.file.Path;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The corpus folder that a command works on, its first parameter, and how every command opens it: through the
 * engine, which finishes or drops what a killed process left half-way; each such repair is said on the command's
 * stderr, so whoever runs the next command learns of it.
 */
public final class CorpusDir {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    public Path dir() {
        return dir;
    }

    public CorpusFolder open() throws IOException {
        CorpusFolder c = CorpusFolder.open(dir);
        for (String line : c.repairs()) spec.commandLine().getErr().println("strata: " + dir + ": " + line);
        return c;
    }

    public CorpusService service() throws IOException {
        return CorpusService.closing(open());
    }
}
