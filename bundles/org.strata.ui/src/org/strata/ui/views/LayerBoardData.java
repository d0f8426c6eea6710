package org.strata.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.StoreSummary;


/** What the layer board shows, read off the UI thread: per layer its counts, its density histogram and its densest passages. */
public record LayerBoardData(List<Column> columns) {
    static final int BINS = 10;
    static final int TOP = 40;

    /** One layer ({@code layer} null for the passages in no layer). */
    record Column(String name, Layer layer, long passages, long tokens, long[] bins, List<Passage> top) {}

    static LayerBoardData read(CorpusService service) throws IOException {
        CorpusFolder corpus = service.folder();
        StoreSummary s = service.summary(PassageFilter.NONE, BINS).orThrowIO();
        List<Column> columns = new ArrayList<>();
        for (Layer l : List.copyOf(corpus.corpus().getLayers())) columns.add(column(service, s, l.getName(), l));
        long[] none = s.byLayer().get("");
        if (none != null && none[0] > 0) columns.add(column(service, s, "", null));
        return new LayerBoardData(columns);
    }

    private static Column column(CorpusService service, StoreSummary s, String name, Layer layer) throws IOException {
        long[] counts = s.byLayer().getOrDefault(name, new long[2]);
        List<Passage> top = counts[0] == 0 ? List.of()
                : service.search(PassageQuery.all().filter(PassageFilter.NONE.withLayer(name)).page(0, TOP)).orThrowIO().rows();
        return new Column(name, layer, counts[0], counts[1], s.densityBins(name), top);
    }
}
