package org.strata.ui.views;

import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/** Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) for a view: the workbench's one history of passage and model edits. */
public final class UndoKeys {
    private UndoKeys() {}

    static void install(IViewSite site) {
        var undo = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, undo));
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, undo));
    }
}
