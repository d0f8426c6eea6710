package org.strata.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.Search;
import org.strata.model.Curriculum;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.Concept;
import org.strata.store.BulkEdit;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "passages", mixinStandardHelpOptions = true,
        description = "Changes every passage that a query and filters match (all of them, not a page), in one commit: "
                + "assign a layer, accept, reject or tag a concept. The text is never rewritten.")
final class PassagesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the corpus folder")
    Path dir;

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
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            BulkEdit edit = edit(c);
            int changed = 0;
            if (ids != null && !ids.isEmpty()) {
                changed = c.store().bulk(ids, edit);
            } else {
                PassageQuery q = (query == null ? PassageQuery.all() : PassageQuery.text(query)).filter(Search.filter(filters));
                changed = c.store().bulk(q, edit);
            }
            spec.commandLine().getOut().println(changed + " passages changed");
        }
        return 0;
    }

    private BulkEdit edit(CorpusFolder c) {
        if (action.layer != null) {
            if (Curriculum.layer(c.corpus(), action.layer) == null) {
                throw new IllegalArgumentException("no layer named '" + action.layer + "'; the layers are " + c.layerNames());
            }
            return BulkEdit.setLayer(action.layer);
        }
        if (action.concept != null) {
            Concept k = Taxonomy.find(c.corpus(), action.concept);
            if (k == null) throw new IllegalArgumentException("no concept named '" + action.concept + "'; add it with: strata concepts "
                    + dir + " add \"" + action.concept + "\"");
            return BulkEdit.tag(k.getName());
        }
        return BulkEdit.setStatus(action.accept ? PassageStatus.ACCEPTED : PassageStatus.REJECTED);
    }
}
