package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;

/** A folder that is not a Strata corpus was given where one was expected. */
public final class NotACorpusException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotACorpusException(Path dir) {
        super(dir + " is not a Strata corpus (no corpus.strata in it); create one with: strata new " + dir);
    }
}
