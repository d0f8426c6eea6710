package org.strata.ui.views;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.operations.ImportFiles;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The corpus explorer: layers in curriculum order with their counts, and the sources with their ingest status.
 * Files and folders dragged onto it are imported into the open corpus.
 */
public final class CorpusExplorerView extends CorpusView {
    public static final String ID = "org.strata.ui.explorer";

    private TreeViewer viewer;

    @Override
    protected Control create(Composite parent) {
        UndoKeys.install(getViewSite()); // Ctrl+Z works wherever the focus is
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object e) {
                return ((ExplorerNode) e).children().toArray();
            }

            @Override
            public Object getParent(Object e) {
                return null;
            }

            @Override
            public boolean hasChildren(Object e) {
                return !((ExplorerNode) e).children().isEmpty();
            }
        });
        // files and folders dropped on the explorer are imported into the open corpus
        DropTarget drop = new DropTarget(viewer.getTree(), DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_DEFAULT);
        drop.setTransfer(FileTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent e) {
                if (FileTransfer.getInstance().isSupportedType(e.currentDataType)) {
                    e.detail = current() == null ? DND.DROP_NONE : DND.DROP_COPY;
                }
            }

            @Override
            public void drop(DropTargetEvent e) {
                if (FileTransfer.getInstance().isSupportedType(e.currentDataType) && e.data instanceof String[] files) dropped(files);
            }
        });
        // passages dragged from a list onto a layer move to it
        PassageDrag.target(drop, item -> item != null && item.getData() instanceof ExplorerNode n && n.kind() == ExplorerNode.Kind.LAYER ? n.key() : null, null);
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return ((ExplorerNode) e).label();
            }

            @Override
            public Image getImage(Object e) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((ExplorerNode) e).kind()) {
                    case GROUP -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
                    case LAYER -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
                    case CONCEPT -> images.getImage(ISharedImages.IMG_DEF_VIEW);
                    case SOURCE -> images.getImage(ISharedImages.IMG_OBJ_FILE);
                };
            }
        });
        viewer.setInput(List.of());
        getSite().setSelectionProvider(viewer);
        return viewer.getControl();
    }

    /**
     * The tree counts passages and tokens per layer and concept and lists the sources: statuses are not in it (a
     * scoring run may count tokens again, with a new encoder's tokenizer).
     */
    @Override
    protected void changed(CorpusChange change) {
        if (change instanceof CorpusChange.Passages p && !p.touches(CorpusChange.Aspect.ADDED, CorpusChange.Aspect.DENSITY,
                CorpusChange.Aspect.LAYER, CorpusChange.Aspect.CONCEPT)) return; // a status, or how words are searched
        CorpusFolder corpus = change.corpus();
        String title = corpus == null ? Messages.Explorer_title : Texts.format(Messages.Explorer_corpusTitle, corpus.corpus().getName());
        read(Messages.Explorer_job, Messages.Explorer_cannotRead, () -> corpus == null ? List.<ExplorerNode>of() : ExplorerContent.build(service(corpus)), nodes -> {
            setPartName(title);
            viewer.setInput(nodes);
            viewer.expandToLevel(2);
        });
    }

    /** Selects and shows the source with this URI or path (as an ingestion report names it), if the tree holds it. */
    public void revealSource(String uriOrPath) {
        String uri = uriOrPath.contains("!/") ? uriOrPath : java.nio.file.Path.of(uriOrPath).toAbsolutePath().normalize().toString();
        if (!(viewer.getInput() instanceof List<?> groups)) return;
        for (Object g : groups) {
            for (ExplorerNode n : ((ExplorerNode) g).children()) {
                if (n.kind() == ExplorerNode.Kind.SOURCE && uri.equals(n.key())) {
                    viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(n), true);
                    return;
                }
            }
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Imports files and folders dropped on the explorer (the paths a file manager hands over); null without a corpus. */
    public Job dropped(String[] files) {
        if (current() == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Import_title, Messages.Handler_openFirst);
            return null;
        }
        List<java.nio.file.Path> paths = java.util.Arrays.stream(files).map(java.nio.file.Path::of).toList();
        return ImportFiles.start(getSite().getShell(), paths);
    }
}
