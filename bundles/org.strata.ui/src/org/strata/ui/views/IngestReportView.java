package org.strata.ui.views;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.engine.FileResult;
import org.strata.engine.IngestReport;
import org.strata.engine.Outcome;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The ingestion report: every file of the latest import with its outcome (ok, skipped, failed), passages, exact
 * duplicates and the reason, as the command line prints it and the corpus's log/ keeps it. "Problems only" hides
 * the files that went well; a double click shows the file's source in the corpus explorer.
 */
public final class IngestReportView extends CorpusView {
    private static final String READ = Messages.Report_job;
    public static final String ID = "org.strata.ui.ingestReport";

    private TableViewer viewer;
    private Label summary;
    @Override
    protected Control create(Composite parent) {
        UndoKeys.install(getViewSite()); // Ctrl+Z works wherever the focus is
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        summary = new Label(root, SWT.WRAP);
        summary.setText(Messages.Report_noImport);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        column(Messages.Report_outcome, 90, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return Texts.outcome(((FileResult) e).outcome().label());
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object e) {
                return switch (((FileResult) e).outcome()) {
                    case OK -> null;
                    case SKIPPED -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
                    case FAILED -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                };
            }
        });
        column(Messages.Report_file, 420, text(r -> r.path()));
        column(Messages.Report_passages, 85, text(r -> Integer.toString(r.passages())));
        column(Messages.Report_duplicates, 95, text(r -> Integer.toString(r.duplicates())));
        column(Messages.Report_reason, 420, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                String reason = ((FileResult) e).reason();
                return reason == null ? "" : org.strata.engine.Phrases.say(reason); // in the workbench's language
            }

            @Override
            public Color getForeground(Object e) {
                return ((FileResult) e).outcome() == Outcome.FAILED ? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
        viewer.addDoubleClickListener(e -> reveal(((IStructuredSelection) e.getSelection()).getFirstElement()));
        IAction problemsOnly = new Action(Messages.Report_problemsOnly, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                viewer.setFilters(isChecked() ? new ViewerFilter[] {PROBLEMS} : new ViewerFilter[0]);
            }
        };
        problemsOnly.setToolTipText(Messages.Report_problemsOnlyTip);
        problemsOnly.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJS_ERROR_TSK));
        getViewSite().getActionBars().getToolBarManager().add(problemsOnly);
        getSite().setSelectionProvider(viewer);
        return viewer.getControl();
    }

    /** A corpus opened shows its latest import's report; an import shows its own report when it ends. */
    @Override
    protected void changed(CorpusChange change) {
        if (change instanceof CorpusChange.Opened o) loadLatest(o.corpus());
    }

    private static final ViewerFilter PROBLEMS = new ViewerFilter() {
        @Override
        public boolean select(Viewer v, Object parent, Object e) {
            return ((FileResult) e).outcome() != Outcome.OK;
        }
    };

    private static ColumnLabelProvider text(java.util.function.Function<FileResult, String> f) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return f.apply((FileResult) e);
            }
        };
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(labels);
    }

    /** Shows a report (on the UI thread). */
    public void show(IngestReport report, boolean cancelled) {
        if (viewer.getControl().isDisposed()) return;
        drop(READ); // the report just made wins over an older one still being read
        summary.setText((cancelled ? Messages.Report_cancelled : "") + Texts.ingestTotal(report));
        summary.getParent().layout();
        viewer.setInput(List.copyOf(report.files()));
    }

    /** The report of the corpus's latest import, read from its log folder (an unreadable one shows as none). */
    private void loadLatest(CorpusFolder corpus) {
        read(READ, Messages.Report_cannotRead, () -> {
            try {
                return corpus == null ? Optional.<IngestReport>empty() : IngestReport.latest(corpus.dir().resolve("log"));
            } catch (IOException e) {
                return Optional.<IngestReport>empty(); // an unreadable old report: the view stays empty until the next import
            }
        }, report -> {
            if (report.isEmpty()) {
                summary.setText(corpus == null ? Messages.Report_noCorpus : Messages.Report_noImport);
                viewer.setInput(List.of());
            } else {
                show(report.get(), false);
            }
        });
    }

    private void reveal(Object element) {
        if (!(element instanceof FileResult r)) return;
        try {
            CorpusExplorerView explorer = (CorpusExplorerView) getSite().getPage().showView(CorpusExplorerView.ID);
            explorer.revealSource(r.path());
        } catch (PartInitException e) {
            // the explorer cannot open: nothing to reveal in
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public String getSummary() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
