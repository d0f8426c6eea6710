package org.strata.ingest;

import java.nio.file.Path;

/**
 * Turns one file into text, or fails with a one-line reason. Implementations decide how a bad file is contained:
 * in a separate process with time and memory limits, or in this one.
 */
public interface FileExtractor extends AutoCloseable {
    Extracted extract(Path file) throws ExtractException;

    @Override
    default void close() {}
}
