package org.strata.export;

import java.util.List;

/** What a written pack holds: its stages in curriculum order and, for every file, its records and hash. */
public record PackManifest(String format, String corpus, String tool, List<StageEntry> stages, long unassigned) {
    public record StageEntry(int index, String layer, String folder, List<FileEntry> files) {}

    public record FileEntry(String path, String schema, long records, long tokens, String sha256) {}

    public long records() {
        return stages.stream().flatMap(s -> s.files().stream()).mapToLong(FileEntry::records).sum();
    }
}
