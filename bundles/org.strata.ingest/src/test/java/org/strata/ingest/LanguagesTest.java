package org.strata.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import org.junit.jupiter.api.Test;

/**
 * The language scorer against the plain way of doing the same thing: Optimaize's own standard n-grams, each looked up
 * in a map of the profiles, gains added n-gram by n-gram (the code the packed table replaced).
 */
class LanguagesTest {
    private static final Path SET = Path.of("../../eval/density");

    @Test
    void thePackedTableAnswersAsOptimaizesNgramsInAMapDo() throws Exception {
        List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
        String[] codes = new String[profiles.size()];
        Map<String, Map<Integer, Double>> gains = new HashMap<>();
        double unseen = Math.log(0.5 / 10_000);
        for (int l = 0; l < profiles.size(); l++) {
            LanguageProfile p = profiles.get(l);
            codes[l] = p.getLocale().getLanguage();
            for (Map.Entry<String, Integer> g : p.iterateGrams()) {
                long total = p.getNumGramOccurrences(g.getKey().length());
                if (total <= 0) continue;
                double gain = (float) (Math.log(0.5 / 10_000 + g.getValue() / (double) total) - unseen);
                gains.computeIfAbsent(g.getKey(), k -> new HashMap<>()).put(l, gain);
            }
        }
        // the table itself: every n-gram of every profile, with each language's gain in profile order
        int grams = 0;
        for (Map.Entry<String, Map<Integer, Double>> g : gains.entrySet()) {
            Map<String, List<Float>> want = new java.util.TreeMap<>();
            new java.util.TreeMap<>(g.getValue()).forEach((l, gain) -> want.computeIfAbsent(codes[l], k -> new ArrayList<>()).add((float) (double) gain));
            assertEquals(want, Languages.gains(g.getKey()), g.getKey());
            grams++;
        }
        assertTrue(grams > 100_000, grams + " n-grams");
        assertTrue(Languages.gains("\u0000\u0001").isEmpty(), "an n-gram no profile has");

        List<String> texts = new ArrayList<>();
        for (String lang : List.of("en", "ru")) {
            for (String line : Files.readAllLines(SET.resolve(lang + ".tsv"))) if (!line.startsWith("#")) texts.add(line.split("\t")[3]);
        }
        texts.addAll(List.of("Le cycle étirement-détente permet à l'unité muscle-tendon de stocker de l'énergie élastique.",
                "Die Bodenkontaktzeit ist bei Sprintern der Weltklasse kürzer als neun Hundertstelsekunden, sagt die Studie.",
                "肌肉肌腱单元在拉长时储存弹性能量，并在随后的向心阶段释放出来。这种机制对短时间的地面接触尤为重要。",
                "public static void main(String[] args) { for (int i = 0; i < n; i++) { x[i] = y[i] * 2; } return foo.bar(baz); }"));
        int compared = 0, ru = 0;
        for (String t : texts) {
            String sample = t.length() > 600 ? t.substring(0, 600) : t;
            int letters = 0;
            for (int i = 0; i < sample.length(); i++) if (Character.isLetter(sample.charAt(i))) letters++;
            if (letters < 40) continue;
            double[] score = new double[codes.length];
            int known = 0;
            for (String g : NgramExtractors.standard().extractGrams(sample)) {
                Map<Integer, Double> of = gains.get(g);
                if (of == null) continue;
                known++;
                for (Map.Entry<Integer, Double> e : of.entrySet()) score[e.getKey()] += e.getValue();
            }
            int best = 0;
            for (int i = 1; i < score.length; i++) if (score[i] > score[best]) best = i;
            double second = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < score.length; i++) if (!codes[i].equals(codes[best])) second = Math.max(second, score[i]);
            double margin = (score[best] - second) / known;
            if (Math.abs(margin - 0.06) < 1e-9) continue; // on the threshold itself: rounding may go either way
            assertEquals(margin >= 0.06 ? codes[best] : "", Languages.detect(t), t);
            compared++;
            if (codes[best].equals("ru")) ru++;
        }
        assertTrue(compared > 1600 && ru > 800, compared + " compared, " + ru + " Russian");
    }
}
