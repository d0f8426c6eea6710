package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.strata.engine.CorpusService;
import org.strata.engine.Response;
import org.strata.engine.Search;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassagePage;
import org.strata.store.PassageQuery;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds passages by full text (Lucene syntax: words, \"phrases\", AND/OR/NOT, prefix*) or, with "
                + "--semantic, by meaning (nearest embeddings).",
                "Filters: layer=NAME|none, status=candidate|accepted|rejected|duplicate, density=0.5..1|>=0.7, source=PATH, "
                        + "language=CODE, concept=NAME, cluster=N, scored=true|false."})
final class SearchCommand implements Callable<Integer> {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Parameters(index = "1", paramLabel = "QUERY", description = "what to look for (\"*:*\" for everything)")
    String query;

    @Option(names = "--semantic", description = "search by meaning instead of words")
    boolean semantic;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "keep passages that match (repeatable)")
    List<String> filters;

    @Option(names = {"-k", "--limit"}, paramLabel = "N", defaultValue = "10", description = "how many passages (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "relevance",
            description = "relevance, density, tokens, source, layer, status or id (default: ${DEFAULT-VALUE}; full text only)")
    String sort;

    @Option(names = "--json", description = "one JSON object per passage")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PassageFilter filter = Search.filter(filters);
        PassageQuery.SortKey key;
        try {
            key = PassageQuery.SortKey.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort '" + sort + "': one of relevance, density, tokens, source, layer, status, id");
        }
        try (CorpusService service = corpus.service()) {
            if (!semantic && !service.searchKnowsLanguages()) {
                spec.commandLine().getErr().println("strata search: " + Say.that("search.oldIndex", corpus.dir()));
            }
            PassageQuery q = semantic ? service.byMeaning(query, k).orThrow() : PassageQuery.text(query).sort(key).page(0, k);
            Response<PassagePage> page = service.search(q.filter(filter));
            for (Passage p : page.orThrow().rows()) out.println(json ? GSON.toJson(toJson(p)) : line(p));
            if (!json) out.println(Say.that("search.shown", page.value().rows().size(), page.value().total()));
        }
        return 0;
    }

    static String line(Passage p) {
        String text = p.text().replaceAll("\\s+", " ");
        // a suggested layer carries how sure it is ("logic~62%"); the expert's stands alone
        String layer = p.layer().isEmpty() ? "-" : p.suggested() ? p.layer() + "~" + Math.round(100 * p.confidence()) + "%" : p.layer();
        return String.format(Locale.ROOT, "%s  %s  %-10s %-9s %s  %s", p.id(), p.scored() ? Say.number(p.density(), "0.000") : "  -  ",
                layer, p.status().label(), Path.of(p.source()).getFileName(),
                text.length() > 100 ? text.substring(0, 100) + "..." : text);
    }

    static JsonObject toJson(Passage p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("source", p.source());
        o.addProperty("layer", p.layer());
        if (!p.layer().isEmpty()) o.addProperty("placed", p.suggested() ? "suggested" : "expert");
        if (p.suggested()) o.addProperty("confidence", p.confidence());
        o.addProperty("status", p.status().label());
        o.addProperty("language", p.language());
        if (p.scored()) o.addProperty("density", p.density());
        o.addProperty("tokens", p.tokens());
        o.addProperty("text", p.text());
        return o;
    }
}
