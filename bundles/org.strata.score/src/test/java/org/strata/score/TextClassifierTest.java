package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;

/**
 * A user's end-to-end text classifier, wired by the scoring profile's names. The classifier here is a real ONNX
 * model written by {@link #bagOfWords}: a score per vocabulary entry, averaged over the text's tokens, through a
 * sigmoid; inputs named {@code ids} and {@code mask}, two outputs.
 */
public class TextClassifierTest {
    static WordPieceTokenizer tok;

    @BeforeAll
    public static void load() throws Exception {
        try (InputStream in = MiniLm.openTokenizer()) {
            tok = WordPieceTokenizer.read(in, "minilm");
        }
    }

    /** ids, mask -> prob = sigmoid(mean over tokens of table[id]), and that mean itself. */
    static byte[] bagOfWords(float[] table) {
        Protobuf g = new Protobuf();
        g.message(1, node("Gather", "tok", "table", "ids"));
        g.message(1, node("Cast", "m", "mask").message(5, new Protobuf().string(1, "to").varint(3, 1).varint(20, 2)));
        g.message(1, node("Mul", "tm", "tok", "m"));
        g.message(1, node("ReduceSum", "s", "tm", "axes").message(5, new Protobuf().string(1, "keepdims").varint(3, 1).varint(20, 2)));
        g.message(1, node("ReduceSum", "n", "m", "axes").message(5, new Protobuf().string(1, "keepdims").varint(3, 1).varint(20, 2)));
        g.message(1, node("Div", "mean", "s", "n"));
        g.message(1, node("Sigmoid", "prob", "mean"));
        g.string(2, "bag_of_words");
        g.message(5, Protobuf.floatTensor("table", table, table.length));
        g.message(5, new Protobuf().longs(1, 1).varint(2, 7).string(8, "axes").longs(7, 1));
        g.message(11, value("ids", 7));
        g.message(11, value("mask", 7));
        g.message(12, value("prob", 1));
        g.message(12, value("mean", 1));
        Protobuf model = new Protobuf().varint(1, 8).string(2, "test");
        model.message(7, g);
        model.message(8, new Protobuf().string(1, "").varint(2, 13));
        return model.toByteArray();
    }

    private static Protobuf node(String op, String out, String... in) {
        Protobuf n = new Protobuf();
        for (String i : in) n.string(1, i);
        return n.string(2, out).string(3, out).string(4, op);
    }

    private static Protobuf value(String name, int type) {
        Protobuf shape = new Protobuf().message(1, new Protobuf().string(2, "batch")).message(1, new Protobuf().string(2, "len"));
        if (!name.equals("ids") && !name.equals("mask")) shape = new Protobuf().message(1, new Protobuf().string(2, "batch"))
                .message(1, new Protobuf().varint(1, 1));
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, new Protobuf().varint(1, type).message(2, shape)));
    }

    /** A classifier that likes tendons, muscles, force and energy and dislikes buying cheap things now. */
    public static byte[] sportOverSpam() throws Exception {
        if (tok == null) load();
        float[] table = new float[tok.vocabularySize() + 10];
        for (String w : List.of("tendon", "muscle", "force", "elastic", "energy")) for (int id : tok.pieces(w)) table[id] = 4f;
        for (String w : List.of("buy", "cheap", "free", "now", "offer")) for (int id : tok.pieces(w)) table[id] = -4f;
        return bagOfWords(table);
    }

    @Test
    void theProfilesNamesWireTheClassifier() throws Exception {
        TextClassifier.Mapping m = new TextClassifier.Mapping("ids", "mask", "prob", 0, 0, 1);
        try (TextClassifier c = new TextClassifier(sportOverSpam(), tok, m, "edu.onnx")) {
            String longSport = "The tendon stores elastic energy and returns force. ".repeat(200); // several windows
            float[] s = c.score(List.of("The tendon stores elastic energy.", "Buy now, cheap offer, free!", "The weather is mild.", longSport));
            assertTrue(s[0] > 0.8f && s[1] < 0.2f, java.util.Arrays.toString(s));
            assertEquals(0.5f, s[2], 0.05f);
            assertTrue(s[3] > 0.8f, "a long text over all its windows: " + s[3]);
        }
        // the mean output, a value in [-4, 4], mapped to [0, 1]
        try (TextClassifier c = new TextClassifier(sportOverSpam(), tok, new TextClassifier.Mapping("ids", "mask", "mean", 0, -4, 4), "edu.onnx")) {
            // [CLS] k pieces of "tendon" [SEP]: mean 4k / (k + 2), mapped from [-4, 4] to [0, 1]
            int k = tok.pieces("tendon tendon").length;
            assertEquals((4f * k / (k + 2) + 4) / 8, c.score(List.of("tendon tendon"))[0], 1e-5f);
        }
    }

    @Test
    void wrongNamesAndIndexesAreClearErrors() {
        EncoderException in = assertThrows(EncoderException.class, () -> new TextClassifier(sportOverSpam(), tok,
                new TextClassifier.Mapping("input_ids", "attention_mask", "prob", 0, 0, 1), "edu.onnx"));
        assertTrue(in.getMessage().contains("no input named input_ids; the classifier's inputs are"), in.getMessage());
        EncoderException two = assertThrows(EncoderException.class, () -> new TextClassifier(sportOverSpam(), tok,
                new TextClassifier.Mapping("ids", "mask", "", 0, 0, 1), "edu.onnx"));
        assertTrue(two.getMessage().contains("name the one to read"), two.getMessage());
        EncoderException index = assertThrows(EncoderException.class, () -> {
            try (TextClassifier c = new TextClassifier(sportOverSpam(), tok, new TextClassifier.Mapping("ids", "mask", "prob", 3, 0, 1), "edu.onnx")) {
                c.score(List.of("tendon"));
            }
        });
        assertTrue(index.getMessage().contains("index 3 is out of range"), index.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TextClassifier.Mapping("ids", "mask", "prob", 0, 1, 1));
    }
}
