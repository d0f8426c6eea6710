package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.strata.score.Tokenizer;

/**
 * Inside the workbench's OSGi framework, a SentencePiece tokenizer (the multilingual encoders' kind) loads through
 * Hugging Face's library, whose native part is a resource of its own bundle, and cuts text as SentencePiece does.
 */
class TokenizerInWorkbenchTest {
    @Test
    void aSentencePieceTokenizerLoadsInTheWorkbench() throws Exception {
        Path dir = Path.of("../../eval/tokenizers/unigram-en-ru");
        Tokenizer t;
        try (InputStream in = Files.newInputStream(dir.resolve("tokenizer.json"))) {
            t = Tokenizer.read(in, "unigram-en-ru");
        }
        assertEquals("Unigram", t.kind());
        List<String> lines = Files.readAllLines(dir.resolve("reference.tsv"));
        String[] last = lines.get(lines.size() - 1).split("\t"); // a Russian line
        int[] want = Arrays.stream(last[1].split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, t.pieces(last[0]));
    }
}
