package org.strata.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real English prose for benchmarks, found on every machine with a JDK: the Javadoc comments of the JDK's own
 * sources ({@code lib/src.zip}), cleaned of markup and cut into sentences.
 */
public final class BenchText {
    private static final Pattern TAG = Pattern.compile("<[^>]{1,80}>");
    private static final Pattern INLINE = Pattern.compile("\\{@\\w+\\s+([^}]*)}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private BenchText() {}

    public static Path jdkSources() {
        Path src = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        if (!Files.isRegularFile(src)) throw new IllegalStateException("no JDK sources at " + src + " to take benchmark text from");
        return src;
    }

    /** Sentences of at least six words from the Javadoc of the JDK sources, in file order, at most {@code max}. */
    public static List<String> sentences(Path srcZip, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(srcZip))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null && out.size() < max; ) {
                if (!e.getName().endsWith(".java")) continue;
                BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                StringBuilder comment = null;
                for (String line; (line = r.readLine()) != null && out.size() < max; ) {
                    String t = line.strip();
                    if (comment == null && t.startsWith("/**")) comment = new StringBuilder();
                    if (comment != null) {
                        comment.append(t.replaceFirst("^/\\*\\*|^\\*/|^\\*", "").replace("*/", "")).append('\n');
                        if (t.endsWith("*/")) {
                            split(comment.toString(), out);
                            comment = null;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void split(String comment, List<String> out) {
        String s = BLOCK_TAG.matcher(comment).replaceAll(" ");
        s = INLINE.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        for (String sentence : SENTENCE_END.split(s)) {
            if (sentence.split(" ").length >= 6 && sentence.length() < 600) out.add(sentence);
        }
    }
}
