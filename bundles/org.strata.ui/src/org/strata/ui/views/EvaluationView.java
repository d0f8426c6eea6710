package org.strata.ui.views;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.strata.engine.PackEval;
import org.strata.engine.Phrases;
import org.strata.ui.Messages;
import org.strata.ui.session.OnUiThread;
import org.strata.ui.Texts;


/**
 * Did the pack teach? A pack's eval items answered by a model (a file of answers, one {"id", "answer"} a line) and,
 * beside it, by a baseline, scored against their references: a chart of the mean score per stage, both side by
 * side, and every item with its score and the facts of its reference it hit and missed. Opens the report
 * {@code strata eval --json} wrote too.
 */
public final class EvaluationView extends ViewPart {
    public static final String ID = "org.strata.ui.evaluation";

    /** One stage of the chart: its label, the model's mean score and the baseline's (NaN: none). */
    public record Bar(String stage, double model, double baseline) {}

    private Text pack, answers, baseline;
    private Label summary;
    private Canvas chart;
    private Table table;
    private final List<Bar> bars = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite form = new Composite(root, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        pack = row(form, Messages.Eval_pack, true);
        answers = row(form, Messages.Eval_answers, false);
        baseline = row(form, Messages.Eval_baseline, false);
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button run = new Button(buttons, SWT.PUSH);
        run.setText(Messages.Eval_run);
        run.addListener(SWT.Selection, e -> evaluate());
        Button open = new Button(buttons, SWT.PUSH);
        open.setText(Messages.Eval_openReport);
        open.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(root.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.json", "*"});
            String f = d.open();
            if (f != null) openReport(Path.of(f));
        });
        summary = new Label(buttons, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new Canvas(sash, SWT.DOUBLE_BUFFERED);
        chart.addPaintListener(e -> paint(e.gc, chart.getClientArea()));
        table = new Table(sash, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        for (String[] c : new String[][] {{Messages.Eval_columnItem, "150"}, {Messages.Eval_columnStage, "110"}, {Messages.Eval_columnKind, "160"},
                {Messages.Eval_columnModel, "70"}, {Messages.Eval_columnBaseline, "70"}, {Messages.Eval_columnWhy, "600"}}) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        sash.setWeights(45, 55);
    }

    private Text row(Composite form, String label, boolean folder) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridData g = new GridData(SWT.FILL, SWT.CENTER, true, false);
        g.widthHint = 380;
        t.setLayoutData(g);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(Messages.Eval_browse);
        browse.addListener(SWT.Selection, e -> {
            String f = folder ? new DirectoryDialog(form.getShell()).open() : new FileDialog(form.getShell(), SWT.OPEN).open();
            if (f != null) t.setText(f);
        });
        return t;
    }

    /** Sets the pack, the answers and the baseline's answers (empty: none), as typing them would. */
    public void setInputs(String packFolder, String answersFile, String baselineFile) {
        pack.setText(packFolder);
        answers.setText(answersFile);
        baseline.setText(baselineFile == null ? "" : baselineFile);
    }

    /** Scores the answers in a job and shows the chart and the items; answers the job, for tests. */
    public Job evaluate() {
        String p = pack.getText().strip(), a = answers.getText().strip(), b = baseline.getText().strip();
        if (p.isEmpty() || a.isEmpty()) {
            summary.setText(Messages.Eval_needInputs);
            summary.getParent().layout();
            return null;
        }
        summary.setText(Messages.Eval_scoring);
        Job job = new Job(Messages.Eval_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    var items = PackEval.items(Path.of(p));
                    var model = PackEval.fromFile(items, Path.of(a), Path.of(a).getFileName().toString());
                    var base = b.isEmpty() ? null : PackEval.fromFile(items, Path.of(b), Path.of(b).getFileName().toString());
                    PackEval.Chart report = PackEval.chart(PackEval.json(Path.of(p), items, model, base));
                    OnUiThread.later(chart, () -> show(report));
                    return Status.OK_STATUS;
                } catch (java.io.IOException | RuntimeException e) {
                    OnUiThread.later(chart, () -> {
                        summary.setText(Texts.format(Messages.Eval_cannot, Phrases.say(e.getMessage())));
                        summary.getParent().layout();
                    });
                    return Status.OK_STATUS;
                }
            }
        };
        job.schedule();
        return job;
    }

    /** Shows a report {@code strata eval --json} wrote. */
    public void openReport(Path file) {
        try {
            show(PackEval.chart(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (java.io.IOException | RuntimeException e) {
            summary.setText(Texts.format(Messages.Eval_cannot, Phrases.say(e.getMessage())));
            summary.getParent().layout();
        }
    }

    private void show(PackEval.Chart report) {
        bars.clear();
        for (PackEval.ChartStage s : report.stages()) bars.add(new Bar(s.label(), s.model(), s.baseline()));
        boolean base = !Double.isNaN(report.baseline());
        table.setRedraw(false);
        table.removeAll();
        for (PackEval.ChartRow r : report.items()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] {r.id(), r.layer(), kind(r.kind()), score(r.model()), score(r.baseline()), why(r)});
        }
        table.setRedraw(true);
        summary.setText(!base ? Texts.format(Messages.Eval_summary, score(report.model()), report.scored(), report.items().size())
                : Texts.format(Messages.Eval_summaryBaseline, score(report.model()), score(report.baseline()), report.scored(), report.items().size()));
        summary.getParent().layout();
        chart.redraw();
    }

    /** A kind of item in the workbench's words. */
    private static String kind(String literal) {
        return switch (literal) {
            case "checkQuestion" -> Messages.Verify_kindCheck;
            case "criticalReasoning" -> Messages.Verify_kindCritical;
            case "analogyChain" -> Messages.Verify_kindAnalogy;
            default -> literal;
        };
    }

    /** Why an item scored as it did: its problem, or the facts hit and missed. */
    private static String why(PackEval.ChartRow r) {
        if (r.problem() != null) return Phrases.say(r.problem());
        List<String> parts = new ArrayList<>();
        for (String h : r.hit()) parts.add("+ " + h);
        for (String h : r.missed()) parts.add("\u2212 " + h);
        return String.join("   ", parts);
    }

    private static String score(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.getDefault(), "%.2f", v);
    }

    /** Bars per stage, the model's and the baseline's side by side, on a scale of 0 to 1. */
    private void paint(GC gc, Rectangle area) {
        gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (bars.isEmpty()) {
            gc.drawString(Messages.Eval_empty, 12, 12, true);
            return;
        }
        int left = 44, bottom = area.height - 28, top = 36, h = Math.max(1, bottom - top);
        Color axis = chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(axis);
        for (int t = 0; t <= 4; t++) {
            int y = bottom - t * h / 4;
            gc.drawLine(left - 4, y, area.width - 8, y);
            gc.drawString(String.format(Locale.getDefault(), "%.2f", t / 4.0), 4, y - 7, true);
        }
        Color model = new Color(chart.getDisplay(), 52, 101, 164), base = new Color(chart.getDisplay(), 186, 189, 182);
        try {
            int slot = Math.max(40, (area.width - left - 16) / bars.size());
            int w = Math.max(8, slot / 3);
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                int x = left + i * slot + slot / 6;
                bar(gc, model, x, bottom, w, h, b.model());
                if (!Double.isNaN(b.baseline())) bar(gc, base, x + w + 2, bottom, w, h, b.baseline());
                Point ext = gc.stringExtent(b.stage());
                gc.setForeground(axis);
                gc.drawString(b.stage(), x + w - ext.x / 2, bottom + 6, true);
            }
            // the legend at the top right, clear of the bars' figures
            int lx = area.width - 16 - gc.stringExtent(Messages.Eval_legendModel).x - gc.stringExtent(Messages.Eval_legendBaseline).x - 60;
            gc.setBackground(model);
            gc.fillRectangle(lx, 6, 10, 10);
            gc.setForeground(axis);
            gc.drawString(Messages.Eval_legendModel, lx + 14, 2, true);
            int bx = lx + 30 + gc.stringExtent(Messages.Eval_legendModel).x;
            gc.setBackground(base);
            gc.fillRectangle(bx, 6, 10, 10);
            gc.drawString(Messages.Eval_legendBaseline, bx + 14, 2, true);
        } finally {
            model.dispose();
            base.dispose();
        }
    }

    private static void bar(GC gc, Color c, int x, int bottom, int w, int h, double v) {
        if (Double.isNaN(v)) return;
        int bh = (int) Math.round(v * h);
        gc.setBackground(c);
        gc.fillRectangle(x, bottom - bh, w, bh);
        gc.drawString(String.format(Locale.getDefault(), "%.2f", v), x, bottom - bh - 16, true);
    }

    /** The chart's bars, for tests. */
    public List<Bar> bars() {
        return List.copyOf(bars);
    }

    /** The items' rows as shown: item, stage, kind, model, baseline, why. */
    public List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem t : table.getItems()) out.add(new String[] {t.getText(0), t.getText(1), t.getText(2), t.getText(3), t.getText(4), t.getText(5)});
        return out;
    }

    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
