package org.strata.engine;

/**
 * Progress and cancellation for long engine work, free of any UI type: the workbench adapts a monitor to it,
 * the CLI prints. {@link #worked} is called with units done so far out of the total.
 */
public interface Progress {
    void worked(long done, long total);

    /** Checked between units of work; true stops the work at the next safe point, keeping what is committed. */
    default boolean cancelled() {
        return false;
    }

    Progress NONE = (done, total) -> { };
}
