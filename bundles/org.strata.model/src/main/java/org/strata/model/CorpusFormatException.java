package org.strata.model;

import java.io.IOException;
import java.nio.file.Path;

/** A corpus file that is missing, unreadable or not a Strata model. The message names the file. */
public final class CorpusFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CorpusFormatException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
