package org.strata.engine;

import java.nio.file.Path;
import java.util.List;

import org.strata.ingest.FileExtractor;

/**
 * What {@link CorpusService#ingest} reads: files and folders, cut into passages of at most {@code budget} tokens of
 * the corpus's encoder (0: {@link Ingestion#DEFAULT_BUDGET}), parsed by {@code extractor} (null: Tika in isolated
 * workers, as the CLI runs it; the workbench passes its own, embedded for OSGi) on {@code threads} threads (0: the
 * default).
 */
public record IngestRequest(List<Path> paths, int budget, FileExtractor extractor, int threads) {
    public IngestRequest {
        paths = List.copyOf(paths);
    }

    public static IngestRequest of(List<Path> paths) {
        return new IngestRequest(paths, 0, null, 0);
    }
}
