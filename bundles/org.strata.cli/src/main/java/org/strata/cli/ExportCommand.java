package org.strata.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.export.PackManifest;
import org.strata.export.PackWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a staged pack: one folder stage_NN_<layer> per layer in curriculum order with "
                + "pretrain.jsonl, and manifest.json with every file's records and sha256.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "PACK", description = "the pack folder to write")
    Path out;

    @Option(names = "--replace", description = "replace PACK if it exists and is not empty")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            PackManifest m = new PackWriter("strata " + Version.number()).write(c.store(), c.corpus().getName(),
                    c.layerNames(), out, replace);
            for (PackManifest.StageEntry s : m.stages()) {
                for (PackManifest.FileEntry f : s.files()) {
                    spec.commandLine().getOut().println(String.format("%-40s %8d records %10d tokens", f.path(), f.records(), f.tokens()));
                }
            }
            spec.commandLine().getOut().println("wrote " + m.records() + " records in " + m.stages().size() + " stages to " + out
                    + (m.unassigned() > 0 ? " (" + m.unassigned() + " passages in no layer were left out)" : ""));
        }
        return 0;
    }
}
