package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.JudgmentImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Records the expert's judgments. --import reads JSON Lines, one judgment a line: "
                + "{\"candidates\":[\"ID\",\"ID\"],\"chosen\":\"ID\"|null,\"rationale\":\"...\"} (the best of 2 or 3, or none) or "
                + "{\"passage\":\"ID\",\"verdict\":\"accept\"|\"reject\"}, with the ids that strata search --json shows. "
                + "Lines that are not judgments are refused with their line number; judgments already recorded are not "
                + "recorded twice; a verdict also accepts or rejects its passage.")
final class JudgeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder")
    Path dir;

    @Option(names = "--import", paramLabel = "FILE.jsonl", required = true, description = "judgments to record, one a line")
    Path file;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "who judged (default: ${DEFAULT-VALUE})")
    String author;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            JudgmentImport.Result r = JudgmentImport.run(c, file, author);
            for (String why : r.refused()) spec.commandLine().getErr().println("refused " + why);
            spec.commandLine().getOut().println(r.line());
            return r.choices() + r.verdicts() + r.known() == 0 && !r.refused().isEmpty() ? 1 : 0;
        }
    }
}
