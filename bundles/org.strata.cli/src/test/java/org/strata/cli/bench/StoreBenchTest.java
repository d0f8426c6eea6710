package org.strata.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.strata.engine.DefaultEncoder;
import org.strata.score.WordPieceTokenizer;

/** The store bench's passages that fill a window (the GPU bench scores them): whole sentences, as many as fit. */
class StoreBenchTest {
    private static final List<String> SENTENCES = List.of(
            "Ground contact time is the interval during which the foot is in contact with the running surface.",
            "Elite sprinters reach shorter contact times than trained amateurs at the same speed.",
            "Leg stiffness describes how much the leg compresses under the vertical force of each step.",
            "A stiffer leg returns more of the stored elastic energy in the push-off phase.",
            "Tendon compliance changes with training load, age and the time of day.",
            "Strength training of the calf muscles raises the stiffness of the Achilles tendon within weeks.",
            "Fatigue lengthens contact time and lowers stiffness late in a race.",
            "Coaches measure both with force plates or with optical timing systems on the track.");

    @Test
    void aPassageTakesTheWholeSentencesThatFitItsTokens() throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        int three = tok.count(SENTENCES.get(1)) + tok.count(SENTENCES.get(2)) + tok.count(SENTENCES.get(3));
        int budget = three + 3; // room for three sentences and a little, not for the fourth
        String text = StoreBench.filling(SENTENCES, 1, budget, tok);
        assertEquals(String.join(" ", SENTENCES.subList(1, 4)), text, "whole sentences, one after another, as many as fit");
        assertEquals(three, tok.count(text), "the sentences' tokens add up to the passage's");
        assertTrue(three + tok.count(SENTENCES.get(4)) > budget);
    }

    @Test
    void passageTokensOutsideAWindowAreRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StoreBench bench = new StoreBench(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> bench.run(dir, 10, 1, 2));
        assertEquals("the tokens of a passage must be 0 (2 to 6 sentences) or 16 to 512, not 2", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> bench.run(dir, 10, 1, 513));
    }

    @Test
    void textThatRunsOutFillsNoPassage() throws Exception {
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        assertNull(StoreBench.filling(SENTENCES, SENTENCES.size() - 1, 254, tok), "one sentence cannot fill 254 tokens");
        assertNull(StoreBench.filling(SENTENCES, 0, 5, tok), "a first sentence over the budget");
    }
}
