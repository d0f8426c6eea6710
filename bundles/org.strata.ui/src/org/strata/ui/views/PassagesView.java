package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.PassageRows;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The passages of the open corpus: a virtual table that asks the store for the rows on screen only, with a query
 * bar (full-text search in Lucene's syntax, or semantic search by meaning; status and minimum density), columns
 * that sort, and a context menu that edits the selection or every result of the query. Selecting a layer in the
 * corpus explorer shows that layer's passages.
 */
public final class PassagesView extends CorpusView {
    public static final String ID = "org.strata.ui.passages";
    private static final String[] COLUMNS = {Messages.Passages_columnDensity, Messages.Passages_columnLayer, Messages.Passages_columnPlaced,
        Messages.Passages_columnTokens, Messages.Passages_columnSource, Messages.Passages_columnPassage};
    private static final PassageQuery.SortKey[] SORTS = {PassageQuery.SortKey.DENSITY, PassageQuery.SortKey.LAYER, PassageQuery.SortKey.CONFIDENCE,
            PassageQuery.SortKey.TOKENS, PassageQuery.SortKey.SOURCE, null};
    private static final int[] WIDTHS = {70, 90, 125, 60, 160, 700};
    private static final int SEMANTIC_HITS = 1000;

    private PassageGrid grid;
    private Label header;
    private Text search;
    private Button semantic;
    private Combo status;
    private Text minDensity;
    private PassageRows pages;
    private CorpusFolder corpus;
    private String layer;
    private String concept;
    private String source;
    private Text conditions;
    private PassageQuery.SortKey sort;
    private long ticket;
    private Composite stack;
    private Composite content;
    private WelcomePanel welcome;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ExplorerNode n && corpus != null) {
            if (n.kind() == ExplorerNode.Kind.LAYER) setScope(n.key(), null, null);
            else if (n.kind() == ExplorerNode.Kind.CONCEPT) setScope(null, n.key(), null);
            else if (n.kind() == ExplorerNode.Kind.SOURCE) setScope(null, null, n.key());
            else if (n.kind() == ExplorerNode.Kind.GROUP) setScope(null, null, null);
        }
    };

    @Override
    protected Control create(Composite parent) {
        // the welcome while no corpus is open, the passages once one is
        pages(parent);
        Composite root = new Composite(stack, SWT.NONE);
        content = root;
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        root.setLayout(gl);
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout bl = new GridLayout(7, false);
        bl.marginHeight = 2;
        bar.setLayout(bl);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.setMessage(Messages.Passages_searchHint);
        search.addListener(SWT.DefaultSelection, e -> refresh());
        semantic = new Button(bar, SWT.CHECK);
        semantic.setText(Messages.Passages_byMeaning);
        semantic.setToolTipText(Messages.Passages_byMeaningTip);
        semantic.addListener(SWT.Selection, e -> refresh());
        Label statusLabel = new Label(bar, SWT.NONE);
        statusLabel.setText(Messages.Passages_status);
        GridData sl = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        sl.horizontalIndent = 12;
        statusLabel.setLayoutData(sl);
        status = new Combo(bar, SWT.READ_ONLY);
        status.add(Messages.Status_any); // then the statuses in the store's order: the query takes the enum by index
        for (PassageStatus s : PassageStatus.values()) status.add(Texts.status(s));
        status.select(0);
        status.addListener(SWT.Selection, e -> refresh());
        Label densityLabel = new Label(bar, SWT.NONE);
        densityLabel.setText(Messages.Passages_density);
        GridData dl = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        dl.horizontalIndent = 12;
        densityLabel.setLayoutData(dl);
        minDensity = new Text(bar, SWT.BORDER);
        GridData md = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        md.widthHint = 40;
        minDensity.setLayoutData(md);
        minDensity.setText("0");
        minDensity.addListener(SWT.DefaultSelection, e -> refresh());
        minDensity.addListener(SWT.FocusOut, e -> refresh());
        conditions = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
        GridData cd = new GridData(SWT.FILL, SWT.CENTER, false, false);
        cd.widthHint = 230;
        conditions.setLayoutData(cd);
        conditions.setMessage(Messages.Passages_filterHint);
        conditions.setToolTipText(Messages.Passages_filterTip);
        conditions.addListener(SWT.DefaultSelection, e -> refresh());
        header = new Label(bar, SWT.NONE);
        GridData hd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        hd.horizontalSpan = 6;
        header.setLayoutData(hd);
        header.setText(Messages.Passages_noCorpus);

        grid = new PassageGrid(root, COLUMNS, WIDTHS, new boolean[] {true, false, true, true, false, false}, new PassageGrid.Cells() {
            @Override
            public String[] texts(int row) {
                Passage p = passage(row);
                return p == null ? null : cells(p);
            }

            @Override
            public org.eclipse.swt.graphics.Color background(int row, int column) {
                Passage p = passage(row);
                return column == 0 && p != null && p.scored() ? DensityColors.shade(p.density()) : null;
            }

            @Override
            public boolean dimmed(int row) {
                Passage p = passage(row);
                return p != null && (p.status() == PassageStatus.REJECTED || p.status() == PassageStatus.DUPLICATE);
            }
        });
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.onHeaderClick(i -> {
            PassageQuery.SortKey key = SORTS[i];
            if (key == null) return;
            sort = key;
            grid.setSortColumn(i, key == PassageQuery.SortKey.DENSITY || key == PassageQuery.SortKey.TOKENS);
            refresh();
        });
        // the selected passages, for the Passage in Context view and others
        SelectionSource selection = new SelectionSource();
        getSite().setSelectionProvider(selection);
        grid.control().addListener(SWT.Selection, e -> {
            List<Passage> chosen = new ArrayList<>();
            for (int i : grid.getSelectionIndices()) {
                Passage p = passage(i);
                if (p != null) chosen.add(p);
                if (chosen.size() >= 1000) break;
            }
            selection.setSelection(new org.eclipse.jface.viewers.StructuredSelection(chosen));
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            if (corpus != null && pages != null) PassageActions.fill(m, corpus, grid.getSelectionCount(), selectedIdsReader(), pages.query(), pages.size());
        });
        grid.control().setMenu(menu.createContextMenu(grid.control()));
        PassageDrag.source(grid.control(), this::selectedIds); // onto a layer of the board or of the explorer
        getSite().getPage().addSelectionListener(CorpusExplorerView.ID, selectionListener);
        // Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) take back and apply again the edits made here
        UndoKeys.install(getViewSite());
        return grid.control();
    }

    private void pages(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        welcome = new WelcomePanel(stack, getViewSite());
    }

    /** Shows the welcome (no corpus) or the passages. */
    private void show(boolean open) {
        StackLayout l = (StackLayout) stack.getLayout();
        Control top = open ? content : welcome.control();
        if (l.topControl == top) return;
        if (!open) welcome.refresh();
        l.topControl = top;
        stack.layout();
    }

    /**
     * Rows show every attribute of their passages, so any change to passages runs the query again (the engine keeps
     * its listings until the index changes); the model's edits are not in the rows.
     */
    @Override
    protected void changed(CorpusChange change) {
        if (!(change instanceof CorpusChange.Model)) corpusChanged(change.corpus());
    }

    /** The passage at a row when its page is in memory; otherwise null, and the page is read in the background. */
    private Passage passage(int row) {
        PassageRows shown = pages;
        if (shown == null) return null;
        return shown.cached(row, page -> {
            if (!grid.control().isDisposed()) grid.control().getDisplay().asyncExec(() -> {
                if (pages == shown) grid.redraw();
            });
        });
    }

    /** The ids of the selected rows that are in memory (a drag, the context view). */
    private List<String> selectedIds() {
        List<String> ids = new ArrayList<>();
        for (int i : grid.getSelectionIndices()) {
            Passage p = passage(i);
            if (p != null) ids.add(p.id());
        }
        return ids;
    }

    /** Reads the ids of every selected row, those not in memory too (run in an edit's job, off the UI thread). */
    private PassageActions.Ids selectedIdsReader() {
        PassageRows shown = pages;
        int[] rows = grid.getSelectionIndices();
        return () -> {
            List<String> ids = new ArrayList<>(rows.length);
            for (int i : rows) {
                Passage p = shown.row(i);
                if (p != null) ids.add(p.id());
            }
            return ids;
        };
    }

    private void corpusChanged(CorpusFolder c) {
        if (grid.control().isDisposed()) return;
        if (c != corpus) {
            // another corpus starts with a clean query
            corpus = c;
            layer = null;
            concept = null;
            source = null;
            conditions.setText("");
            sort = null;
            grid.setSortColumn(-1, false);
            search.setText("");
            semantic.setSelection(false);
            status.select(0);
            minDensity.setText("0");
        }
        refresh();
    }

    /** What the explorer's selection narrows the table to: a layer, a concept or a source (at most one). */
    private void setScope(String l, String c, String src) {
        layer = l;
        concept = c;
        source = src;
        refresh();
    }

    /** Runs the query the bar and the explorer describe, in the background, and shows its rows. */
    public void refresh() {
        if (grid.control().isDisposed()) return;
        CorpusFolder c = corpus;
        show(c != null);
        if (c == null) {
            pages = null;
            grid.setItemCount(0);
            header.setText(Messages.Passages_noCorpus);
            header.getParent().layout();
            return;
        }
        PassageFilter f = PassageFilter.NONE;
        if (layer != null) f = f.withLayer(layer);
        if (concept != null) f = f.withConcept(concept);
        if (source != null) f = f.withSource(source);
        conditions.setBackground(null);
        for (String condition : conditions.getText().strip().split("\\s+(?=\\w+=)")) {
            if (condition.isBlank()) continue;
            try {
                f = f.with(condition);
            } catch (RuntimeException e) {
                conditions.setBackground(grid.control().getDisplay().getSystemColor(SWT.COLOR_RED));
                header.setText(Texts.format(Messages.Passages_cannotFilter, org.strata.engine.Phrases.say(e.getMessage())));
                return;
            }
        }
        if (status.getSelectionIndex() > 0) f = f.withStatus(PassageStatus.values()[status.getSelectionIndex() - 1]);
        try {
            float min = (float) Texts.fraction(minDensity.getText());
            if (min > 0) f = f.withDensity(min, null);
        } catch (NumberFormatException e) {
            minDensity.setText("0");
        }
        String words = search.getText().strip();
        boolean byMeaning = semantic.getSelection() && !words.isEmpty();
        PassageFilter filter = f;
        PassageQuery.SortKey key = sort;
        long mine = ++ticket;
        header.setText(Messages.Passages_searching);
        Job.createSystem(Messages.Passages_job, monitor -> {
            PassageRows next = null;
            String problem = null;
            try {
                CorpusService service = service(c);
                PassageQuery q;
                if (byMeaning) {
                    q = service.byMeaning(words, SEMANTIC_HITS).orThrow();
                } else if (!words.isEmpty()) {
                    q = PassageQuery.text(words);
                } else {
                    q = PassageQuery.all();
                }
                q = q.filter(filter);
                if (key != null) q = q.sort(key);
                next = service.rows(q).orThrow();
            } catch (Exception e) {
                problem = e.getMessage();
            }
            PassageRows shown = next;
            String why = problem;
            if (!grid.control().isDisposed()) grid.control().getDisplay().asyncExec(() -> show(mine, c, shown, why, words, byMeaning));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(long mine, CorpusFolder c, PassageRows shown, String problem, String words, boolean byMeaning) {
        if (mine != ticket || grid.control().isDisposed() || c != corpus) return;
        pages = shown;
        if (shown != null && shown.size() > PassageRows.PAGE) service(c).prepareSorts(shown.query()); // the other sorts, ahead of a click
        grid.setItemCount(shown == null ? 0 : shown.size());
        String scope = layer != null ? (layer.isEmpty() ? Messages.Passages_inNoLayer : Texts.format(Messages.Passages_inLayer, layer))
                : concept != null ? Texts.format(Messages.Passages_tagged, concept)
                : source != null ? Texts.format(Messages.Passages_from, ExplorerContent.displayName(source)) : "";
        boolean exactForms = problem == null && !words.isEmpty() && !byMeaning && !service(c).searchKnowsLanguages();
        header.setText(problem != null ? Texts.format(Messages.Passages_cannotSearch, problem)
                : Texts.format(Messages.Passages_count, shown.size()) + scope
                        + (words.isEmpty() ? "" : byMeaning ? Messages.Passages_nearestFirst : Messages.Passages_bestFirst)
                        + (exactForms ? Messages.Passages_exactFormsOnly : ""));
        header.getParent().layout();
    }

    /** The number of rows of the current query. */
    public int rowCount() {
        return grid.getItemCount();
    }

    /** The passage at a row if it is in memory (null while its page is read): never waits for the store. */
    public Passage rowIfRead(int row) {
        return row < grid.getItemCount() ? passage(row) : null;
    }

    /** The text of a cell as drawn, or "" while its row is being read. */
    public String cellText(int row, int column) {
        Passage p = rowIfRead(row);
        return p == null ? "" : cells(p)[column];
    }

    private static String[] cells(Passage p) {
        return new String[] {p.scored() ? String.format(Locale.getDefault(), "%.3f", p.density()) : "-", p.layer().isEmpty() ? "-" : p.layer(),
                p.layer().isEmpty() ? "" : p.suggested() ? Texts.format(Messages.Passages_placedSuggested, Texts.percent(p.confidence())) : Messages.Passages_placedExpert,
                Integer.toString(p.tokens()), ExplorerContent.displayName(p.source()), p.text().replace('\n', ' ')};
    }

    /** Selects rows from..to, as Shift+click does (the Passage in Context view and the menu follow). */
    public void selectRows(int from, int to) {
        grid.setSelection(from, to);
    }

    /** How many rows are selected. */
    public int selectionCount() {
        return grid.getSelectionCount();
    }

    /** The first row on screen, and how many fit. */
    public int topRow() {
        return grid.getTopIndex();
    }

    public int visibleRows() {
        return grid.visibleRows();
    }

    /** Scrolls so that a row is the first on screen. */
    public void scrollTo(int row) {
        grid.setTopIndex(row);
    }

    /** Sorts by a column, as a click on its header does. */
    public void sortBy(int column) {
        grid.clickHeader(column);
    }

    /** The table's control (its context menu, drags, focus). */
    public org.eclipse.swt.widgets.Control tableControl() {
        return grid.control();
    }

    /** Types a search and runs it, as Enter in the search box does. */
    public void search(String words, boolean byMeaning) {
        search.setText(words);
        semantic.setSelection(byMeaning);
        refresh();
    }

    /**
     * Shows passages of one status only, as the status box does: the store's name of it ("accepted") or the box's
     * label; "any" (or a name that is no status) shows all.
     */
    public void setStatusFilter(String label) {
        int index = 0;
        for (PassageStatus s : PassageStatus.values()) {
            if (s.label().equals(label) || Texts.status(s).equals(label)) index = s.ordinal() + 1;
        }
        status.select(index);
        refresh();
    }

    /** Filters by conditions (key=value, as the filter box takes them), as Enter in that box does. */
    public void filter(String text) {
        conditions.setText(text);
        refresh();
    }

    /** The line that says how many passages the query found, or why it could not run. */
    public String headerText() {
        return header.getText();
    }

    @Override
    public void setFocus() {
        grid.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(CorpusExplorerView.ID, selectionListener);
        super.dispose();
    }
}
