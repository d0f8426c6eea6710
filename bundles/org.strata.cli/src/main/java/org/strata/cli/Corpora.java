package org.strata.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;

import picocli.CommandLine.Model.CommandSpec;

/**
 * How every command opens a corpus: through the engine, which finishes or drops what a killed process left half-way,
 * and each such repair is said on stderr, so the person who runs the next command learns of it.
 */
final class Corpora {
    private Corpora() {}

    static CorpusFolder folder(Path dir, CommandSpec spec) throws IOException {
        CorpusFolder c = CorpusFolder.open(dir);
        for (String line : c.repairs()) spec.commandLine().getErr().println("strata: " + dir + ": " + line);
        return c;
    }

    static CorpusService service(Path dir, CommandSpec spec) throws IOException {
        return CorpusService.closing(folder(dir, spec));
    }
}
