package org.strata.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code strata} command line. Every command answers {@code --help}, exits 0 on success, and on failure
 * prints one line saying why and exits non-zero.
 */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a pile of documents into a layered, density-scored corpus for training a language model.",
        subcommands = {NewCommand.class, IngestCommand.class, ScoreCommand.class, LayerCommand.class,
                ExportCommand.class, PromptsCommand.class, PackCommand.class, StatsCommand.class, SearchCommand.class, PassagesCommand.class, ConceptsCommand.class,
                LayersCommand.class, DedupCommand.class, ReindexCommand.class, JudgeCommand.class, VerifyCommand.class, EvalCommand.class, HeadCommand.class, ExplainCommand.class, ProfileCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class StrataCli implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Lucene logs a warning on every start when the Vector API module is not enabled; the CLI keeps stderr for errors. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns its exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new StrataCli());
        java.util.ResourceBundle help = Say.help(java.util.Locale.getDefault()); // Russian help where the locale is Russian
        if (help != null) cl.setResourceBundle(help);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(StrataCli::parseError);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println("strata " + line.getCommandName() + ": " + message(e));
            if (Boolean.getBoolean("strata.debug")) e.printStackTrace(line.getErr());
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (Error e) { // picocli hands exceptions to the handler above, errors reach here
            err.println("strata: " + internalError(message(e)));
            if (Boolean.getBoolean("strata.debug")) e.printStackTrace(err);
            return 2;
        }
    }

    /** "internal error: why" in the user's language, or in English where even that cannot be said. */
    private static String internalError(String why) {
        try {
            return Say.that("internalError", why);
        } catch (RuntimeException | Error e) {
            return "internal error: " + why;
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return org.strata.engine.Phrases.say(m.lines().findFirst().orElse(m)); // the engine's words in the user's language
    }

    /** A command line picocli cannot parse: what is wrong, in the user's language, then the command's usage; exit 2. */
    private static int parseError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter err = c.getErr();
        err.println(parseMessage(e, java.util.Locale.getDefault()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        c.usage(err);
        return 2;
    }

    /** picocli's own message in English; in another language, the common mistakes said in it, the rare ones as picocli says them. */
    static String parseMessage(CommandLine.ParameterException e, java.util.Locale locale) {
        if (Say.help(locale) == null) return e.getMessage();
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (CommandLine.Model.ArgSpec a : m.getMissing()) {
                names.add(a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel());
            }
            return Say.that(locale, "parse.missing", String.join(", ", names), names.size());
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Say.that(locale, "parse.unknown", String.join(" ", u.getUnmatched()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            CommandLine.Model.ArgSpec a = e.getArgSpec();
            String name = a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
            return Say.that(locale, "parse.invalid", name, e.getValue(), e.getMessage());
        }
        return e.getMessage();
    }
}
