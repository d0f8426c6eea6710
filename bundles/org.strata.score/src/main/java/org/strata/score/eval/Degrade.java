package org.strata.score.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Degraded copies of a real passage, each of which must score below the passage itself: its words shuffled, every
 * sentence said twice, the doubled text cut where a token budget would cut it ("S1 S1 S2"), the passage cut off in
 * mid-sentence, wrapped in boilerplate, and stuffed with its own keywords. Deterministic for a given seed.
 */
public final class Degrade {
    public static final List<String> KINDS = List.of("shuffled", "doubled", "doubled, cut", "truncated", "in boilerplate", "keyword-stuffed");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])\\s+");

    private Degrade() {}

    /** The copy of one kind; null when the passage is too short for it (fewer than two sentences to double, say). */
    public static String of(String kind, String text, Random random, List<String> boilerplate) {
        return switch (kind) {
            case "shuffled" -> shuffled(text, random);
            case "doubled" -> doubled(text);
            case "doubled, cut" -> doubledCut(text);
            case "truncated" -> truncated(text);
            case "in boilerplate" -> boilerplate.size() < 2 ? null
                    : boilerplate.get(random.nextInt(boilerplate.size())) + "\n\n" + text + "\n\n" + boilerplate.get(random.nextInt(boilerplate.size()));
            case "keyword-stuffed" -> stuffed(text, random);
            default -> throw new IllegalArgumentException("unknown degradation " + kind + ": " + KINDS);
        };
    }

    static String shuffled(String text, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        Collections.shuffle(words, random);
        return String.join(" ", words);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    static String doubled(String text) {
        List<String> s = sentences(text);
        if (s.size() < 2) return null;
        StringBuilder sb = new StringBuilder();
        for (String x : s) sb.append(x).append(' ').append(x).append(' ');
        return sb.toString().strip();
    }

    /** The doubled text cut to about the original's length, at a sentence end: "S1 S1 S2 S2 S3". */
    static String doubledCut(String text) {
        List<String> s = sentences(text);
        if (s.size() < 3) return null;
        StringBuilder sb = new StringBuilder();
        outer:
        for (String x : s) {
            for (int k = 0; k < 2; k++) {
                if (sb.length() + x.length() > text.length() && sb.length() > 0) break outer;
                sb.append(x).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** The first 60% of the words, ending inside a sentence. */
    static String truncated(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 20) return null;
        int n = (int) (words.length * 0.6);
        while (n > 5 && words[n - 1].matches(".*[.!?:;\u2026\"\u00BB)]$")) n--;
        return String.join(" ", Arrays.copyOf(words, n));
    }

    /** The passage's two most frequent long words as a phrase, put in after every eighth word and once more at the end. */
    static String stuffed(String text, Random random) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 20) return null;
        Map<String, Integer> freq = new HashMap<>();
        for (String w : words) {
            String k = w.replaceAll("[^\\p{L}\\p{N}-]", "");
            if (k.length() >= 5) freq.merge(k.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        if (freq.size() < 2) return null;
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String phrase = top.get(0).getKey() + " " + top.get(1).getKey();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            sb.append(words[i]).append(' ');
            if (i % 8 == 7) sb.append(phrase).append(' ');
        }
        sb.append(phrase).append(' ').append(phrase);
        return sb.toString().strip();
    }
}
