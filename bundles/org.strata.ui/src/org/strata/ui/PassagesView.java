package org.strata.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.strata.engine.CorpusFolder;
import org.strata.store.Passage;

/**
 * The passages of the open corpus, densest first: a virtual table that asks the store for the rows on screen
 * only. Selecting a layer in the corpus explorer shows that layer's passages.
 */
public final class PassagesView extends ViewPart {
    public static final String ID = "org.strata.ui.passages";
    private static final String[] COLUMNS = {"Density", "Layer", "Tokens", "Source", "Passage"};
    private static final int[] WIDTHS = {70, 90, 60, 160, 700};

    private Table table;
    private Label header;
    private PassagePages pages;
    private final Consumer<CorpusFolder> corpusListener = c -> show(c, null);
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ExplorerNode n) {
            CorpusFolder c = CorpusSession.get().current();
            if (c != null && n.kind() == ExplorerNode.Kind.LAYER) show(c, n.key());
            else if (c != null && n.kind() == ExplorerNode.Kind.GROUP && "Layers".equals(n.name())) show(c, null);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        root.setLayout(gl);
        header = new Label(root, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        header.setText("No corpus open: File > Open Corpus...");
        table = new Table(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, i < 3 ? SWT.RIGHT : SWT.LEFT);
            c.setText(COLUMNS[i]);
            c.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Resize, e -> fitTextColumn());
        getSite().getPage().addSelectionListener(CorpusExplorerView.ID, selectionListener);
        CorpusSession.get().addListener(corpusListener);
        if (CorpusSession.get().current() != null) show(CorpusSession.get().current(), null);
    }

    /** The passage text takes whatever width the other columns leave. */
    private void fitTextColumn() {
        int used = 0;
        for (int i = 0; i < COLUMNS.length - 1; i++) used += table.getColumn(i).getWidth();
        int free = table.getClientArea().width - used;
        if (free > 200) table.getColumn(COLUMNS.length - 1).setWidth(free);
    }

    private void fill(TableItem item, int index) {
        if (pages == null) return;
        try {
            Passage p = pages.row(index);
            if (p == null) return;
            item.setText(new String[] {p.scored() ? String.format(Locale.ROOT, "%.3f", p.density()) : "-",
                    p.layer().isEmpty() ? "-" : p.layer(), Integer.toString(p.tokens()), fileName(p.source()),
                    p.text().replace('\n', ' ')});
            item.setData(p);
        } catch (IOException e) {
            item.setText(4, "cannot read: " + e.getMessage());
        }
    }

    private static String fileName(String source) {
        return ExplorerContent.displayName(source);
    }

    /** Shows the passages of a layer (null: all) of a corpus; any thread may call it. */
    private void show(CorpusFolder corpus, String layer) {
        PassagePages next;
        try {
            next = corpus == null ? null : new PassagePages(corpus.store(), layer);
        } catch (IOException e) {
            next = null;
        }
        PassagePages shown = next;
        if (table.isDisposed()) return;
        table.getDisplay().asyncExec(() -> {
            if (table.isDisposed()) return;
            pages = shown;
            table.clearAll();
            table.setItemCount(shown == null ? 0 : shown.size());
            header.setText(shown == null ? "No corpus open: File > Open Corpus..."
                    : String.format(Locale.ROOT, "%s: %,d passages%s, densest first", corpus.corpus().getName(), shown.size(),
                            layer == null ? "" : " in layer " + (layer.isEmpty() ? "(none)" : layer)));
            header.getParent().layout();
        });
    }

    public Table getTable() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        CorpusSession.get().removeListener(corpusListener);
        getSite().getPage().removeSelectionListener(CorpusExplorerView.ID, selectionListener);
        super.dispose();
    }
}
