package org.strata.ui.views;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.strata.engine.CorpusFolder;
import org.strata.engine.EmbeddingMap;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.StoreSummary;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.preferences.Preferences;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Charts of the corpus: the density histogram of each layer, each layer's tokens against its goal, and a map of
 * the passages (their embeddings projected to two dimensions) coloured by layer or by density. A click on the map
 * selects the passage nearest the pointer, which the Passage in Context view then shows.
 */
public final class ChartsView extends CorpusView {
    public static final String ID = "org.strata.ui.charts";
    static final int BINS = 20;
    private static final String READ = Messages.Charts_job;

    /** What the charts draw, read off the UI thread. */
    record Data(List<String> layers, List<Long> goals, StoreSummary summary, List<EmbeddingMap.Point> map, long millis) {}

    private Canvas bars;
    private Canvas map;
    private Combo colour;
    private Label mapInfo;
    private Data data;
    /** The layers and goals of the latest read started (null before any): what the charts will show once it ends. */
    private List<String> readLayers;
    private List<Long> readGoals;
    private EmbeddingMap.Point picked;
    private final SelectionSource selection = new SelectionSource();

    @Override
    protected Control create(Composite parent) {
        UndoKeys.install(getViewSite()); // Ctrl+Z works wherever the focus is
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        bars = new Canvas(sash, SWT.DOUBLE_BUFFERED);
        bars.addPaintListener(e -> paintBars(e.gc, bars.getClientArea()));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(3, false));
        new Label(right, SWT.NONE).setText(Messages.Charts_colourBy);
        colour = new Combo(right, SWT.READ_ONLY);
        colour.setItems(Messages.Charts_byLayer, Messages.Charts_byDensity);
        colour.select(0);
        colour.addListener(SWT.Selection, e -> map.redraw());
        mapInfo = new Label(right, SWT.NONE);
        mapInfo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        map = new Canvas(right, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        GridData md = new GridData(SWT.FILL, SWT.FILL, true, true);
        md.horizontalSpan = 3;
        map.setLayoutData(md);
        map.addPaintListener(e -> paintMap(e.gc, map.getClientArea()));
        map.addListener(SWT.MouseDown, e -> click(e.x, e.y));
        sash.setWeights(40, 60);
        getSite().setSelectionProvider(selection);
        return map;
    }

    /**
     * The bars draw tokens per layer against its goal, the map colours by layer or density: a change of status or
     * concept tags leaves both, and so does a model edit that keeps the layers and their goals.
     */
    @Override
    protected void changed(CorpusChange change) {
        if (change instanceof CorpusChange.Passages p && !p.touches(CorpusChange.Aspect.ADDED, CorpusChange.Aspect.DENSITY, CorpusChange.Aspect.LAYER)) return;
        if (change instanceof CorpusChange.Model m && m.corpus().layerNames().equals(readLayers) && goals(m.corpus()).equals(readGoals)) return;
        reload();
    }

    private static List<Long> goals(CorpusFolder corpus) {
        return corpus.corpus().getLayers().stream().map(Layer::getGoalTokens).toList();
    }

    /** Reads the figures and the map's sample in a job; returns it so that tests can wait for it. */
    public Job reload() {
        CorpusFolder corpus = current();
        if (corpus == null) {
            drop(READ);
            readLayers = null;
            readGoals = null;
            data = null;
            mapInfo.setText(Messages.Charts_noCorpus);
            bars.redraw();
            map.redraw();
            return null;
        }
        List<String> layers = corpus.layerNames();
        List<Long> goals = goals(corpus);
        readLayers = layers; // what the latest read draws: a model edit that leaves them needs no other
        readGoals = goals;
        mapInfo.setText(Messages.Charts_reading);
        return read(READ, Messages.Charts_cannotDraw, () -> {
            long t0 = System.nanoTime();
            StoreSummary summary = service(corpus).summary(PassageFilter.NONE, BINS).orThrowIO();
            List<EmbeddingMap.Point> points = EmbeddingMap.of(corpus, Preferences.mapSample());
            return new Data(layers, goals, summary, points, (System.nanoTime() - t0) / 1_000_000);
        }, d -> {
                    long ms = d.millis();
                    data = d;
                    picked = null;
                    mapInfo.setText(d.map().isEmpty() ? Messages.Charts_noEmbedding
                            : Texts.format(Messages.Charts_mapInfo, d.map().size(), d.summary().passages(), String.valueOf(ms)));
                    mapInfo.setToolTipText(Messages.Charts_mapTip);
                    bars.redraw();
                    map.redraw();
                });
    }

    private void paintBars(GC gc, Rectangle r) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(r);
        if (data == null) return;
        int pad = 8, lineH = gc.getFontMetrics().getHeight();
        int y = pad;
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(Messages.Charts_densityPerLayer, pad, y, true);
        y += lineH + 4;
        List<String> layers = data.layers();
        int rowH = Math.max(34, Math.min(80, (r.height / 2 - y) / Math.max(1, layers.size())));
        int labelW = 110, w = Math.max(40, r.width - labelW - 2 * pad);
        for (int i = 0; i < layers.size(); i++) {
            long[] bins = data.summary().densityBins(layers.get(i));
            long max = 1, n = 0;
            for (long b : bins) {
                max = Math.max(max, b);
                n += b;
            }
            gc.setForeground(DensityColors.layer(i));
            gc.drawText(layers.get(i), pad, y + 2, true);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(String.format(Locale.getDefault(), "%,d", n), pad, y + 2 + lineH, true);
            int bw = Math.max(1, w / bins.length);
            for (int b = 0; b < bins.length; b++) {
                int h = (int) Math.round((rowH - 6) * (double) bins[b] / max);
                gc.setBackground(DensityColors.strong((b + 0.5f) / bins.length));
                gc.fillRectangle(pad + labelW + b * bw, y + rowH - 4 - h, Math.max(1, bw - 1), h);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(pad + labelW, y + rowH - 4, pad + labelW + bw * bins.length, y + rowH - 4);
            y += rowH;
        }
        y += lineH;
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(Messages.Charts_tokensPerLayer, pad, y, true);
        y += lineH + 4;
        long most = 1;
        for (int i = 0; i < layers.size(); i++) {
            most = Math.max(most, tokens(i));
            most = Math.max(most, data.goals().get(i));
        }
        int barH = Math.max(12, Math.min(24, (r.height - y - pad) / Math.max(1, layers.size()) - 6));
        for (int i = 0; i < layers.size(); i++) {
            long t = tokens(i), goal = data.goals().get(i);
            gc.setForeground(DensityColors.layer(i));
            gc.drawText(layers.get(i), pad, y, true);
            int tw = (int) (w * (double) t / most);
            gc.setBackground(DensityColors.layer(i));
            gc.fillRectangle(pad + labelW, y + 2, Math.max(1, tw), barH - 4);
            if (goal > 0) {
                int gx = pad + labelW + (int) (w * (double) goal / most);
                gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(2);
                gc.drawLine(gx, y, gx, y + barH);
                gc.setLineWidth(1);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            String label = LayerBoardView.tokens(t) + (goal > 0 ? " / " + LayerBoardView.tokens(goal) : "");
            gc.drawText(label, pad + labelW + Math.min(tw + 4, w - gc.textExtent(label).x), y + (barH - lineH) / 2, true);
            y += barH + 6;
        }
    }

    private long tokens(int layer) {
        long[] v = data.summary().byLayer().get(data.layers().get(layer));
        return v == null ? 0 : v[1];
    }

    private void paintMap(GC gc, Rectangle r) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(r);
        if (data == null || data.map().isEmpty()) return;
        gc.setAntialias(SWT.ON);
        boolean byLayer = colour.getSelectionIndex() == 0;
        int size = data.map().size() > 2000 ? 4 : 6;
        for (EmbeddingMap.Point p : data.map()) {
            gc.setBackground(byLayer ? DensityColors.layer(data.layers().indexOf(p.layer())) : DensityColors.strong(p.density()));
            gc.fillOval(x(p, r) - size / 2, y(p, r) - size / 2, size, size);
        }
        if (picked != null) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawOval(x(picked, r) - 7, y(picked, r) - 7, 14, 14);
            gc.setLineWidth(1);
        }
        if (byLayer) { // the legend
            int lx = r.width - 130, ly = 8, lh = gc.getFontMetrics().getHeight();
            for (int i = 0; i < data.layers().size(); i++) {
                gc.setBackground(DensityColors.layer(i));
                gc.fillOval(lx, ly + i * lh + lh / 2 - 4, 8, 8);
                gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawText(data.layers().get(i), lx + 12, ly + i * lh, true);
            }
        }
    }

    private static int x(EmbeddingMap.Point p, Rectangle r) {
        return 10 + (int) (p.x() * (r.width - 20));
    }

    private static int y(EmbeddingMap.Point p, Rectangle r) {
        return 10 + (int) ((1 - p.y()) * (r.height - 20));
    }

    /** Selects the passage drawn nearest to a point of the map (within 12 pixels); returns its id, or null. */
    public String click(int px, int py) {
        if (data == null) return null;
        Rectangle r = map.getClientArea();
        EmbeddingMap.Point best = null;
        double bestD = 12 * 12;
        for (EmbeddingMap.Point p : data.map()) {
            double dx = x(p, r) - px, dy = y(p, r) - py, d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = p;
            }
        }
        picked = best;
        map.redraw();
        if (best == null) return null;
        CorpusFolder corpus = current();
        String id = best.id();
        Job.create(Messages.Charts_opening, monitor -> {
            try {
                Passage p = corpus == null ? null : service(corpus).passage(id).orThrowIO();
                if (p != null) later(() -> selection.setSelection(new StructuredSelection(p)));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(Texts.format(Messages.Context_cannotReadPassage, id) + ": " + e.getMessage(), e);
            }
        }).schedule();
        return id;
    }

    /** Where a passage is drawn on the map, in the map's pixels; null when it is not on it (for tests). */
    public int[] pointOf(String id) {
        if (data == null) return null;
        Rectangle r = map.getClientArea();
        for (EmbeddingMap.Point p : data.map()) if (p.id().equals(id)) return new int[] {x(p, r), y(p, r)};
        return null;
    }

    /** The ids on the map, for tests. */
    public List<String> mapIds() {
        return data == null ? List.of() : data.map().stream().map(EmbeddingMap.Point::id).toList();
    }

    public String mapInfo() {
        return mapInfo.getText();
    }

    @Override
    public void setFocus() {
        map.setFocus();
    }

}
