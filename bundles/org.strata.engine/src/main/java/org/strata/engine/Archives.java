package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strata.ingest.archive.ArchiveExpander;

/**
 * Archives opened as the ingestion opens them (zip, tar, 7z, gzip..., nested ones in place), with the same limits
 * against bombs: for a host that walks its files itself, as the Spark job's tasks do. Every member is its own
 * source, {@code archive!/member}.
 */
public final class Archives {
    /** A member: its source name, its expanded file (null when it failed), and why it failed (null when it did not). */
    public record Member(String uri, Path file, String failure) {}

    /** The members read, and what cut the archive short or refused it whole (null when nothing did: a bomb keeps no member). */
    public record Expanded(List<Member> members, String problem) {}

    private static final ArchiveExpander EXPANDER = new ArchiveExpander(ArchiveExpander.Limits.DEFAULT);

    private Archives() {}

    /** True when the file is an archive, by its first bytes. */
    public static boolean is(Path file) throws IOException {
        return ArchiveExpander.kind(file) != null;
    }

    /** Expands {@code file}, known as {@code uri}, into the new or empty folder {@code into}. */
    public static Expanded expand(Path file, String uri, Path into) throws IOException {
        ArchiveExpander.Kind kind = ArchiveExpander.kind(file);
        if (kind == null) throw new IllegalArgumentException(file + " is not an archive");
        try {
            ArchiveExpander.Expansion x = EXPANDER.expand(file, kind, uri, into);
            List<Member> members = new ArrayList<>(x.members().size());
            for (ArchiveExpander.Member m : x.members()) members.add(new Member(m.uri(), m.failure() == null ? m.file() : null, m.failure()));
            return new Expanded(members, x.problem());
        } catch (ArchiveExpander.Refused e) {
            return new Expanded(List.of(), e.getMessage());
        }
    }
}
