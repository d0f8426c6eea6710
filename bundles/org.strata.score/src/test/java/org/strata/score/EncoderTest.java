package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;

/** The real MiniLM model from the build, on ONNX Runtime's CPU provider. */
class EncoderTest {
    static Encoder encoder;

    @BeforeAll
    static void load() throws Exception {
        WordPieceTokenizer tok;
        try (InputStream in = MiniLm.openTokenizer()) {
            tok = WordPieceTokenizer.read(in, "minilm");
        }
        try (InputStream in = MiniLm.openModel()) {
            encoder = new Encoder(in.readAllBytes(), tok, MiniLm.NAME);
        }
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void countsMatchThePiecesOnEveryPath() throws Exception {
        Tokenizer tok = encoder.tokenizer();
        for (String t : List.of("Ground-contact time (GCT) was 0.1s; VO2max=62 ml/kg/min!", "UPPER lower MiXeD\tcase\r\nlines",
                "a\u000Bb control joins words", "na\u00EFve caf\u00E9 \u2014 \u00C5ngstr\u00F6m", "", "   ",
                "supercalifragilisticexpialidocious antidisestablishmentarianism", "x".repeat(150) + " long word",
                "caf\u00E9-au-lait\u2003spaces \u6E29\u5EA6 mixed: na\u00EFvet\u00E9, ASCII; \u00A0nbsp\u00A0words")) {
            assertEquals(tok.pieces(t).length, tok.count(t), t);
        }
    }

    @Test
    void similarMeaningIsCloserThanUnrelatedText() throws Exception {
        float[][] e = encoder.embed(List.of("The sprinter's foot touches the ground briefly.",
                "Ground contact time in sprinting is short.", "The recipe needs two cups of flour."));
        assertEquals(384, e[0].length);
        assertEquals(1.0, Encoder.dot(e[0], e[0]), 1e-4);
        assertTrue(Encoder.dot(e[0], e[1]) > Encoder.dot(e[0], e[2]) + 0.2, "related " + Encoder.dot(e[0], e[1])
                + " unrelated " + Encoder.dot(e[0], e[2]));
    }

    @Test
    void anEmbeddingDoesNotDependOnItsBatch() throws Exception {
        String t = "Leg stiffness describes how much the leg compresses under load.";
        float[] alone = encoder.embed(List.of(t))[0];
        float[] batched = encoder.embed(List.of("short", t, "a much longer neighbour text that forces padding in the batch "
                + "because it has many more tokens than the others"))[1];
        for (int i = 0; i < alone.length; i++) assertEquals(alone[i], batched[i], 1e-5);
    }

    @Test
    void aTextLongerThanTheWindowIsEncodedWhole() throws Exception {
        String head = "Sprinting mechanics depend on ground contact time. ".repeat(60);
        String tail = "The recipe needs two cups of flour and an egg. ".repeat(60);
        assertTrue(encoder.tokenizer().count(head + tail) > 1000);
        float[] whole = encoder.embed(List.of(head + tail))[0];
        float[] first = encoder.embed(List.of(head))[0];
        float[] cake = encoder.embed(List.of(tail))[0];
        assertTrue(Encoder.dot(whole, cake) > 0.4, "the tail counts: " + Encoder.dot(whole, cake));
        assertTrue(Encoder.dot(whole, first) < 0.99, "not just the first window");
        assertEquals(0, encoder.embed(List.of()).length);
    }

    @Test
    void anEncoderOfAnotherWidthGivesUnitEmbeddingsOfItsWidth() throws Exception {
        try (Encoder wide = new Encoder(WideEncoder.model(), encoder.tokenizer(), "wide")) {
            assertEquals(WideEncoder.DIMENSION, wide.dimension());
            float[][] e = wide.embed(List.of("tendon stiffness under load", "load under tendon stiffness", "cheap pills buy now"));
            assertEquals(WideEncoder.DIMENSION, e[0].length);
            assertEquals(1f, Encoder.dot(e[0], e[0]), 1e-4);
            assertEquals(1f, Encoder.dot(e[0], e[1]), 1e-4, "a bag of words: the order of words does not count");
            assertTrue(Encoder.dot(e[0], e[2]) < 0.9f);
        }
    }

    @Test
    void badModelsAndTokenizersGetClearErrors() throws Exception {
        Tokenizer tok = encoder.tokenizer();
        EncoderException e = assertThrows(EncoderException.class, () -> new Encoder(new byte[] {1, 2, 3}, tok, "broken.onnx"));
        assertTrue(e.getMessage().startsWith("broken.onnx: not a loadable ONNX model"), e.getMessage());
        EncoderException t = assertThrows(EncoderException.class, () -> WordPieceTokenizer.read(
                new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8)), "bpe.json"));
        assertTrue(t.getMessage().contains("not a BERT WordPiece tokenizer"), t.getMessage());
        assertThrows(EncoderException.class, () -> WordPieceTokenizer.read(
                new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)), "junk.json"));
    }

    @Test
    void aTokenizerThatDoesNotBelongToTheModelIsNamedAsTheCause() throws Exception {
        // ids past the model's vocabulary: the model cannot look them up
        WordPieceTokenizer alien = WordPieceTokenizer.read(new ByteArrayInputStream(("{\"model\":{\"type\":\"WordPiece\",\"vocab\":"
                + "{\"[UNK]\":0,\"[CLS]\":101,\"[SEP]\":102,\"hello\":250000}}}").getBytes(StandardCharsets.UTF_8)), "alien.json");
        try (InputStream in = MiniLm.openModel()) {
            byte[] model = in.readAllBytes();
            // refused when the encoder opens, before any passage is read
            EncoderException x = assertThrows(EncoderException.class, () -> new Encoder(model, alien, "minilm"));
            assertTrue(x.getMessage().contains("does not fit the model"), x.getMessage());
            assertTrue(x.getMessage().contains("250001 tokens"), x.getMessage());
        }
    }

    @Test
    void aModelWithOtherInputsIsRefusedByName() {
        Head h = Head.prior(new float[][] {{1, 0}}, new float[][] {{0, 1}}, 1f);
        byte[] head = HeadOnnx.write(h, java.util.Map.of());
        EncoderException e = assertThrows(EncoderException.class, () -> new Encoder(head, encoder.tokenizer(), "head.onnx"));
        assertTrue(e.getMessage().contains("expected inputs input_ids and attention_mask, the model has [embedding]"), e.getMessage());
    }

    @Test
    void cudaAskedForWhereThereIsNoneIsAClearErrorAndAutoFallsBack() throws Exception {
        byte[] model;
        try (InputStream in = MiniLm.openModel()) {
            model = in.readAllBytes();
        }
        if (Encoder.cudaBuilt()) return; // a CUDA build of ONNX Runtime: nothing to fall back from
        EncoderException e = assertThrows(EncoderException.class, () -> new Encoder(model, encoder.tokenizer(), "minilm",
                EncoderSettings.on(EncoderSettings.Device.CUDA)));
        assertTrue(e.getMessage().contains("no CUDA provider"), e.getMessage());
        try (Encoder auto = new Encoder(model, encoder.tokenizer(), "minilm", EncoderSettings.on(EncoderSettings.Device.AUTO))) {
            assertEquals("cpu", auto.device());
            assertTrue(auto.note().startsWith("no CUDA here"), auto.note());
            assertEquals(384, auto.embed(List.of("still works")) [0].length);
        }
    }

    @Test
    void emptyTextsAndAHundredThousandTokensAreEncoded() throws Exception {
        float[][] e = encoder.embed(List.of("", "   "));
        assertEquals(2, e.length);
        for (float[] v : e) assertEquals(1.0, Encoder.dot(v, v), 1e-4, "an empty text still gets a unit vector");
        StringBuilder sb = new StringBuilder();
        while (encoder.tokenizer().count(sb.toString()) < 100_000) sb.append("Elastic energy in the tendon returns in the push-off. ".repeat(500));
        Encoder.Tokenized t = encoder.tokenize(List.of(sb.toString()));
        assertTrue(t.seqs().length >= 100_000 / 510, "windows: " + t.seqs().length);
        float[] whole = encoder.embed(t)[0];
        assertEquals(1.0, Encoder.dot(whole, whole), 1e-4);
    }

    @Test
    void tokenCountsAddUpOverWords() {
        Tokenizer tok = encoder.tokenizer();
        assertEquals(tok.count("unbelievable") + tok.count("stiffness"), tok.count("unbelievable stiffness"));
        assertEquals(0, tok.count(""));
    }
}
