package org.strata.ui.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.core.runtime.jobs.Job;
import org.strata.engine.CorpusFolder;
import org.strata.engine.PassageChange;
import org.strata.engine.PassageSelection;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.PassageEdit;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Passages dragged inside the workbench (from the Passages table or a layer's list onto a layer of the board or of
 * the explorer): the drag carries their ids; a drop moves them to the layer as one undoable edit.
 */
public final class PassageDrag {
    /** What a drag carries. */
    record Passages(List<String> ids) {}

    private PassageDrag() {}

    /** Makes a control the source of passage drags; {@code ids} gives the ids selected when the drag starts. */
    static void source(Control control, Supplier<List<String>> ids) {
        DragSource source = new DragSource(control, DND.DROP_MOVE);
        source.setTransfer(LocalSelectionTransfer.getTransfer());
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent e) {
                List<String> picked = ids.get();
                e.doit = !picked.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(new Passages(picked)));
            }

            @Override
            public void dragFinished(DragSourceEvent e) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
    }

    /**
     * Makes a control a target of passage drags; {@code layerAt} names the layer under the drop point (the item
     * it is over), or null where passages cannot go. Other transfers (files from outside) may share the target.
     */
    static void target(DropTarget target, java.util.function.Function<Widget, String> layerAt, Consumer<Job> started) {
        Transfer[] now = target.getTransfer();
        Transfer[] with = java.util.Arrays.copyOf(now, now.length + 1);
        with[now.length] = LocalSelectionTransfer.getTransfer();
        target.setTransfer(with);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent e) {
                check(e);
            }

            @Override
            public void dragOver(DropTargetEvent e) {
                check(e);
            }

            private void check(DropTargetEvent e) {
                if (!LocalSelectionTransfer.getTransfer().isSupportedType(e.currentDataType)) return;
                e.detail = dragged() != null && layerAt.apply(e.item) != null ? DND.DROP_MOVE : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent e) {
                Passages p = dragged();
                String layer = layerAt.apply(e.item);
                if (p == null || layer == null) return;
                Job job = move(CorpusSession.get().current(), p.ids(), layer);
                if (job != null && started != null) started.accept(job);
            }
        });
    }

    private static Passages dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Passages p
                ? p : null;
    }

    /** Moves passages to a layer ("" for none) as one undoable edit, in a job; null without a corpus or passages. */
    static Job move(CorpusFolder corpus, List<String> ids, String layer) {
        if (corpus == null || ids.isEmpty()) return null;
        String label = layer.isEmpty() ? Texts.format(Messages.Edit_movePassagesOut, ids.size())
                : Texts.format(Messages.Edit_movePassages, ids.size(), layer);
        List<String> copy = List.copyOf(ids);
        return PassageActions.start(new PassageEdit(label, corpus, () -> new PassageSelection.Ids(copy), new PassageChange.SetLayer(layer)));
    }
}
