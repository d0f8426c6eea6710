package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;


import org.strata.engine.PackCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "strata pack verify PACK: checks every file of a pack against its manifest.json (sha256, records, "
                + "tokens recounted with the tokenizer) and every record against its schema; says what differs and exits 1, "
                + "or exits 0 when the pack is intact.")
final class PackCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "verify")
    String action;

    @Parameters(index = "1", paramLabel = "PACK", description = "the pack folder")
    Path pack;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json", description = "the tokenizer the pack's tokens were counted "
            + "with, where it is not the shipped encoder's (the manifest names it)")
    Path tokenizer;

    @Override
    public Integer call() throws Exception {
        if (!action.equals("verify")) throw new IllegalArgumentException("unknown action '" + action + "': verify");
        if (!Files.isDirectory(pack)) throw new IllegalArgumentException(pack + ": no such folder");
        PackCheck.Checked checked = PackCheck.verify(pack, tokenizer);
        if (checked.notRecounted() != null) spec.commandLine().getErr().println(pack + ": " + checked.notRecounted());
        List<String> diffs = checked.differences();
        if (diffs.isEmpty()) {
            spec.commandLine().getOut().println(pack + ": intact (every file matches the manifest, every record its schema)");
            return 0;
        }
        for (String d : diffs) spec.commandLine().getOut().println(d);
        spec.commandLine().getErr().println(pack + ": " + diffs.size() + (diffs.size() == 1 ? " difference" : " differences") + " from its manifest");
        return 1;
    }
}
