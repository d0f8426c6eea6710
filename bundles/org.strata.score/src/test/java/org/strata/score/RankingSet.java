package org.strata.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real text in six classes for ranking tests: the shipped {@code density-set.txt}, Javadoc of the JDK's own
 * sources (expository, technical), the licence notices inside ONNX Runtime's jar (boilerplate) and word-shuffled
 * copies of the expository passages (word salad).
 */
record RankingSet(List<String> texts, List<String> classes) {
    static final String POSITIVE = "expository";
    private static final Pattern TAG = Pattern.compile("<[^>]{1,80}>");
    private static final Pattern INLINE = Pattern.compile("\\{@\\w+\\s+([^}]*)}");

    static RankingSet load(int javadocPassages, int licencePassages) throws IOException {
        List<String> texts = new ArrayList<>(), classes = new ArrayList<>();
        try (InputStream in = RankingSet.class.getResourceAsStream("density-set.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                int tab = line.indexOf('\t');
                classes.add(line.substring(0, tab));
                texts.add(line.substring(tab + 1).replace("\\n", "\n"));
            }
        }
        for (String t : javadoc(javadocPassages)) {
            texts.add(t);
            classes.add(POSITIVE);
        }
        for (String t : licences(licencePassages)) {
            texts.add(t);
            classes.add("licence");
        }
        Random random = new Random(7);
        int n = texts.size();
        for (int i = 0; i < n; i++) {
            if (!classes.get(i).equals(POSITIVE)) continue;
            List<String> words = new ArrayList<>(Arrays.asList(texts.get(i).split("\\s+")));
            Collections.shuffle(words, random);
            texts.add(String.join(" ", words));
            classes.add("shuffled");
        }
        return new RankingSet(texts, classes);
    }

    /** Javadoc blocks of at least 40 words from java.base/java/util, in file order. */
    static List<String> javadoc(int max) throws IOException {
        Path src = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(src)) throw new IllegalStateException("no JDK sources at " + src);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(src))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null && out.size() < max; ) {
                if (!e.getName().matches("java\\.base/java/util/[A-Z]\\w+\\.java")) continue;
                String code = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (int i = code.indexOf("/**"); i >= 0 && out.size() < max; i = code.indexOf("/**", i + 3)) {
                    int end = code.indexOf("*/", i);
                    if (end < 0) break;
                    StringBuilder sb = new StringBuilder();
                    for (String l : code.substring(i + 3, end).split("\n")) {
                        l = l.strip();
                        if (l.startsWith("*")) l = l.substring(1).strip();
                        if (l.startsWith("@")) break;
                        sb.append(l).append(' ');
                    }
                    String t = INLINE.matcher(TAG.matcher(sb).replaceAll("")).replaceAll("$1").replaceAll("&\\w+;", " ")
                            .replaceAll("\\s+", " ").strip();
                    if (t.split(" ").length >= 40 && !t.contains("{@") && !t.contains("Licensed under")) out.add(t);
                }
            }
        }
        return out;
    }

    /** Paragraphs of at least 40 words from ThirdPartyNotices.txt in ONNX Runtime's jar. */
    static List<String> licences(int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ai.onnxruntime.OrtEnvironment.class.getResourceAsStream("/ThirdPartyNotices.txt")) {
            if (in == null) throw new IllegalStateException("ONNX Runtime's jar has no ThirdPartyNotices.txt");
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String para : all.split("\n\\s*\n")) {
                String t = para.replaceAll("\\s+", " ").strip();
                if (t.split(" ").length >= 40 && out.size() < max && !out.contains(t)) out.add(t);
            }
        }
        return out;
    }

    /** The area under the ROC curve of the scores, expository against the classes named (all others when empty). */
    double auc(float[] scores, List<String> negatives) {
        List<Float> pos = new ArrayList<>(), neg = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (classes.get(i).equals(POSITIVE)) pos.add(scores[i]);
            else if (negatives.isEmpty() || negatives.contains(classes.get(i))) neg.add(scores[i]);
        }
        double wins = 0;
        for (float p : pos) for (float q : neg) wins += p > q ? 1 : p == q ? 0.5 : 0;
        return wins / ((double) pos.size() * neg.size());
    }
}
