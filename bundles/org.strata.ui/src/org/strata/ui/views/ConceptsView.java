package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.ui.operations.ConceptEdits;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.operations.ModelCommands;
import org.strata.ui.session.ModelEditing;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The concept taxonomy: every concept with the number of passages tagged with it; the selected one's name,
 * definition, aliases and its broader, narrower and related concepts, edited in place (each change a step of
 * Edit > Undo); and the passages tagged with it, densest first.
 */
public final class ConceptsView extends CorpusView {
    public static final String ID = "org.strata.ui.concepts";
    private static final int TAGGED = 200;
    private static final String COUNT = Messages.Concepts_countJob;

    private Table list;
    private Label header;
    private Label taggedHeader;
    private Table tagged;
    private EditField name, definition, aliases, broader, narrower, related;
    private Concept selected;
    private Map<String, Long> counts = Map.of();

    @Override
    protected Control create(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        header = new Label(left, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = new Table(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list.setHeaderVisible(true);
        column(list, Messages.Concepts_concept, 160, SWT.LEFT);
        column(list, Messages.Concepts_passages, 70, SWT.RIGHT);
        list.addListener(SWT.Selection, e -> {
            TableItem[] s = list.getSelection();
            select(s.length == 0 ? null : (Concept) s[0].getData());
        });

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(4, false));
        EditingDomainSupplier d = () -> editing().domain();
        name = new EditField(right, Messages.Concepts_name, false, Messages.Concepts_nameTip,
                v -> ConceptEdits.rename(d.get(), corpus(), selected, v));
        aliases = new EditField(right, Messages.Concepts_aliases, false, Messages.Concepts_aliasesTip,
                v -> ConceptEdits.aliases(d.get(), corpus(), selected, v));
        definition = new EditField(right, Messages.Concepts_definition, true, 3, Messages.Concepts_definitionTip,
                v -> ConceptEdits.definition(d.get(), selected, v));
        broader = new EditField(right, Messages.Concepts_broader, false, Messages.Concepts_broaderTip,
                v -> ConceptEdits.broader(d.get(), corpus(), selected, v));
        narrower = new EditField(right, Messages.Concepts_narrower, false, Messages.Concepts_narrowerTip,
                v -> ConceptEdits.narrower(d.get(), corpus(), selected, v));
        related = new EditField(right, Messages.Concepts_related, false, 3, Messages.Concepts_relatedTip,
                v -> ConceptEdits.related(d.get(), corpus(), selected, v));
        taggedHeader = new Label(right, SWT.NONE);
        GridData th = new GridData(SWT.FILL, SWT.CENTER, true, false);
        th.horizontalSpan = 4;
        th.verticalIndent = 8;
        taggedHeader.setLayoutData(th);
        tagged = new Table(right, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.horizontalSpan = 4;
        tagged.setLayoutData(td);
        tagged.setHeaderVisible(true);
        column(tagged, Messages.Concepts_density, 62, SWT.RIGHT);
        column(tagged, Messages.Concepts_layer, 90, SWT.LEFT);
        column(tagged, Messages.Concepts_passage, 600, SWT.LEFT);
        SelectionSource selection = new SelectionSource();
        getSite().setSelectionProvider(selection);
        tagged.addListener(SWT.Selection, e -> {
            List<Passage> ps = new ArrayList<>();
            for (TableItem t : tagged.getSelection()) ps.add((Passage) t.getData());
            selection.setSelection(new org.eclipse.jface.viewers.StructuredSelection(ps));
        });
        PassageDrag.source(tagged, () -> {
            List<String> ids = new ArrayList<>();
            for (TableItem t : tagged.getSelection()) ids.add(((Passage) t.getData()).id());
            return ids;
        });
        sash.setWeights(30, 70);
        addToolbar();
        UndoKeys.install(getViewSite());
        return list;
    }

    /**
     * Counts the tagged passages again when tags changed (or passages came), and reads the selected concept's
     * passages again when passages changed (their density, layer or status); a model edit redraws the list, and
     * counts again only when it added or renamed a concept.
     */
    @Override
    protected void changed(CorpusChange change) {
        switch (change) {
            case CorpusChange.Opened o -> reload();
            case CorpusChange.Model m -> {
                showModel();
                if (!counts.keySet().containsAll(m.corpus().corpus().getConcepts().stream().map(Concept::getName).toList())) reload();
            }
            case CorpusChange.Passages p -> {
                if (p.touches(CorpusChange.Aspect.ADDED, CorpusChange.Aspect.CONCEPT)) reload();
                readTagged();
            }
        }
    }

    private interface EditingDomainSupplier {
        EditingDomain get();
    }

    private static void column(Table t, String text, int width, int align) {
        TableColumn c = new TableColumn(t, align);
        c.setText(text);
        c.setWidth(width);
    }

    private void addToolbar() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action add = new Action(Messages.Concepts_add) {
            @Override
            public void run() {
                if (corpus() == null) {
                    MessageDialog.openInformation(getSite().getShell(), Messages.Concepts_addTitle, Messages.Concepts_openFirst);
                    return;
                }
                InputDialog d = new InputDialog(getSite().getShell(), Messages.Concepts_addTitle, Messages.Concepts_addPrompt, "",
                        s -> s.isBlank() ? Messages.Concepts_nameNeeded : Taxonomy.find(corpus(), s.strip()) != null
                                ? Texts.format(Messages.Concepts_nameTaken, s.strip()) : null);
                if (d.open() == InputDialog.OK) addConcept(d.getValue().strip());
            }
        };
        add.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
        Action delete = new Action(Messages.Concepts_delete) {
            @Override
            public void run() {
                deleteSelected();
            }
        };
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
        getViewSite().getActionBars().getToolBarManager().add(add);
        getViewSite().getActionBars().getToolBarManager().add(delete);
    }

    private Corpus corpus() {
        CorpusFolder c = current();
        return c == null ? null : c.corpus();
    }

    /** Adds a concept and selects it. */
    public void addConcept(String conceptName) {
        ModelEditing editing = editing();
        if (editing == null) return;
        Concept k = CorpusFactory.eINSTANCE.createConcept();
        k.setName(conceptName);
        editing.run(ModelCommands.add(editing.domain(), Texts.format(Messages.Edit_addConcept, conceptName), editing.corpus().corpus(), CorpusPackage.Literals.CORPUS__CONCEPTS, k));
        select(k);
    }

    /** Deletes the selected concept and every link to it; passages keep their tags (the store is not rewritten). */
    public void deleteSelected() {
        ModelEditing editing = editing();
        if (editing == null || selected == null) return;
        editing.run(ModelCommands.delete(editing.domain(), Texts.format(Messages.Edit_deleteConcept, selected.getName()), List.of(selected)));
        select((Concept) null);
    }

    /** Reads the tag counts of every concept in a job, then shows the list. */
    public Job reload() {
        CorpusFolder corpus = current();
        if (corpus == null) {
            drop(COUNT);
            counts = Map.of();
            selected = null;
            showModel();
            return null;
        }
        List<String> names = corpus.corpus().getConcepts().stream().map(Concept::getName).toList();
        return read(COUNT, Messages.Concepts_cannotCount, () -> {
            Map<String, Long> c = new java.util.HashMap<>();
            for (String n : names) c.put(n, service(corpus).count(PassageFilter.NONE.withConcept(n)).orThrowIO());
            return c;
        }, c -> {
            counts = c;
            showModel();
        });
    }

    private void showModel() {
        Corpus c = corpus();
        if (selected != null && (c == null || !c.getConcepts().contains(selected))) selected = null;
        list.setRedraw(false);
        list.removeAll();
        if (c != null) {
            List<Concept> sorted = new ArrayList<>(c.getConcepts());
            sorted.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
            for (Concept k : sorted) {
                TableItem it = new TableItem(list, SWT.NONE);
                it.setText(0, k.getName());
                Long n = counts.get(k.getName());
                it.setText(1, n == null ? "" : String.format(Locale.getDefault(), "%,d", n));
                it.setData(k);
                if (k == selected) list.setSelection(it);
            }
        }
        list.setRedraw(true);
        header.setText(c == null ? Messages.Concepts_noCorpus : Texts.format(Messages.Concepts_count, c.getConcepts().size()));
        showSelected();
    }

    private void select(Concept k) {
        boolean other = k != selected;
        selected = k;
        for (TableItem it : list.getItems()) if (it.getData() == k) list.setSelection(it);
        showSelected();
        if (other) readTagged();
    }

    private void showSelected() {
        Concept k = selected;
        for (EditField f : new EditField[] {name, definition, aliases, broader, narrower, related}) f.setEnabled(k != null);
        name.show(k == null ? "" : k.getName());
        definition.show(k == null ? "" : k.getDefinition());
        aliases.show(k == null ? "" : String.join(", ", k.getAliases()));
        broader.show(k == null ? "" : ConceptEdits.joined(k.getBroader()));
        narrower.show(k == null ? "" : ConceptEdits.joined(k.getNarrower()));
        related.show(k == null ? "" : ConceptEdits.joined(k.getRelated()));
        if (k == null) {
            tagged.removeAll();
            taggedHeader.setText(Messages.Concepts_selectOne);
        }
    }

    private void readTagged() {
        CorpusFolder corpus = current();
        Concept k = selected;
        if (corpus == null || k == null) return;
        String conceptName = k.getName();
        taggedHeader.setText(Texts.format(Messages.Concepts_readingTagged, conceptName));
        read(Messages.Concepts_readJob, Messages.Concepts_cannotReadTagged,
                () -> service(corpus).search(PassageQuery.all().filter(PassageFilter.NONE.withConcept(conceptName)).page(0, TAGGED)).orThrowIO(),
                page -> {
                    if (selected != k) return;
                    tagged.setRedraw(false);
                    tagged.removeAll();
                    for (Passage p : page.rows()) {
                        TableItem it = new TableItem(tagged, SWT.NONE);
                        it.setText(0, p.scored() ? String.format(Locale.getDefault(), "%.3f", p.density()) : "-");
                        it.setText(1, p.layer().isEmpty() ? "-" : p.layer());
                        it.setText(2, p.text().replaceAll("\\s+", " "));
                        it.setData(p);
                    }
                    tagged.setRedraw(true);
                    taggedHeader.setText(page.total() == 0
                            ? Texts.format(Messages.Concepts_noneTagged, conceptName)
                            : Texts.format(Messages.Concepts_tagged, page.total(), conceptName,
                                    page.total() > TAGGED ? Texts.format(Messages.Concepts_densestShown, String.valueOf(TAGGED)) : ""));
                });
    }

    /** Selects a concept by name (for tests and links from other views). */
    public void select(String conceptName) {
        Corpus c = corpus();
        select(c == null ? (Concept) null : Taxonomy.find(c, conceptName));
    }

    /** Types into a field of the selected concept and applies it, as leaving the box does; returns the refusal, or null. */
    public String type(String field, String value) {
        EditField f = switch (field) {
            case "name" -> name;
            case "definition" -> definition;
            case "aliases" -> aliases;
            case "broader" -> broader;
            case "narrower" -> narrower;
            default -> related;
        };
        f.type(value);
        return f.problem();
    }

    public String taggedHeader() {
        return taggedHeader.getText();
    }

    public int taggedCount() {
        return tagged.getItemCount();
    }

    @Override
    public void setFocus() {
        list.setFocus();
    }

}
