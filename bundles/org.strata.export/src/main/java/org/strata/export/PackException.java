package org.strata.export;

import java.io.IOException;

/** A pack could not be written where asked; the message says why and names the folder. */
public class PackException extends IOException {
    private static final long serialVersionUID = 1L;

    public PackException(String message) {
        super(message);
    }
}
