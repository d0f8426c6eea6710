package org.strata.ui.session;

import org.eclipse.swt.widgets.Control;

/** Runs work on a view's UI thread from any thread (a job's result, a listener of the corpus), while the view lives. */
public final class OnUiThread {
    private OnUiThread() {}

    /** Runs {@code r} later on the UI thread of {@code control}, unless the control is gone (or not made yet) by then. */
    public static void later(Control control, Runnable r) {
        if (control != null && !control.isDisposed()) control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) r.run();
        });
    }
}
