package org.strata.ui;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
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
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.strata.engine.CorpusFolder;

/**
 * The corpus explorer: layers in curriculum order with their counts, and the sources with their ingest status.
 * Files and folders dragged onto it are imported into the open corpus.
 */
public final class CorpusExplorerView extends ViewPart {
    public static final String ID = "org.strata.ui.explorer";

    private TreeViewer viewer;
    private final Consumer<CorpusFolder> listener = this::reload;
    private final Runnable modelListener = () -> reload(CorpusSession.get().current());

    @Override
    public void createPartControl(Composite parent) {
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
                    e.detail = CorpusSession.get().current() == null ? DND.DROP_NONE : DND.DROP_COPY;
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
        CorpusSession.get().addListener(listener);
        CorpusSession.get().addModelListener(modelListener);
        if (CorpusSession.get().current() != null) reload(CorpusSession.get().current());
    }

    private void reload(CorpusFolder corpus) {
        Job.create("Reading corpus", monitor -> {
            try {
                List<ExplorerNode> nodes = corpus == null ? List.of() : ExplorerContent.build(corpus);
                String title = corpus == null ? "Corpus" : "Corpus: " + corpus.corpus().getName();
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (viewer.getControl().isDisposed()) return;
                    setPartName(title);
                    viewer.setInput(nodes);
                    viewer.expandToLevel(2);
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot read corpus: " + e.getMessage(), e);
            }
        }).schedule();
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

    @Override
    public void dispose() {
        CorpusSession.get().removeListener(listener);
        CorpusSession.get().removeModelListener(modelListener);
        super.dispose();
    }

    /** Imports files and folders dropped on the explorer (the paths a file manager hands over); null without a corpus. */
    public Job dropped(String[] files) {
        if (CorpusSession.get().current() == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), "Import", "Open a corpus first (File > Open Corpus...).");
            return null;
        }
        List<java.nio.file.Path> paths = java.util.Arrays.stream(files).map(java.nio.file.Path::of).toList();
        return ImportFiles.start(getSite().getShell(), paths);
    }
}
