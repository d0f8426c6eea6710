package org.strata.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final TokenCounter WORDS = text -> text.isBlank() ? 0 : text.strip().split("\\s+").length;

    @Test
    void headingStaysWithItsSectionAndLongParagraphsStandAlone() {
        String para1 = "alpha ".repeat(30).strip() + ".";
        String para2 = "beta ".repeat(30).strip() + ".";
        String text = "Heading one\n" + para1 + "\n" + para2;
        List<Segment> s = new Segmenter(WORDS, 64, 3).segment(text);
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).text().startsWith("Heading one\nalpha"), s.get(0).text());
        assertEquals(para2, s.get(1).text());
        assertEquals(text.substring(s.get(1).start(), s.get(1).end()), s.get(1).text(), "offsets point into the text");
    }

    @Test
    void aWordLongerThanTheBudgetIsCutIntoPiecesWithinIt() {
        TokenCounter punctuationSplits = t -> t.isBlank() ? 0 : t.strip().split("[\\s,=]+|(?<=[,=])|(?=[,=])").length;
        String data = "{\"Stats\"=1,\"Jitter\"=0,".repeat(400); // 2,400 tokens and not one space
        String text = "Device registry dump follows.\n" + data + "\nEnd of the dump, with a closing remark.";
        List<Segment> s = new Segmenter(punctuationSplits, 64, 3).segment(text);
        assertTrue(s.size() > 30, s.size() + " passages");
        StringBuilder joined = new StringBuilder();
        for (Segment seg : s) {
            assertTrue(seg.tokens() <= 64, seg.tokens() + " tokens: " + seg.text());
            assertEquals(punctuationSplits.count(seg.text()), seg.tokens(), "each piece counted on its own");
            if (seg.text().startsWith("{") || seg.text().startsWith("\"") || seg.text().startsWith("=") || seg.text().startsWith(",")
                    || Character.isLetterOrDigit(seg.text().charAt(0)) && !seg.text().startsWith("Device") && !seg.text().startsWith("End")) {
                joined.append(seg.text());
            }
        }
        assertEquals(data, joined.toString(), "the pieces put back together are the data, nothing lost");
    }

    @Test
    void sentencesAreNotCutUnlessLongerThanTheBudget() {
        String sentence = "Word " + "word ".repeat(8).strip() + ". ";
        String para = sentence.repeat(5).strip(); // 50 words in sentences of 10
        List<Segment> s = new Segmenter(WORDS, 25, 3).segment(para);
        for (Segment seg : s) {
            assertTrue(seg.tokens() <= 25, seg.tokens() + " tokens");
            assertEquals(WORDS.count(seg.text()), seg.tokens(), "the count is the passage's own");
            assertTrue(seg.text().endsWith("."), "ends at a sentence end: " + seg.text());
        }
        String giant = "x ".repeat(100).strip();
        List<Segment> g = new Segmenter(WORDS, 30, 3).segment(giant);
        assertEquals(4, g.size());
        assertTrue(g.stream().allMatch(seg -> seg.tokens() <= 30));
        assertEquals(100, g.stream().mapToInt(Segment::tokens).sum(), "no word lost");
    }

    @Test
    void fragmentsUnderTheMinimumAreDropped() {
        assertEquals(List.of(), new Segmenter(WORDS, 64, 5).segment("Page 3\n\n  \n"));
    }

    @Test
    void cleanerJoinsHyphenatedWordsAndUnfoldsLigatures() {
        assertEquals("knowledge of the eﬃcient".replace("ﬃ", "ffi"), TextCleaner.clean("know-\nledge  of\tthe e\uFB03cient"));
        assertEquals("a\n\nb", TextCleaner.clean("a\r\n\r\n\r\n\r\nb"));
        assertEquals("one two\nthree\n\nfour", TextCleaner.clean("  one \u00A0\u2003 two  \r three \t\n \n \n\n four \u0007\uFFFD  "));
        assertEquals("co-operation and well-\nKnown", TextCleaner.clean("co-operation and well-\n  Known"), "a capital after the break stays");
        assertEquals("softhyphen", TextCleaner.clean("soft\u00AD\nhyphen"));
        assertEquals("end-\n\nnext", TextCleaner.clean("end-\n\nnext"), "a paragraph break is no hyphenation");
        assertEquals("a b c", TextCleaner.identityForm("  A\tb \n\n C "));
        String wrapped = """
                Dear all,

                Eccentric hamstring strength is the best-supported modifiable factor for
                hamstring strain injuries in sprinting sports. The Nordic hamstring curl
                loads the knee flexors eccentrically at long muscle lengths.
                Contact time
                1. Raise: ten minutes of easy running and skipping before anything else.
                2. Activate: glute bridges, band walks and ankle hops for the hips.
                Best regards,
                Maya""";
        assertEquals("""
                Dear all,

                Eccentric hamstring strength is the best-supported modifiable factor for hamstring strain injuries in \
                sprinting sports. The Nordic hamstring curl loads the knee flexors eccentrically at long muscle lengths.
                Contact time
                1. Raise: ten minutes of easy running and skipping before anything else.
                2. Activate: glute bridges, band walks and ankle hops for the hips.
                Best regards,
                Maya""", TextCleaner.clean(wrapped), "wrapped lines joined, short lines, sentence ends and lists kept");
    }

    @Test
    void runningHeadersFootersAndPageNumbersOfPagedDocumentsGo() {
        String[] body = {"Leg stiffness describes how much the leg compresses under load.",
            "Ground contact time is shorter in elite sprinters than in novices.",
            "Periodization divides the year into blocks of training.",
            "A taper keeps intensity while volume falls by half."};
        StringBuilder pdf = new StringBuilder();
        for (int page = 1; page <= 4; page++) {
            pdf.append("Journal of Sprint Science, Vol. 3 (2026), page ").append(page).append("\n");
            pdf.append(body[page - 1]).append("\n");
            pdf.append(page % 2 == 0 ? "Page " + page + " of 4\n" : "- " + page + " -\n");
        }
        String clean = TextCleaner.removeRunningLines(pdf.toString());
        assertTrue(!clean.contains("Journal of Sprint Science") && !clean.contains("Page 2 of 4") && !clean.contains("- 3 -"), clean);
        for (String b : body) assertTrue(clean.contains(b), clean);
    }

    @Test
    void passageIdsIgnoreCaseAndSpacingButNotWords() {
        assertEquals(PassageId.of("The  leg\nis stiff."), PassageId.of("the leg is stiff."));
        assertTrue(!PassageId.of("the leg is stiff.").equals(PassageId.of("the leg is soft.")));
        assertEquals(32, PassageId.of("x").length());
    }
}
