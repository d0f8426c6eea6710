package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;

/**
 * Tokenizers of every Hugging Face type: BERT's WordPiece read by Strata's own reader gives the ids of Hugging Face's
 * library on every passage of the evaluation sets; a SentencePiece Unigram tokenizer (the multilingual encoders'
 * kind) gives the ids of the sentencepiece library; BPE works; and a multilingual-shaped encoder runs with it.
 */
class TokenizerTest {
    static final Path UNIGRAM = Path.of("../../eval/tokenizers/unigram-en-ru");

    static Tokenizer unigram() throws Exception {
        try (InputStream in = Files.newInputStream(UNIGRAM.resolve("tokenizer.json"))) {
            return Tokenizer.read(in, "unigram-en-ru");
        }
    }

    @Test
    void bertWordPieceGivesTheLibrarysIdsOnEveryEvaluationPassage() throws Exception {
        byte[] json;
        try (InputStream in = MiniLm.openTokenizer()) {
            json = in.readAllBytes();
        }
        Tokenizer own = Tokenizer.read(new ByteArrayInputStream(json), "minilm");
        assertInstanceOf(WordPieceTokenizer.class, own);
        JsonObject root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
        Tokenizer library = LibraryTokenizer.of(json, root, "WordPiece", "minilm");
        List<String> texts = new ArrayList<>();
        for (String lang : List.of("en", "ru")) {
            for (String line : Files.readAllLines(DensityEvalTest.SET.resolve(lang + ".tsv"))) {
                if (!line.startsWith("#")) texts.add(line.split("\t")[3]);
            }
        }
        texts.addAll(List.of("", "   ", "naïve café — Ångström", "温度 mixed", "x".repeat(150) + " long", "a\u000Bb"));
        for (String t : texts) {
            int[] want = library.pieces(t);
            assertArrayEquals(want, own.pieces(t), t);
            assertEquals(want.length, own.count(t), t);
        }
        assertTrue(texts.size() > 1600, "passages compared: " + texts.size());
        assertArrayEquals(own.begin(), library.begin());
        assertArrayEquals(own.end(), library.end());
        assertEquals(own.vocabularySize(), library.vocabularySize());
    }

    @Test
    void sentencePieceUnigramGivesSentencePiecesIds() throws Exception {
        Tokenizer t = unigram();
        assertEquals("Unigram", t.kind());
        assertArrayEquals(new int[] {0}, t.begin()); // <s>
        assertArrayEquals(new int[] {2}, t.end()); // </s>
        assertEquals(1, t.padId());
        assertEquals(8000, t.vocabularySize());
        int same = 0, lines = 0;
        for (String line : Files.readAllLines(UNIGRAM.resolve("reference.tsv"))) {
            String[] p = line.split("\t");
            int[] want = Arrays.stream(p[1].split(" ")).mapToInt(Integer::parseInt).toArray();
            int[] got = t.pieces(p[0]);
            lines++;
            if (Arrays.equals(want, got)) same++;
            assertEquals(want.length, got.length, p[0]); // where two cuts score alike, the libraries may order a tie apart
            assertEquals(want.length, t.count(p[0]));
        }
        assertEquals(80, lines);
        assertTrue(same >= 78, same + " of 80 lines cut id for id as SentencePiece cuts them");
        // Russian is cut into a few pieces a word, not into letters
        int words = "Сухожилие передаёт усилие мышцы на кость".split(" ").length;
        assertTrue(t.count("Сухожилие передаёт усилие мышцы на кость") <= 3 * words);
    }

    @Test
    void bytePairEncodingWorks() throws Exception {
        String json = """
                {"model":{"type":"BPE","vocab":{"l":0,"o":1,"w":2,"e":3,"r":4,"lo":5,"low":6,"er":7,"n":8,"<unk>":9},
                 "merges":["l o","lo w","e r"],"unk_token":"<unk>"},
                 "pre_tokenizer":{"type":"Whitespace"}}""";
        Tokenizer t = Tokenizer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bpe.json");
        assertEquals("BPE", t.kind());
        assertArrayEquals(new int[] {6, 6, 7}, t.pieces("low lower"));
        assertEquals(3, t.count("low lower"));
        assertEquals(0, t.begin().length); // no post-processor: no special tokens around a window
        assertEquals(10, t.vocabularySize());
    }

    @Test
    void unknownAndBrokenTokenizersGetClearErrors() {
        EncoderException unknown = assertThrows(EncoderException.class, () -> Tokenizer.read(
                new ByteArrayInputStream("{\"model\":{\"type\":\"Morfessor\"}}".getBytes(StandardCharsets.UTF_8)), "m.json"));
        assertTrue(unknown.getMessage().contains("type Morfessor is not known"), unknown.getMessage());
        EncoderException none = assertThrows(EncoderException.class, () -> Tokenizer.read(
                new ByteArrayInputStream("{\"version\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)), "v.json"));
        assertTrue(none.getMessage().contains("no model with a type"), none.getMessage());
        assertThrows(EncoderException.class, () -> Tokenizer.read(
                new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)), "junk.json"));
        EncoderException broken = assertThrows(EncoderException.class, () -> Tokenizer.read(
                new ByteArrayInputStream("{\"model\":{\"type\":\"Unigram\",\"vocab\":7}}".getBytes(StandardCharsets.UTF_8)), "u.json"));
        assertTrue(broken.getMessage().startsWith("u.json: the Unigram tokenizer cannot be loaded"), broken.getMessage());
    }

    @Test
    void anEncoderWithoutTypeIdsRunsOnASentencePieceTokenizer() throws Exception {
        Tokenizer t = unigram();
        byte[] model = Files.readAllBytes(UNIGRAM.resolve("model.onnx"));
        String longText = "Сухожилие передаёт усилие мышцы на кость. ".repeat(200);
        try (Encoder e = new Encoder(model, t, "tiny-unigram")) {
            assertEquals(16, e.dimension());
            Encoder.Tokenized cut = e.tokenize(List.of("Hello world", longText));
            assertEquals(t.count(longText), cut.pieces()[1]);
            for (int[] s : cut.seqs()) {
                assertTrue(s.length <= Encoder.MAX_POSITIONS);
                assertEquals(0, s[0]);
                assertEquals(2, s[s.length - 1]);
            }
            float[][] v = e.embed(List.of("Hello world", longText));
            assertEquals(1.0, Encoder.dot(v[0], v[0]), 1e-4);
            assertEquals(1.0, Encoder.dot(v[1], v[1]), 1e-4);
        }
        // the same model with MiniLM's tokenizer: 30522 ids against a table of 8000 rows
        try (InputStream in = MiniLm.openTokenizer()) {
            Tokenizer minilm = Tokenizer.read(in, "minilm");
            EncoderException x = assertThrows(EncoderException.class, () -> new Encoder(model, minilm, "tiny-unigram"));
            assertTrue(x.getMessage().contains("does not fit the model"), x.getMessage());
        }
    }

    @Test
    void countsStayExactWhileTheTableOfCountedWordsFillsAndEmptiesOnEveryThread() throws Exception {
        Tokenizer own;
        try (InputStream in = MiniLm.openTokenizer()) {
            own = Tokenizer.read(in, "minilm");
        }
        // 240,000 distinct words (more than the table holds: it is emptied on the way), Latin, Cyrillic, long and short
        List<String> chunks = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 240_000; i++) {
            String n = Integer.toString(i, 36);
            sb.append(switch (i % 4) {
                case 0 -> "word" + n;
                case 1 -> "слово" + n + ",";
                case 2 -> "x".repeat(50) + n;
                default -> "the";
            }).append(i % 10 == 0 ? '\n' : ' ');
            if (i % 1000 == 999) {
                chunks.add(sb.toString());
                sb.setLength(0);
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> wrong = new ArrayList<>();
            for (int thread = 0; thread < 3; thread++) {
                wrong.add(pool.submit(() -> {
                    int bad = 0;
                    for (int pass = 0; pass < 2; pass++) { // the second pass finds the words of the first, where kept
                        for (String c : chunks) if (own.count(c) != own.pieces(c).length) bad++;
                    }
                    return bad;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : wrong) assertEquals(0, f.get(), "chunks counted wrong");
        } finally {
            pool.shutdown();
        }
    }
}
