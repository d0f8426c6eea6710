package org.strata.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.CorpusStats;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.IngestStatus;
import org.strata.model.corpus.Source;
import org.strata.store.PassageFilter;
import org.strata.store.StoreSummary;
import org.strata.ui.Messages;
import org.strata.ui.Texts;


/** Builds the explorer's tree from a corpus (off the UI thread: it reads the store's counts). */
public final class ExplorerContent {
    private ExplorerContent() {}

    static List<ExplorerNode> build(CorpusService service) throws IOException {
        CorpusFolder corpus = service.folder();
        StoreSummary summary = service.summary(PassageFilter.NONE, 10).orThrowIO(); // one pass over the store for layers and sources
        CorpusStats stats = CorpusStats.of(corpus, summary);
        List<ExplorerNode> layers = new ArrayList<>();
        for (CorpusStats.LayerCount l : stats.layers()) {
            layers.add(new ExplorerNode(ExplorerNode.Kind.LAYER, l.name(),
                    Texts.format(Messages.Explorer_passagesAndTokens, l.passages(), l.tokens()), l.name(), List.of()));
        }
        if (stats.unassigned() > 0) {
            layers.add(new ExplorerNode(ExplorerNode.Kind.LAYER, Messages.Explorer_noLayer,
                    Texts.format(Messages.Explorer_passages, stats.unassigned()), "", List.of()));
        }
        List<ExplorerNode> concepts = new ArrayList<>();
        for (Concept k : corpus.corpus().getConcepts()) {
            long n = service.count(PassageFilter.NONE.withConcept(k.getName())).orThrowIO();
            concepts.add(new ExplorerNode(ExplorerNode.Kind.CONCEPT, k.getName(), Texts.format(Messages.Explorer_passages, n), k.getName(), List.of()));
        }
        concepts.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        Map<String, long[]> counts = summary.bySource();
        List<ExplorerNode> sources = new ArrayList<>();
        for (Source s : corpus.corpus().getSources()) {
            String name = displayName(s.getUri());
            String detail = s.getStatus() == IngestStatus.OK
                    ? Texts.format(Messages.Explorer_passages, counts.getOrDefault(s.getUri(), new long[1])[0])
                    : "(" + Texts.outcome(s.getStatus().getLiteral()) + (s.getReason() == null ? "" : ": " + org.strata.engine.Phrases.say(s.getReason())) + ")";
            sources.add(new ExplorerNode(ExplorerNode.Kind.SOURCE, name, detail, s.getUri(), List.of()));
        }
        return List.of(
                new ExplorerNode(ExplorerNode.Kind.GROUP, Messages.Explorer_layers, Texts.format(Messages.Explorer_passages, stats.passages()), null, layers),
                new ExplorerNode(ExplorerNode.Kind.GROUP, Messages.Explorer_concepts, Texts.format(Messages.Explorer_count, concepts.size()), null, concepts),
                new ExplorerNode(ExplorerNode.Kind.GROUP, Messages.Explorer_sources, Texts.format(Messages.Explorer_count, sources.size()), null, sources));
    }

    /** A source's name in the tree: its file name, or for an archive member "season.zip!/notes/contact.txt". */
    static String displayName(String uri) {
        int bang = uri.indexOf("!/");
        String file = bang < 0 ? uri : uri.substring(0, bang);
        Path name = Path.of(file).getFileName();
        return (name == null ? file : name.toString()) + (bang < 0 ? "" : uri.substring(bang));
    }
}
