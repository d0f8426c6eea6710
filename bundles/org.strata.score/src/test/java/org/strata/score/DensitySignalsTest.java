package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DensitySignalsTest {
    private static final String EXPOSITORY = "Ground contact time is the interval during which the foot touches the track. "
            + "Elite sprinters reach contact times below 0.09 seconds at maximal velocity because they apply large vertical "
            + "forces in a short time, which raises stride length without lowering stride frequency.";
    private static final String SPAM = "click here click here buy now buy now click here lol lol lol buy now click here "
            + "click here buy now buy now click here lol lol lol buy now click here click here buy now";
    private static final String CHATTER = "yeah i think so too lol, it was like really really good and stuff, you know, "
            + "we just got there and it was like wow, really, so yeah i think it was good and all";

    @Test
    void expositoryProseOutscoresSpamAndChatter() {
        float dense = DensitySignals.of(EXPOSITORY, 50).density();
        float spam = DensitySignals.of(SPAM, 40).density();
        float chatter = DensitySignals.of(CHATTER, 45).density();
        assertTrue(dense > 0.6f, "expository " + dense);
        assertTrue(spam < 0.3f, "spam " + spam);
        assertTrue(dense > chatter + 0.2f, "expository " + dense + " vs chatter " + chatter);
    }

    @Test
    void menusAndLinkBarsScoreLow() {
        float nav = DensitySignals.of("Cookie settings | Privacy | Terms of use | Subscribe to our newsletter | Share on Facebook "
                + "| Share on Twitter | Contact | About us | Careers", 30).density();
        assertTrue(nav < 0.4f, "navigation " + nav);
        assertTrue(DensitySignals.of(EXPOSITORY, 50).density() > nav + 0.3f);
    }

    @Test
    void everyComponentIsInTheUnitIntervalAndExplained() {
        for (String t : new String[] {"", "!!!", EXPOSITORY, SPAM, "1 2 3 4 5 6 7 8 9 10 11 12"}) {
            DensitySignals.Signals s = DensitySignals.of(t, 20);
            for (float v : new float[] {s.compression(), s.diversity(), s.content(), s.letters(), s.prose(), s.wordLength(),
                    s.length(), s.density()}) {
                assertTrue(v >= 0 && v <= 1, t + " -> " + s);
            }
            assertTrue(s.explain().startsWith("density "), s.explain());
        }
    }
}
