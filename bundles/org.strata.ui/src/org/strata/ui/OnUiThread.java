package org.strata.ui;

import org.eclipse.swt.widgets.Control;

/** Runs work on a view's UI thread from any thread (a job's result, a listener of the corpus), while the view lives. */
final class OnUiThread {
    private OnUiThread() {}

    /** Runs {@code r} later on the UI thread of {@code control}, unless the control is gone (or not made yet) by then. */
    static void later(Control control, Runnable r) {
        if (control != null && !control.isDisposed()) control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) r.run();
        });
    }
}
