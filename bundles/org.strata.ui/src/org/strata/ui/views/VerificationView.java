package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.strata.engine.CorpusFolder;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;
import org.strata.store.Passage;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.operations.ModelCommands;
import org.strata.ui.session.ModelEditing;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Verification items per layer: check questions, critical-reasoning prompts and analogy chains, each with its
 * expected answer and the passages it rests on (linked from the selection of any passage list). They go into the
 * pack as each stage's eval set. Every change is a step of Edit > Undo.
 */
public final class VerificationView extends CorpusView {
    public static final String ID = "org.strata.ui.verification";
    private static final CorpusPackage P = CorpusPackage.eINSTANCE;
    private static final String[] KINDS = {Messages.Verify_kindCheck, Messages.Verify_kindCritical, Messages.Verify_kindAnalogy};

    private Combo layerFilter;
    private Table items;
    private Combo layer;
    private Combo kind;
    private EditField prompt;
    private EditField answer;
    private Table linked;
    private Label linkedHeader;
    private Button link;
    private Button unlink;
    private Button accept;
    private VerificationItem selected;
    private List<Passage> passageSelection = List.of();
    private final ISelectionListener selectionListener = (part, sel) -> {
        if (part == this || !(sel instanceof IStructuredSelection s)) return;
        List<Passage> ps = new ArrayList<>();
        for (Object o : s.toList()) if (o instanceof Passage p) ps.add(p);
        if (!ps.isEmpty() || s.isEmpty()) passageSelection = ps;
        updateButtons();
    };

    @Override
    protected Control create(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.Verify_layer);
        layerFilter = new Combo(bar, SWT.READ_ONLY);
        layerFilter.addListener(SWT.Selection, e -> showModel());
        Button add = new Button(bar, SWT.PUSH);
        add.setText(Messages.Verify_add);
        add.addListener(SWT.Selection, e -> addItem());
        Button delete = new Button(bar, SWT.PUSH);
        delete.setText(Messages.Verify_delete);
        delete.addListener(SWT.Selection, e -> deleteSelected());
        Button draft = new Button(bar, SWT.PUSH);
        draft.setText(Messages.Verify_draft);
        draft.setToolTipText(Messages.Verify_draftTip);
        draft.addListener(SWT.Selection, e -> draftFromCorpus());
        accept = new Button(bar, SWT.PUSH);
        accept.setText(Messages.Verify_accept);
        accept.setToolTipText(Messages.Verify_acceptTip);
        accept.addListener(SWT.Selection, e -> acceptSelected());

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        items = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        items.setHeaderVisible(true);
        column(items, Messages.Verify_columnDraft, 70);
        column(items, Messages.Verify_columnLayer, 100);
        column(items, Messages.Verify_columnKind, 130);
        column(items, Messages.Verify_columnPrompt, 380);
        column(items, Messages.Verify_columnAnswer, 300);
        column(items, Messages.Verify_columnPassages, 70);
        items.addListener(SWT.Selection, e -> {
            TableItem[] s = items.getSelection();
            select(s.length == 0 ? null : (VerificationItem) s[0].getData());
        });

        Composite form = new Composite(sash, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText(Messages.Verify_layer);
        layer = new Combo(form, SWT.READ_ONLY);
        layer.addListener(SWT.Selection, e -> setLayer(layer.getText()));
        new Label(form, SWT.NONE).setText(Messages.Verify_kind);
        kind = new Combo(form, SWT.READ_ONLY);
        kind.setItems(KINDS);
        kind.addListener(SWT.Selection, e -> setKind(kind.getSelectionIndex()));
        prompt = new EditField(form, Messages.Verify_prompt, true, Messages.Verify_promptTip,
                v -> edit(Messages.Edit_editPrompt, P.getVerificationItem_Prompt(), v.isBlank() ? null : v.strip()));
        answer = new EditField(form, Messages.Verify_answer, true, Messages.Verify_answerTip,
                v -> edit(Messages.Edit_editAnswer, P.getVerificationItem_ExpectedAnswer(), v.isBlank() ? null : v.strip()));
        linkedHeader = new Label(form, SWT.NONE);
        GridData lh = new GridData(SWT.FILL, SWT.CENTER, true, false);
        lh.horizontalSpan = 2;
        linkedHeader.setLayoutData(lh);
        linked = new Table(form, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, true);
        ld.horizontalSpan = 2;
        ld.heightHint = 80;
        linked.setLayoutData(ld);
        linked.setHeaderVisible(true);
        column(linked, Messages.Verify_columnDensity, 62);
        column(linked, Messages.Verify_columnSource, 150);
        column(linked, Messages.Verify_columnPassage, 600);
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        GridData bd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        bd.horizontalSpan = 2;
        buttons.setLayoutData(bd);
        link = new Button(buttons, SWT.PUSH);
        link.setText(Messages.Verify_linkSelected);
        link.setToolTipText(Messages.Verify_linkTip);
        link.addListener(SWT.Selection, e -> linkSelection());
        unlink = new Button(buttons, SWT.PUSH);
        unlink.setText(Messages.Verify_unlink);
        unlink.addListener(SWT.Selection, e -> unlinkSelected());
        sash.setWeights(40, 60);
        UndoKeys.install(getViewSite());
        getSite().getPage().addSelectionListener(selectionListener);
        return items;
    }

    /** Items live in the model; of the passages, only the linked ones of the selected item are shown, read again when they change. */
    @Override
    protected void changed(CorpusChange change) {
        switch (change) {
            case CorpusChange.Opened o -> {
                selected = null;
                showModel();
            }
            case CorpusChange.Model m -> showModel();
            case CorpusChange.Passages p -> {
                if (selected != null && (p.ids().isEmpty() || selected.getPassages().stream().anyMatch(p.ids()::contains))) readLinked();
            }
        }
    }

    private static void column(Table t, String text, int width) {
        TableColumn c = new TableColumn(t, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private Corpus corpus() {
        CorpusFolder c = current();
        return c == null ? null : c.corpus();
    }

    private Command edit(String label, org.eclipse.emf.ecore.EStructuralFeature f, Object value) {
        if (selected == null) return null;
        return ModelCommands.set(editing().domain(), label, selected, f, value);
    }

    private void run(Command c) {
        ModelEditing editing = editing();
        if (editing != null && c != null) editing.run(c);
    }

    /** Adds an item for the layer in the filter (the first layer when the filter says any) and selects it. */
    public void addItem() {
        ModelEditing editing = editing();
        Corpus c = corpus();
        if (editing == null || c == null || c.getLayers().isEmpty()) return;
        VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
        Layer l = layerNamed(layerFilter.getText());
        v.setLayer(l == null ? c.getLayers().get(0) : l);
        v.setKind(VerificationKind.CHECK_QUESTION);
        editing.run(ModelCommands.add(editing.domain(), Messages.Edit_addItem, c, P.getCorpus_VerificationItems(), v));
        select(v);
        prompt.text().setFocus();
    }

    /**
     * Drafts items from the corpus (read in a job) and adds them as drafts, one undoable edit; answers the job, for
     * tests. Drafts go into no pack until accepted.
     */
    public org.eclipse.core.runtime.jobs.Job draftFromCorpus() {
        CorpusFolder corpus = current();
        if (corpus == null) return null;
        return read(Messages.Verify_draftJob, Messages.Verify_cannotDraft, () -> service(corpus).verificationDrafts().orThrowIO(), drafts -> {
            ModelEditing editing = editing();
            Corpus c = corpus();
            if (editing == null || c == null || current() != corpus) return;
            List<VerificationItem> added = new ArrayList<>();
            for (org.strata.engine.VerificationDrafts.Draft d : drafts) {
                VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
                v.setLayer(layerNamed(d.layer()));
                v.setKind(d.kind());
                v.setPrompt(d.prompt());
                v.setExpectedAnswer(d.answer());
                v.getPassages().addAll(d.passages());
                v.setDraft(true);
                added.add(v);
            }
            drafted = added.size();
            if (added.isEmpty()) return;
            editing.run(ModelCommands.addAll(editing.domain(), Texts.format(Messages.Edit_draftItems, added.size()), c, P.getCorpus_VerificationItems(), added));
            select(added.get(0));
        });
    }

    private int drafted = -1;

    /** For tests: how many drafts the last Draft from Corpus added (-1 before any). */
    public int drafted() {
        return drafted;
    }

    /** Accepts the selected draft: it becomes an item of the pack's eval sets (undoable). */
    public void acceptSelected() {
        if (selected == null || !selected.isDraft()) return;
        run(edit(Messages.Edit_acceptItem, P.getVerificationItem_Draft(), false));
    }

    public void deleteSelected() {
        ModelEditing editing = editing();
        if (editing == null || selected == null) return;
        editing.run(ModelCommands.delete(editing.domain(), Messages.Edit_deleteItem, List.of(selected)));
        select(null);
    }

    private Layer layerNamed(String name) {
        Corpus c = corpus();
        if (c != null) for (Layer l : c.getLayers()) if (l.getName().equals(name)) return l;
        return null;
    }

    private void setLayer(String name) {
        Layer l = layerNamed(name);
        if (l != null) run(edit(Texts.format(Messages.Edit_moveItem, name), P.getVerificationItem_Layer(), l));
    }

    private void setKind(int index) {
        if (index >= 0) run(edit(Texts.format(Messages.Edit_setKind, KINDS[index]), P.getVerificationItem_Kind(), VerificationKind.get(index)));
    }

    private void linkSelection() {
        if (selected == null || passageSelection.isEmpty()) return;
        List<String> ids = new ArrayList<>(selected.getPassages());
        for (Passage p : passageSelection) if (!ids.contains(p.id())) ids.add(p.id());
        run(edit(Texts.format(Messages.Edit_link, ids.size() - selected.getPassages().size()), P.getVerificationItem_Passages(), ids));
    }

    private void unlinkSelected() {
        if (selected == null) return;
        List<String> ids = new ArrayList<>(selected.getPassages());
        for (TableItem t : linked.getSelection()) ids.remove(t.getData() instanceof Passage p ? p.id() : (String) t.getData());
        run(edit(Messages.Edit_unlink, P.getVerificationItem_Passages(), ids));
    }

    private void showModel() {
        Corpus c = corpus();
        String filter = layerFilter.getText();
        List<String> layerItems = new ArrayList<>();
        layerItems.add(Messages.Verify_any);
        if (c != null) for (Layer l : c.getLayers()) layerItems.add(l.getName());
        layerFilter.setItems(layerItems.toArray(String[]::new));
        layerFilter.select(Math.max(0, layerItems.indexOf(filter)));
        layer.setItems(layerItems.subList(1, layerItems.size()).toArray(String[]::new));
        if (selected != null && (c == null || !c.getVerificationItems().contains(selected))) selected = null;
        items.setRedraw(false);
        items.removeAll();
        if (c != null) {
            for (VerificationItem v : c.getVerificationItems()) {
                String ln = v.getLayer() == null ? "" : v.getLayer().getName();
                if (layerFilter.getSelectionIndex() > 0 && !ln.equals(layerFilter.getText())) continue;
                TableItem it = new TableItem(items, SWT.NONE);
                it.setText(new String[] {v.isDraft() ? Messages.Verify_isDraft : "", ln, KINDS[v.getKind().getValue()], oneLine(v.getPrompt()),
                        oneLine(v.getExpectedAnswer()), String.valueOf(v.getPassages().size())});
                if (v.isDraft()) it.setForeground(items.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                it.setData(v);
                if (v == selected) items.setSelection(it);
            }
        }
        items.setRedraw(true);
        showSelected();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private void select(VerificationItem v) {
        selected = v;
        for (TableItem it : items.getItems()) if (it.getData() == v) items.setSelection(it);
        showSelected();
    }

    private void showSelected() {
        VerificationItem v = selected;
        layer.setEnabled(v != null);
        kind.setEnabled(v != null);
        prompt.setEnabled(v != null);
        answer.setEnabled(v != null);
        if (v == null) {
            layer.deselectAll();
            kind.deselectAll();
        } else {
            layer.select(v.getLayer() == null ? -1 : corpus().getLayers().indexOf(v.getLayer()));
            kind.select(v.getKind().getValue());
        }
        prompt.show(v == null ? "" : v.getPrompt());
        answer.show(v == null ? "" : v.getExpectedAnswer());
        readLinked();
        updateButtons();
    }

    private void updateButtons() {
        if (link == null || link.isDisposed()) return;
        link.setEnabled(selected != null && !passageSelection.isEmpty());
        link.setText(passageSelection.isEmpty() ? Messages.Verify_linkSelected : Texts.format(Messages.Verify_linkN, passageSelection.size()));
        link.getParent().layout();
        unlink.setEnabled(selected != null && !selected.getPassages().isEmpty());
        if (accept != null && !accept.isDisposed()) accept.setEnabled(selected != null && selected.isDraft());
    }

    private void readLinked() {
        CorpusFolder corpus = current();
        VerificationItem v = selected;
        linked.removeAll();
        if (corpus == null || v == null) {
            linkedHeader.setText(Messages.Verify_selectItem);
            return;
        }
        List<String> ids = List.copyOf(v.getPassages());
        linkedHeader.setText(ids.isEmpty() ? Messages.Verify_noLinked : Texts.format(Messages.Verify_linked, ids.size()));
        if (ids.isEmpty()) return;
        read(Messages.Verify_readJob, Messages.Verify_cannotReadLinked, () -> {
            List<Object> rows = new ArrayList<>();
            for (String id : ids) {
                Passage p = service(corpus).passage(id).orThrowIO();
                rows.add(p == null ? id : p);
            }
            return rows;
        }, rows -> {
                    if (selected != v) return;
                    linked.removeAll();
                    for (Object o : rows) {
                        TableItem it = new TableItem(linked, SWT.NONE);
                        if (o instanceof Passage p) {
                            it.setText(new String[] {p.scored() ? String.format(Locale.getDefault(), "%.3f", p.density()) : "-",
                                    ExplorerContent.displayName(p.source()), oneLine(p.text())});
                        } else {
                            it.setText(new String[] {"", "", Texts.format(Messages.Verify_gone, String.valueOf(o))});
                        }
                        it.setData(o);
                    }
                });
    }

    /** For tests: the passages the Link button would link. */
    public void setPassageSelection(List<Passage> ps) {
        passageSelection = List.copyOf(ps);
        updateButtons();
    }

    /** For tests: links the passage selection to the selected item. */
    public void link() {
        linkSelection();
    }

    /** For tests: types a prompt and an expected answer into the selected item. */
    public void type(String promptText, String answerText) {
        prompt.type(promptText);
        answer.type(answerText);
    }

    public int itemCount() {
        return items.getItemCount();
    }

    public VerificationItem selected() {
        return selected;
    }

    @Override
    public void setFocus() {
        items.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
