package org.strata.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/** The test inputs of both paths: real files of several formats, exact and near duplicates, a corrupt PDF, an empty file. */
final class TestFiles {
    private TestFiles() {}

    static final String[] TEXTS = {
        "Ground contact time shortens as running speed rises, because the leg must apply a larger vertical impulse in less time.",
        "Tendon stiffness sets how much elastic energy the Achilles tendon stores during the stance phase and returns at toe-off.",
        "Lactate threshold marks the intensity above which blood lactate accumulates faster than muscle and liver can clear it.",
        "Periodisation arranges training in cycles so that accumulated fatigue dissipates before competition while fitness is kept.",
        "Eccentric hamstring strength protects sprinters, since the muscle lengthens under load during late swing."};

    /** Real files of several formats, one passage repeated across two of them, a zip of two, a corrupt PDF and an empty file. */
    static Path make(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < 12; f++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 4; p++) sb.append(TEXTS[(f + p) % TEXTS.length]).append(" (note ").append(f).append('.').append(p).append(")\n\n");
            if (f % 3 == 0) {
                Files.writeString(in.resolve("page-" + f + ".html"), "<html><head><title>Page " + f + "</title></head><body><p>"
                        + sb.toString().replace("\n\n", "</p><p>") + "</p></body></html>");
            } else {
                Files.writeString(in.resolve("note-" + f + ".txt"), sb.toString());
            }
        }
        Files.writeString(in.resolve("same-a.txt"), "This exact passage appears in two files and is kept once by either path, the first in source order.");
        Files.writeString(in.resolve("same-b.txt"), "This exact passage appears in two files and is kept once by either path, the first in source order.");
        // near duplicates: the same long passage with one word changed, in three files
        String near = "Plyometric drills train the stretch-shortening cycle, in which a rapid eccentric action of the muscle and tendon "
                + "stores elastic energy and potentiates the concentric action that follows, so that jumps rise higher and sprints "
                + "start faster when the drills are done with short ground contacts and full recovery between the sets of the session.";
        Files.writeString(in.resolve("near-1.txt"), near);
        Files.writeString(in.resolve("near-2.txt"), near.replace("higher", "further"));
        Files.writeString(in.resolve("near-3.txt"), near.replace("faster", "quicker"));
        // an archive: each member its own source, archive!/member, by either path
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(in.resolve("notes.zip")))) {
            z.putNextEntry(new java.util.zip.ZipEntry("zipped-a.txt"));
            z.write((TEXTS[1] + " (zipped a)").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("inner/zipped-b.txt"));
            z.write((TEXTS[2] + " (zipped b)").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage");
        Files.createFile(in.resolve("empty.txt"));
        return in;
    }
}
