package org.strata.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.strata.store.Terms;

/**
 * How well an answer covers a reference answer, explained: the reference is cut into facts (its sentences, and their
 * parts between semicolons), each fact into its content terms as search sees them in its language (English and
 * Russian stemmed, stop words left out); a fact is hit when the answer holds at least half of its terms. The score is
 * the share of facts hit.
 */
public final class AnswerScore {
    /** One fact of the reference: its words, and whether the answer hit it (with the terms found and missed). */
    public record Fact(String text, boolean hit, List<String> found, List<String> missing) {}

    /** The score (0 to 1; NaN when the reference has no fact to check) and every fact. */
    public record Scored(double score, List<Fact> facts) {
        public List<String> hit() {
            return facts.stream().filter(Fact::hit).map(Fact::text).toList();
        }

        public List<String> missed() {
            return facts.stream().filter(f -> !f.hit()).map(Fact::text).toList();
        }
    }

    /** A fact is hit when the answer holds this share of its terms. */
    static final double HIT = 0.5;

    private AnswerScore() {}

    public static Scored of(String answer, String reference) {
        String language = language(reference);
        Set<String> said = new HashSet<>(Terms.of(answer == null ? "" : answer, language));
        List<Fact> facts = new ArrayList<>();
        int hits = 0;
        for (String part : reference.split("(?<=[.!?;])\\s+|;\\s*")) {
            String text = part.strip();
            List<String> terms = new ArrayList<>(new java.util.LinkedHashSet<>(Terms.of(text, language)));
            if (terms.isEmpty()) continue;
            List<String> found = new ArrayList<>(), missing = new ArrayList<>();
            for (String t : terms) (said.contains(t) ? found : missing).add(t);
            boolean hit = found.size() >= Math.ceil(HIT * terms.size());
            if (hit) hits++;
            facts.add(new Fact(text, hit, found, missing));
        }
        return new Scored(facts.isEmpty() ? Double.NaN : (double) hits / facts.size(), facts);
    }

    /** "ru" for a text mostly in Cyrillic, else "en". */
    static String language(String s) {
        int cyr = 0, lat = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.CYRILLIC) cyr++;
            else if (sc == Character.UnicodeScript.LATIN) lat++;
        }
        return cyr > lat ? "ru" : "en";
    }
}
