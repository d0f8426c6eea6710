package org.strata.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.LayerPlacement;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.StoreSummary;


/**
 * What the layer board shows, read off the UI thread: per layer its counts (and how many of its passages the expert
 * placed and how many were suggested), its density histogram, its densest passages or its least sure suggestions,
 * and what the last placement measured of it.
 */
public record LayerBoardData(List<Column> columns, LayerPlacement.Result placement) {
    static final int BINS = 10;
    static final int TOP = 40;

    /**
     * One layer ({@code layer} null for the passages in no layer); {@code accuracy} is the cross-validated accuracy of
     * the last placement on the expert's passages of this layer ({@code heldOut} of them), NaN when none was measured.
     */
    record Column(String name, Layer layer, long passages, long tokens, long[] bins, List<Passage> top, long expert, long suggested,
            double accuracy, int heldOut) {}

    static LayerBoardData read(CorpusService service, boolean unsureFirst) throws IOException {
        CorpusFolder corpus = service.folder();
        StoreSummary s = service.summary(PassageFilter.NONE, BINS).orThrowIO();
        LayerPlacement.Result last = LayerPlacement.lastResult(corpus);
        List<Column> columns = new ArrayList<>();
        for (Layer l : List.copyOf(corpus.corpus().getLayers())) columns.add(column(service, s, l.getName(), l, last, unsureFirst));
        long[] none = s.byLayer().get("");
        if (none != null && none[0] > 0) columns.add(column(service, s, "", null, last, unsureFirst));
        return new LayerBoardData(columns, last);
    }

    private static Column column(CorpusService service, StoreSummary s, String name, Layer layer, LayerPlacement.Result last, boolean unsureFirst)
            throws IOException {
        long[] counts = s.byLayer().getOrDefault(name, new long[2]);
        PassageFilter in = PassageFilter.NONE.withLayer(name);
        List<Passage> top = counts[0] == 0 ? List.of()
                : service.search(PassageQuery.all().filter(in).sort(unsureFirst ? PassageQuery.SortKey.CONFIDENCE : PassageQuery.SortKey.DENSITY)
                        .page(0, TOP)).orThrowIO().rows();
        long suggested = name.isEmpty() || counts[0] == 0 ? 0 : service.count(in.withSuggested(true)).orThrowIO();
        double accuracy = Double.NaN;
        int heldOut = 0;
        if (last != null && last.folds() > 0) {
            for (LayerPlacement.LayerCount c : last.layers()) {
                if (c.layer().equals(name)) {
                    accuracy = c.accuracy();
                    heldOut = c.heldOut();
                }
            }
        }
        return new Column(name, layer, counts[0], counts[1], s.densityBins(name), top, name.isEmpty() ? 0 : counts[0] - suggested, suggested,
                accuracy, heldOut);
    }
}
