package org.strata.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.ExportRequest;
import org.strata.engine.Response;
import org.strata.export.StagePreview;
import org.strata.store.PassageStatus;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The one page of the export wizard: where the pack goes, which stages, the filters and the budget, the trainer
 * configs' base model; below, a preview of what each stage would hold, computed from the passages' attributes in
 * the background as the settings change, before anything is written.
 */
public final class ExportPackPage extends WizardPage {
    private final CorpusFolder corpus;
    private Text folder;
    private Table layers;
    private Text minDensity;
    private Button accepted, candidates, rejected;
    private Text languages;
    private Text budget;
    private Button keepDuplicates;
    private Spinner validation;
    private Button parquet;
    private Button memory;
    private Button replace;
    private Text baseModel;
    private Text template;
    private Table preview;
    private Label previewNote;
    private long ticket;
    private boolean previewed;

    ExportPackPage(CorpusFolder corpus) {
        super("export");
        this.corpus = corpus;
        setTitle(Messages.Export_title);
        setDescription(Messages.Export_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        label(root, Messages.Export_folder);
        folder = new Text(root, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(corpus.dir().resolveSibling(corpus.dir().getFileName() + "-pack").toString());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setMessage(Messages.Export_folderPrompt);
            String f = d.open();
            if (f != null) folder.setText(f);
        });

        label(root, Messages.Export_stages);
        layers = new Table(root, SWT.CHECK | SWT.BORDER);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        ld.heightHint = 100;
        layers.setLayoutData(ld);
        for (String l : corpus.layerNames()) {
            TableItem t = new TableItem(layers, SWT.NONE);
            t.setText(l);
            t.setChecked(true);
        }
        layers.addListener(SWT.Selection, e -> changed());

        label(root, Messages.Export_minDensity);
        minDensity = text(root, "0");
        label(root, Messages.Export_statuses);
        Composite st = row(root);
        candidates = check(st, Texts.status(PassageStatus.CANDIDATE), true);
        accepted = check(st, Texts.status(PassageStatus.ACCEPTED), true);
        rejected = check(st, Texts.status(PassageStatus.REJECTED), false);
        label(root, Messages.Export_languages);
        languages = text(root, "");
        languages.setMessage(Messages.Export_languagesHint);
        label(root, Messages.Export_budget);
        budget = text(root, "0");
        budget.setToolTipText(Messages.Export_budgetTip);
        label(root, Messages.Export_validation);
        Composite v = row(root);
        validation = new Spinner(v, SWT.BORDER);
        validation.setValues(5, 0, 50, 0, 1, 5);
        validation.addListener(SWT.Modify, e -> changed());
        new Label(v, SWT.NONE).setText(Messages.Export_validationShare);
        label(root, "");
        Composite o = row(root);
        keepDuplicates = check(o, Messages.Export_keepDuplicates, false);
        parquet = check(o, Messages.Export_parquet, false);
        memory = check(o, Messages.Export_memory, false);
        memory.setToolTipText(Messages.Export_memoryTip);
        replace = check(o, Messages.Export_replace, false);
        label(root, Messages.Export_baseModel);
        baseModel = text(root, ExportRequest.defaults().baseModel());
        label(root, Messages.Export_template);
        template = text(root, ExportRequest.defaults().template());
        template.setToolTipText(Messages.Export_templateTip);

        previewNote = new Label(root, SWT.NONE);
        previewNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        preview = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        pd.heightHint = 110;
        preview.setLayoutData(pd);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        String[] cols = {Messages.Export_colStage, Messages.Export_colPassages, Messages.Export_colValidation, Messages.Export_colTokens,
            Messages.Export_colLeftOut};
        int[] widths = {120, 80, 80, 100, 330};
        for (int i = 0; i < cols.length; i++) {
            TableColumn c = new TableColumn(preview, i == 0 || i == 4 ? SWT.LEFT : SWT.RIGHT);
            c.setText(cols[i]);
            c.pack(); // at least as wide as its title (Russian titles are longer)
            c.setWidth(Math.max(widths[i], c.getWidth()));
        }
        folder.addListener(SWT.Modify, e -> validatePage());
        setControl(root);
        changed();
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private Text text(Composite parent, String value) {
        Text t = new Text(parent, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        t.setText(value);
        t.addListener(SWT.Modify, e -> changed());
        return t;
    }

    private static Composite row(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(4, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        c.setLayout(gl);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return c;
    }

    private Button check(Composite parent, String text, boolean on) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        b.addListener(SWT.Selection, e -> changed());
        return b;
    }

    /** The settings changed: check them, and compute the preview again a moment later (typing does not flood it). */
    private void changed() {
        if (!validatePage()) return;
        long mine = ++ticket;
        previewNote.setText(Messages.Export_counting);
        getShell().getDisplay().timerExec(250, () -> {
            if (mine == ticket && !preview.isDisposed()) runPreview(mine);
        });
    }

    private void runPreview(long mine) {
        ExportRequest request = request();
        Job.createSystem(Messages.Export_previewJob, monitor -> {
            Response<List<StagePreview>> previewed = CorpusService.of(corpus).previewPack(request);
            List<StagePreview> got = previewed.ok() ? previewed.value() : List.of();
            String why = previewed.ok() ? null : previewed.message();
            if (!preview.isDisposed()) preview.getDisplay().asyncExec(() -> show(mine, got, why));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(long mine, List<StagePreview> rows, String error) {
        if (mine != ticket || preview.isDisposed()) return;
        preview.removeAll();
        long passages = 0, tokens = 0;
        for (StagePreview s : rows) {
            TableItem t = new TableItem(preview, SWT.NONE);
            t.setText(new String[] {s.layer(), String.format(Locale.getDefault(), "%,d", s.passages()), String.format(Locale.getDefault(), "%,d", s.validationPassages()),
                    String.format(Locale.getDefault(), "%,d", s.tokens()), leftOut(s.excluded())});
            passages += s.passages();
            tokens += s.tokens();
        }
        previewed = error == null;
        previewNote.setText(error != null ? Texts.format(Messages.Export_cannotPreview, error)
                : Texts.format(Messages.Export_previewNote, passages, tokens, rows.size()));
        previewNote.getParent().layout();
    }

    /** What a stage leaves out and why ("120 density, 4 duplicates"), each reason in the workbench's language. */
    private static String leftOut(Map<String, Long> excluded) {
        String s = excluded.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Texts.format(Messages.Export_leftOut, String.format(Locale.getDefault(), "%,d", e.getValue()), e.getKey()))
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "-" : s;
    }

    private boolean validatePage() {
        String problem = null;
        if (folder.getText().isBlank()) problem = Messages.Export_chooseFolder;
        else if (stages().isEmpty()) problem = Messages.Export_chooseStage;
        else if (fraction(minDensity.getText()) == null || fraction(minDensity.getText()) < 0 || fraction(minDensity.getText()) > 1) {
            problem = Messages.Export_densityRange;
        } else if (number(budget.getText()) == null || number(budget.getText()) < 0) problem = Messages.Export_budgetNumber;
        else if (statuses().isEmpty()) problem = Messages.Export_chooseStatus;
        setErrorMessage(problem);
        setPageComplete(problem == null);
        return problem == null;
    }

    /** A whole number as typed ("250000", "250,000", "250 000"); null when it is not one. */
    private static Double number(String s) {
        try {
            return Double.valueOf(Texts.ungrouped(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A fraction as typed ("0.5", "0,5"); null when it is not one. */
    private static Double fraction(String s) {
        try {
            return Texts.fraction(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    List<String> stages() {
        List<String> out = new ArrayList<>();
        for (TableItem t : layers.getItems()) if (t.getChecked()) out.add(t.getText());
        return out;
    }

    private Set<PassageStatus> statuses() {
        Set<PassageStatus> s = EnumSet.noneOf(PassageStatus.class);
        if (candidates.getSelection()) s.add(PassageStatus.CANDIDATE);
        if (accepted.getSelection()) s.add(PassageStatus.ACCEPTED);
        if (rejected.getSelection()) s.add(PassageStatus.REJECTED);
        return s;
    }

    /** The export the page's settings describe: the stages checked, the filters, the budget, the trainer configs. */
    ExportRequest request() {
        Set<String> langs = java.util.Arrays.stream(languages.getText().split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toSet());
        return ExportRequest.defaults().withLayers(stages())
                .withSelection(fraction(minDensity.getText()), statuses(), langs, Set.of(), keepDuplicates.getSelection())
                .withBudget(number(budget.getText()).longValue()).withSplit(validation.getSelection(), ExportRequest.defaults().ngram())
                .withTraining(baseModel.getText().strip(), template.getText().strip()).withParquet(parquet.getSelection())
                .withMemory(memory.getSelection());
    }

    Path folder() {
        return Path.of(folder.getText().strip());
    }

    boolean replace() {
        return replace.getSelection();
    }

    /** Sets the pack folder (as typing it would). */
    public void setFolder(String path) {
        folder.setText(path);
    }

    /** Ticks or clears "Retrieval memory" (as a click would). */
    public void setMemory(boolean on) {
        memory.setSelection(on);
    }

    /** Sets the minimum density (as typing it would). */
    public void setMinDensity(String value) {
        minDensity.setText(value);
    }

    /** The preview's rows as shown: stage, passages, validation, tokens, left out. */
    public List<String[]> previewRows() {
        List<String[]> out = new ArrayList<>();
        if (!previewed) return out;
        for (TableItem t : preview.getItems()) out.add(new String[] {t.getText(0), t.getText(1), t.getText(2), t.getText(3), t.getText(4)});
        return out;
    }

    public String previewNote() {
        return previewNote.getText();
    }
}
