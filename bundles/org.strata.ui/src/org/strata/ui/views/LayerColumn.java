package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.strata.engine.CorpusFolder;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.ModelCommands;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * One column of the layer board: a layer's figures, how many of its passages the expert placed and how many were
 * suggested (and the placement's accuracy on it), its editable settings, and its densest passages or its least sure
 * suggestions, where keys confirm or correct them.
 */
public final class LayerColumn {
    private final Composite root;
    private final String name;
    private final Layer layer;
    private final Label title;
    private final Label figures;
    private final Label placement;
    private final Canvas goalBar;
    private final Canvas histogram;
    private final EditField description;
    private final EditField goal;
    private final EditField minDensity;
    private final EditField reads;
    private final EditField readTo;
    private final Table table;
    private LayerBoardData.Column data;

    /** What a key in the column's list decides: the selected passages' ids and the layer they go to. */
    interface Decide {
        void decide(List<String> ids, String layer);
    }

    private final Decide decide;
    private final java.util.function.IntFunction<String> layerAt;
    private TableColumn textColumn;
    private boolean pickFirst;

    LayerColumn(Composite parent, Font bold, CorpusFolder corpus, String name, Layer layer, Consumer<String> select, Decide decide,
            java.util.function.IntFunction<String> layerAt) {
        this.decide = decide;
        this.layerAt = layerAt;
        this.name = name;
        this.layer = layer;
        root = new Composite(parent, SWT.BORDER);
        GridLayout gl = new GridLayout(2, false);
        gl.verticalSpacing = 4;
        root.setLayout(gl);
        title = new Label(root, SWT.NONE);
        title.setFont(bold);
        title.setLayoutData(span(2));
        figures = new Label(root, SWT.NONE);
        figures.setLayoutData(span(2));
        placement = new Label(root, SWT.WRAP); // "12 placed by you · 340 suggested · accuracy 91% (tested on 48)" is long in Russian
        GridData pd = span(2);
        pd.widthHint = 200;
        placement.setLayoutData(pd);
        placement.setToolTipText(Messages.Column_placementTip);
        goalBar = new Canvas(root, SWT.DOUBLE_BUFFERED);
        GridData gb = span(2);
        gb.heightHint = 16;
        goalBar.setLayoutData(gb);
        goalBar.addPaintListener(e -> paintGoal(e.gc, goalBar.getClientArea()));
        histogram = new Canvas(root, SWT.DOUBLE_BUFFERED);
        GridData hd = span(2);
        hd.heightHint = 80;
        histogram.setLayoutData(hd);
        histogram.addPaintListener(e -> paintHistogram(e.gc, histogram.getClientArea()));
        histogram.setToolTipText(Messages.Column_histogramTip);
        if (layer != null) {
            CorpusPackage p = CorpusPackage.eINSTANCE;
            Text box = new Text(root, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            GridData dd = span(2);
            dd.heightHint = 54;
            dd.widthHint = 200;
            box.setLayoutData(dd);
            box.setMessage(Messages.Column_descriptionHint);
            description = new EditField(box, null, v -> ModelCommands.set(domain(), Texts.format(Messages.Edit_describeLayer, name), layer, p.getLayer_Description(),
                    v.isBlank() ? null : v.strip()));
            goal = new EditField(field(Messages.Column_goal), Messages.Column_goalTip,
                    v -> ModelCommands.set(domain(), Texts.format(Messages.Edit_setGoal, name), layer, p.getLayer_GoalTokens(), parseTokens(v)));
            minDensity = new EditField(field(Messages.Column_minDensity), Messages.Column_minDensityTip,
                    v -> ModelCommands.set(domain(), Texts.format(Messages.Edit_setMinDensity, name), layer, p.getLayer_MinDensity(), parseDensity(v)));
            reads = new EditField(field(Messages.Column_reads), Messages.Column_readsTip,
                    v -> ModelCommands.set(domain(), Texts.format(Messages.Edit_setReads, name), layer, p.getLayer_Reads(), parseReads(v)));
            readTo = new EditField(field(Messages.Column_readTo), Messages.Column_readToTip,
                    v -> ModelCommands.set(domain(), Texts.format(Messages.Edit_setReadTo, name), layer, p.getLayer_ReadTokens(), parseTokens(v)));
            reads.text().setMessage("1"); // empty reads the stage once
            readTo.text().setMessage("\u2014"); // empty sets no token target
        } else {
            description = null;
            goal = null;
            minDensity = null;
            reads = null;
            readTo = null;
        }
        table = new Table(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData td = span(2);
        td.heightHint = 200;
        td.grabExcessVerticalSpace = true;
        td.verticalAlignment = SWT.FILL;
        table.setLayoutData(td);
        table.setHeaderVisible(true);
        TableColumn d = new TableColumn(table, SWT.RIGHT);
        d.setText(Messages.Column_density);
        d.pack(); // as wide as its title: "Плотность" is longer than "Density"
        d.setWidth(Math.max(62, d.getWidth()));
        TableColumn placed = new TableColumn(table, SWT.RIGHT);
        placed.setText(Messages.Column_placed);
        placed.setToolTipText(Messages.Column_placedTip);
        placed.pack();
        placed.setWidth(Math.max(56, placed.getWidth()));
        textColumn = new TableColumn(table, SWT.LEFT);
        textColumn.setText(Messages.Column_densest);
        textColumn.setWidth(400);
        PassageDrag.source(table, this::selectedIds);
        table.addListener(SWT.KeyDown, this::key);
        for (Control c : new Control[] {root, title, figures, placement, goalBar, histogram, table}) c.addListener(SWT.MouseDown, e -> select.accept(name));
        for (EditField x : new EditField[] {description, goal, minDensity, reads, readTo}) {
            if (x != null) x.text().addListener(SWT.FocusIn, e -> select.accept(name));
        }
    }

    private Text field(String label) {
        Label l = new Label(root, SWT.NONE);
        l.setText(label);
        Text t = new Text(root, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private static org.eclipse.emf.edit.domain.EditingDomain domain() {
        return CorpusSession.get().editing().domain();
    }

    private static GridData span(int n) {
        GridData g = new GridData(SWT.FILL, SWT.TOP, true, false);
        g.horizontalSpan = n;
        return g;
    }

    String name() {
        return name;
    }

    Layer layer() {
        return layer;
    }

    Table table() {
        return table;
    }

    /** The controls a drop of passages on this column may land on: the column and everything in it. */
    List<Control> dropAreas() {
        List<Control> all = new ArrayList<>();
        all.add(root);
        all.addAll(List.of(root.getChildren()));
        return all;
    }

    void setLayoutData(Object data) {
        root.setLayoutData(data);
    }

    String figures() {
        return figures.getText();
    }

    /** The selected column (the one the toolbar's moves and rename act on) is tinted. */
    void setSelected(boolean on) {
        Color tint = on ? new Color(222, 234, 250) : null;
        root.setBackground(tint);
        title.setBackground(tint);
        figures.setBackground(tint);
        for (Control c : root.getChildren()) if (c instanceof Label) c.setBackground(tint);
    }

    /** A layer's kind in the workbench's language (a layer named as its kind shows no kind beside its name). */
    private static String kindName(org.strata.model.corpus.LayerKind kind) {
        return switch (kind) {
            case CONCEPTS -> Messages.Kind_concepts;
            case LOGIC -> Messages.Kind_logic;
            case STRATEGIES -> Messages.Kind_strategies;
            case PARADOXES -> Messages.Kind_paradoxes;
            case CUSTOM -> Messages.Kind_custom;
        };
    }

    /** The placement line: passages placed by the expert and suggested, and the accuracy measured, for tests. */
    String placement() {
        return placement.getText();
    }

    private boolean unsureFirst;

    void show(LayerBoardData.Column c, boolean unsure) {
        unsureFirst = unsure;
        data = c;
        String kind = layer == null || layer.getKind() == null ? name : kindName(layer.getKind());
        title.setText(layer == null ? Messages.Column_noLayer : layer.getOrder() + ". " + name + (kind.equals(name) ? "" : "   \u00b7 " + kind));
        long goalTokens = layer == null ? 0 : layer.getGoalTokens();
        figures.setText(Texts.format(Messages.Column_figures, c.passages(), LayerBoardView.tokens(c.tokens()), c.tokens(),
                goalTokens > 0 ? Texts.format(Messages.Column_ofGoal, LayerBoardView.tokens(goalTokens),
                        String.format(Locale.getDefault(), "%.0f%%", 100.0 * c.tokens() / goalTokens)) : ""));
        if (layer != null) {
            description.show(layer.getDescription());
            goal.show(layer.getGoalTokens() > 0 ? String.format(Locale.ROOT, "%,d", layer.getGoalTokens()) : "");
            minDensity.show(layer.getMinDensity() > 0 ? String.format(Locale.ROOT, "%.2f", layer.getMinDensity()) : "");
            reads.show(layer.getReads() > 1 ? Integer.toString(layer.getReads()) : "");
            readTo.show(layer.getReadTokens() > 0 ? String.format(Locale.ROOT, "%,d", layer.getReadTokens()) : "");
        }
        placement.setText(layer == null ? "" : Double.isNaN(c.accuracy()) ? Texts.format(Messages.Column_placement, c.expert(), c.suggested())
                : Texts.format(Messages.Column_placementMeasured, c.expert(), c.suggested(), Texts.percent(c.accuracy()), c.heldOut()));
        textColumn.setText(unsureFirst ? Messages.Column_unsure : Messages.Column_densest);
        textColumn.setToolTipText(unsureFirst ? Messages.Board_unsureFirstTip : null);
        table.setRedraw(false);
        table.removeAll();
        for (Passage p : c.top()) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(0, p.scored() ? String.format(Locale.getDefault(), "%.3f", p.density()) : "-");
            it.setText(1, p.layer().isEmpty() ? "" : p.suggested() ? Texts.percent(p.confidence()) : Messages.Column_placedByExpert);
            it.setText(2, p.text().replaceAll("\\s+", " "));
            if (p.suggested()) it.setForeground(1, table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            it.setData(p);
        }
        table.setRedraw(true);
        if (pickFirst && table.getItemCount() > 0) {
            pickFirst = false;
            table.setSelection(0);
            table.setFocus();
        }
        goalBar.redraw();
        histogram.redraw();
    }

    /** Types into a field (description, goal, minDensity, reads, readTo) and applies it, as leaving the box does. */
    void edit(String field, String value) {
        if (layer == null) return;
        switch (field) {
            case "description" -> description.type(value);
            case "goal" -> goal.type(value);
            case "minDensity" -> minDensity.type(value);
            case "reads" -> reads.type(value);
            case "readTo" -> readTo.type(value);
            default -> throw new IllegalArgumentException("no field " + field);
        }
    }

    /** "3", "3x" or "\u00d73": how many times the stage is read; empty for once. */
    static int parseReads(String s) {
        String v = s.strip().replaceAll("^[\u00d7xX]\\s*|\\s*[\u00d7xX]$", "");
        if (v.isEmpty()) return 1;
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > 100) throw new IllegalArgumentException(Texts.format(Messages.Check_readsRange, s.strip()));
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.format(Messages.Check_readsRange, s.strip()));
        }
    }

    /** "1,000,000", "1M", "250k", or empty for no goal. */
    static long parseTokens(String s) {
        String v = Texts.ungrouped(s).toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return 0;
        double scale = v.endsWith("k") ? 1e3 : v.endsWith("m") ? 1e6 : v.endsWith("b") ? 1e9 : 1;
        if (scale > 1) v = v.substring(0, v.length() - 1);
        try {
            double x = Double.parseDouble(v) * scale;
            if (x < 0) throw new IllegalArgumentException(Messages.Check_negativeGoal);
            return Math.round(x);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.format(Messages.Check_notTokens, s.strip()));
        }
    }

    static double parseDensity(String s) {
        String v = s.strip();
        if (v.isEmpty()) return 0;
        try {
            double x = Texts.fraction(v);
            if (x < 0 || x > 1) throw new IllegalArgumentException(Texts.format(Messages.Check_densityRange, v));
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.format(Messages.Check_notDensity, v));
        }
    }

    /**
     * The quick decisions, as in the Choose view: Enter confirms the selected suggestions where they are (the expert's
     * placement now), a digit moves the selection to that layer of the curriculum (1 the first); the next passage is
     * selected when the list comes back.
     */
    private void key(org.eclipse.swt.widgets.Event e) {
        List<String> ids = selectedIds();
        if (ids.isEmpty() || layer == null && (e.character == SWT.CR || e.character == SWT.LF)) return;
        String to = e.character == SWT.CR || e.character == SWT.LF ? name
                : e.character >= '1' && e.character <= '9' ? layerAt.apply(e.character - '1') : null;
        if (to == null) return;
        e.doit = false;
        pickFirst = true;
        decide.decide(ids, to);
    }

    /** Confirms (Enter) or moves (a digit) the selected passages, as the keys do: for tests. */
    void press(char key) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.character = key;
        e.doit = true;
        key(e);
    }

    private List<String> selectedIds() {
        List<String> ids = new ArrayList<>();
        for (TableItem t : table.getSelection()) ids.add(((Passage) t.getData()).id());
        return ids;
    }

    private void paintGoal(GC gc, Rectangle r) {
        if (data == null) return;
        long goalTokens = layer == null ? 0 : layer.getGoalTokens();
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(0, 2, r.width, r.height - 4);
        double f = goalTokens > 0 ? Math.min(1, (double) data.tokens() / goalTokens) : 0;
        Color fill = new Color(f >= 1 ? 60 : 70, f >= 1 ? 160 : 130, f >= 1 ? 80 : 200);
        gc.setBackground(fill);
        gc.fillRectangle(0, 2, (int) (r.width * f), r.height - 4);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(0, 2, r.width - 1, r.height - 5);
        String label = goalTokens > 0 ? Texts.format(Messages.Column_goalShare, String.format(Locale.getDefault(), "%.0f%%", 100.0 * data.tokens() / goalTokens))
                : Messages.Column_noGoal;
        Point ext = gc.textExtent(label);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(label, (r.width - ext.x) / 2, (r.height - ext.y) / 2, true);
    }

    private void paintHistogram(GC gc, Rectangle r) {
        if (data == null) return;
        long[] bins = data.bins();
        long max = 1;
        for (long b : bins) max = Math.max(max, b);
        int axis = r.height - gc.getFontMetrics().getHeight() - 1;
        int w = r.width / bins.length;
        for (int i = 0; i < bins.length; i++) {
            int h = (int) Math.round((axis - 2) * (double) bins[i] / max);
            gc.setBackground(DensityColors.strong((i + 0.5f) / bins.length));
            gc.fillRectangle(i * w + 1, axis - h, w - 2, h);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(0, axis, r.width, axis);
        gc.drawText("0", 0, axis + 1, true);
        gc.drawText(Messages.Column_axis, r.width / 2 - gc.textExtent(Messages.Column_axis).x / 2, axis + 1, true);
        gc.drawText("1", r.width - gc.textExtent("1").x, axis + 1, true);
    }
}
