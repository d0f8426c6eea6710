package org.strata.store;

import java.io.IOException;

/** The passage store could not be opened, read or written; the message names the index folder. */
public final class StoreException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
