package org.strata.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A BERT-style ONNX encoder of another width than MiniLM's: {@code input_ids} and {@code attention_mask} in,
 * {@code last_hidden_state} [batch, sequence, 768] out, made of hashed word vectors (the id modulo 1,024 picks a
 * 16-wide vector) projected to 768 dimensions. Its embeddings are a bag of words, which is all a test of widths
 * needs. {@code main} writes it: the CLI tests ship its bytes as {@code wide-encoder.onnx}.
 */
public final class WideEncoder {
    public static final int DIMENSION = 768;
    private static final int BUCKETS = 1024, INNER = 16;

    private WideEncoder() {}

    public static byte[] model() {
        Random r = new Random(768);
        float[] table = new float[BUCKETS * INNER];
        for (int i = 0; i < table.length; i++) table[i] = (float) r.nextGaussian();
        float[] proj = new float[INNER * DIMENSION];
        for (int i = 0; i < proj.length; i++) proj[i] = (float) r.nextGaussian();
        Protobuf g = new Protobuf();
        g.message(1, node("Mod", "bucket", "input_ids", "buckets"));
        g.message(1, node("Gather", "word", "table", "bucket"));
        g.message(1, node("MatMul", "last_hidden_state", "word", "proj"));
        g.string(2, "wide_bag_of_words");
        g.message(5, new Protobuf().varint(2, 7).string(8, "buckets").longs(7, BUCKETS));
        g.message(5, Protobuf.floatTensor("table", table, BUCKETS, INNER));
        g.message(5, Protobuf.floatTensor("proj", proj, INNER, DIMENSION));
        g.message(11, value("input_ids", 7, false));
        g.message(11, value("attention_mask", 7, false));
        g.message(12, value("last_hidden_state", Protobuf.FLOAT, true));
        Protobuf model = new Protobuf().varint(1, 8).string(2, "strata-test");
        model.message(7, g);
        model.message(8, new Protobuf().string(1, "").varint(2, 13));
        return model.toByteArray();
    }

    private static Protobuf node(String op, String out, String... in) {
        Protobuf n = new Protobuf();
        for (String i : in) n.string(1, i);
        return n.string(2, out).string(3, out).string(4, op);
    }

    private static Protobuf value(String name, int type, boolean hidden) {
        Protobuf shape = new Protobuf().message(1, new Protobuf().string(2, "batch")).message(1, new Protobuf().string(2, "len"));
        if (hidden) shape.message(1, new Protobuf().varint(1, DIMENSION));
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, new Protobuf().varint(1, type).message(2, shape)));
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), model());
    }
}
