package org.strata.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusService;
import org.strata.engine.PassageChange;
import org.strata.engine.PassageSelection;
import org.strata.engine.Response;
import org.strata.engine.Search;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

import org.strata.options.CorpusDir;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "passages", mixinStandardHelpOptions = true,
        description = "Changes every passage that a query and filters match (all of them, not a page), in one commit: "
                + "assign a layer, accept, reject or tag a concept. The text is never rewritten.")
final class PassagesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--query", paramLabel = "Q", description = "full-text query (default: every passage)")
    String query;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "keep passages that match (repeatable, see strata search --help)")
    List<String> filters;

    @Option(names = "--id", paramLabel = "ID", description = "one passage by id (repeatable)")
    List<String> ids;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--set-layer", paramLabel = "LAYER", description = "put the passages in this layer") String layer;
        @Option(names = "--accept", description = "mark the passages accepted") boolean accept;
        @Option(names = "--reject", description = "mark the passages rejected") boolean reject;
        @Option(names = "--tag", paramLabel = "CONCEPT", description = "tag the passages with this concept") String concept;
    }

    @Override
    public Integer call() throws Exception {
        try (CorpusService service = corpus.service()) {
            PassageSelection selection = ids != null && !ids.isEmpty() ? new PassageSelection.Ids(ids)
                    : new PassageSelection.Matching((query == null ? PassageQuery.all() : PassageQuery.text(query)).filter(Search.filter(filters)));
            Response<CorpusService.PassagesEdited> r = service.editPassages(selection, change());
            if (!r.ok()) {
                boolean noConcept = action.concept != null && r.message().startsWith("no concept named");
                throw new IllegalArgumentException(r.message() + (noConcept ? "; add it with: strata concepts " + corpus.dir() + " add \"" + action.concept + "\"" : ""));
            }
            spec.commandLine().getOut().println(org.strata.engine.Phrases.say(r.message()));
        }
        return 0;
    }

    private PassageChange change() {
        if (action.layer != null) return new PassageChange.SetLayer(action.layer);
        if (action.concept != null) return new PassageChange.Tag(action.concept);
        return new PassageChange.SetStatus(action.accept ? PassageStatus.ACCEPTED : PassageStatus.REJECTED);
    }
}
