package org.strata.ingest;

/** One file could not be read or parsed; the message is a one-line reason fit for a report. */
public final class ExtractException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
