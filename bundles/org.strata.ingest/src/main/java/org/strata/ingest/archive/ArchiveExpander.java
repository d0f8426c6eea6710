package org.strata.ingest.archive;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Expands archives (zip, tar, and tar or single files compressed with gzip, bzip2 or xz) into their members, so that
 * each member is ingested as a source of its own, nested archives too. Members are written under a work folder with
 * names of our own (a member called {@code ../../etc/passwd} cannot escape it) and named to the user as
 * {@code archive.zip!/dir/member.txt}.
 * <p>
 * Limits guard against archive bombs: a member that expands more than {@link Limits#maxRatio()} times its compressed
 * size (once past a megabyte), more than {@link Limits#maxBytes()} written for one top-level archive, more than
 * {@link Limits#maxMembers()} members, or archives nested deeper than {@link Limits#maxDepth()}. A bomb fails the
 * whole archive and nothing of it is kept; a member that cannot be read (encrypted, or an unsupported method) is
 * reported on its own; an archive cut short keeps the members read in full before the cut.
 */
public final class ArchiveExpander {
    /** The limits of one top-level archive's expansion. */
    public record Limits(long maxBytes, long maxRatio, int maxMembers, int maxDepth) {
        public static final Limits DEFAULT = new Limits(2L << 30, 100, 20_000, 5);
    }

    /** What an archive member became: a file to ingest, or a failure with its reason. */
    public record Member(String uri, Path file, String failure) {}

    /** The members of an archive, in archive order (nested members in place), and a problem that cut it short. */
    public record Expansion(List<Member> members, String problem) {}

    /** The archive is a bomb or otherwise unusable as a whole: nothing of it is kept. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final long RATIO_GRACE = 1 << 20; // small members may compress well, e.g. a page of spaces

    private final Limits limits;

    public ArchiveExpander(Limits limits) {
        this.limits = limits;
    }

    /** The kind of archive a file is, by its first bytes, or null for a file that is not one. */
    public static Kind kind(Path file) throws IOException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return Kind.of(head, n, file);
    }

    /**
     * Expands {@code archive} (known by {@code uri}, of the kind {@link #kind} found) into {@code work}, which must be
     * an empty or new folder.
     */
    public Expansion expand(Path archive, Kind kind, String uri, Path work) throws Refused, IOException {
        Files.createDirectories(work);
        State st = new State(work, uri + "!/");
        String problem = null;
        try {
            expandInto(archive, uri, kind, 1, st);
        } catch (Truncated t) {
            problem = t.getMessage();
        }
        return new Expansion(st.members, problem);
    }

    private static final class State {
        final Path work;
        final String top;
        final List<Member> members = new ArrayList<>();
        long written;
        int files;

        State(Path work, String top) {
            this.work = work;
            this.top = top;
        }

        /** A member as the user knows it inside the top-level archive: "inner.zip!/notes.txt". */
        String inside(String memberUri) {
            return memberUri.startsWith(top) ? memberUri.substring(top.length()) : memberUri;
        }
    }

    /** An archive that could not be read to its end; what was read before is kept. */
    private static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated(String message) {
            super(message, null);
        }
    }

    private void expandInto(Path archive, String uri, Kind kind, int depth, State st) throws Refused, IOException {
        switch (kind) {
            case ZIP -> zip(archive, uri, depth, st);
            case TAR -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(archive))) {
                    tar(in, uri, depth, st, Files.size(archive));
                }
            }
            default -> compressed(archive, uri, kind, depth, st);
        }
    }

    private void zip(Path archive, String uri, int depth, State st) throws Refused, IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(archive).get();
        } catch (IOException e) {
            throw new Truncated("cannot read the zip archive: " + e.getMessage());
        }
        try (zip) {
            for (Enumeration<ZipArchiveEntry> en = zip.getEntriesInPhysicalOrder(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (e.isDirectory() || e.isUnixSymlink()) continue;
                String memberUri = uri + "!/" + e.getName();
                if (e.getGeneralPurposeBit().usesEncryption()) {
                    st.members.add(new Member(memberUri, null, "encrypted archive member (password protected)"));
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    st.members.add(new Member(memberUri, null, "unsupported compression method in the archive"));
                    continue;
                }
                long compressed = Math.max(1, e.getCompressedSize());
                try (InputStream in = zip.getInputStream(e)) {
                    member(in, e.getName(), memberUri, compressed, depth, st);
                } catch (IOException x) { // a zip's members are independent: the next one may be fine
                    st.members.add(new Member(memberUri, null, x.getMessage()));
                }
            }
        }
    }

    private void tar(InputStream raw, String uri, int depth, State st, long compressedTotal) throws Refused, IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(raw);
        while (true) {
            org.apache.commons.compress.archivers.tar.TarArchiveEntry e;
            try {
                e = tar.getNextEntry();
            } catch (IOException x) {
                throw new Truncated("the tar archive is cut short or damaged after " + st.members.size() + " members: " + x.getMessage());
            }
            if (e == null) return;
            if (!e.isFile()) continue;
            // a tar's members share the stream's compression: the ratio is judged on the whole archive
            member(tar, e.getName(), uri + "!/" + e.getName(), Math.max(1, compressedTotal), depth, st);
        }
    }

    private void compressed(Path archive, String uri, Kind kind, int depth, State st) throws Refused, IOException {
        long size = Files.size(archive);
        try (InputStream in = kind.open(new BufferedInputStream(Files.newInputStream(archive)))) {
            BufferedInputStream body = new BufferedInputStream(in);
            body.mark(512);
            byte[] head = body.readNBytes(512);
            body.reset();
            if (Kind.of(head, head.length, null) == Kind.TAR) {
                tar(body, uri, depth, st, size);
            } else {
                String name = archive.getFileName().toString().replaceFirst("(?i)\\.(gz|tgz|bz2|xz)$", "");
                member(body, name, uri + "!/" + name, size, depth, st);
            }
        } catch (EOFException e) {
            throw new Truncated("the compressed file is cut short after " + st.members.size() + " members");
        }
    }

    /** Copies one member out, within the limits; expands it in turn when it is an archive itself. */
    private void member(InputStream in, String name, String memberUri, long compressed, int depth, State st)
            throws Refused, IOException {
        if (++st.files > limits.maxMembers()) {
            throw new Refused("more than " + limits.maxMembers() + " members (an archive bomb?)");
        }
        Path dir = Files.createDirectories(st.work.resolve(Integer.toString(st.files)));
        Path out = dir.resolve(safeName(name));
        long copied;
        try (OutputStream os = Files.newOutputStream(out)) {
            copied = copy(in, os, memberUri, compressed, st);
        } catch (IOException e) {
            Files.deleteIfExists(out);
            String why = e instanceof EOFException || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("truncated")
                    ? "the archive is cut short inside " + name : "cannot read " + name + " in the archive: " + e.getMessage();
            throw new Truncated(why + " (members before it are kept)");
        }
        Kind inner = copied > 0 ? kind(out) : null;
        if (inner == null) {
            st.members.add(new Member(memberUri, out, null));
        } else if (depth >= limits.maxDepth()) {
            st.members.add(new Member(memberUri, null, "archives nested deeper than " + limits.maxDepth() + " levels"));
        } else {
            try {
                expandInto(out, memberUri, inner, depth + 1, st);
            } catch (Truncated t) {
                st.members.add(new Member(memberUri, null, t.getMessage()));
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }

    private long copy(InputStream in, OutputStream os, String memberUri, long compressed, State st) throws Refused, IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
            n += r;
            st.written += r;
            if (n > RATIO_GRACE && n > limits.maxRatio() * compressed) {
                throw new Refused(st.inside(memberUri) + " expands more than " + limits.maxRatio() + " times its compressed size (an archive bomb?)");
            }
            if (st.written > limits.maxBytes()) {
                throw new Refused("expands beyond " + (limits.maxBytes() >> 20) + " MB (an archive bomb?)");
            }
            os.write(buf, 0, r);
        }
        return n;
    }

    /** A file name of our own for a member: its last path part, without characters file systems refuse. */
    static String safeName(String memberName) {
        String base = memberName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1F<>:\"|?*]", "_");
        if (base.isBlank() || base.equals(".") || base.equals("..")) base = "member";
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    /** Archive kinds, told by their first bytes. */
    public enum Kind {
        ZIP, TAR, GZIP, BZIP2, XZ;

        static Kind of(byte[] h, int n, Path file) throws IOException {
            if (n >= 4 && h[0] == 'P' && h[1] == 'K' && (h[2] == 3 && h[3] == 4 || h[2] == 5 && h[3] == 6)) {
                return file == null || ZipContainers.isPlainZip(file) ? ZIP : null;
            }
            if (n >= 262 && h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r') return TAR;
            if (n >= 2 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) return GZIP;
            if (n >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') return BZIP2;
            if (n >= 6 && (h[0] & 0xFF) == 0xFD && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z' && h[5] == 0) return XZ;
            return null;
        }

        /** The media type recorded for an archive source. */
        public String mediaType() {
            return switch (this) {
                case ZIP -> "application/zip";
                case TAR -> "application/x-tar";
                case GZIP -> "application/gzip";
                case BZIP2 -> "application/x-bzip2";
                case XZ -> "application/x-xz";
            };
        }

        InputStream open(InputStream in) throws IOException {
            return switch (this) {
                case GZIP -> GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
                case BZIP2 -> new BZip2CompressorInputStream(in, true);
                case XZ -> new XZCompressorInputStream(in, true);
                default -> in;
            };
        }
    }
}
