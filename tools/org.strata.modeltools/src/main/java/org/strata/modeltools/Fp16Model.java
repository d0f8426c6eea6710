package org.strata.modeltools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Writes the fp16 twin of an fp32 encoder: {@code Fp16Model IN.onnx OUT.onnx}. The graph is first
 * simplified by ONNX Runtime's basic optimizations, which hold for every device (constants folded, so the shape
 * arithmetic that would otherwise run on the CPU between GPU kernels is gone), then its attentions and layer norms
 * are fused and it is made fp16 by {@link HalfPrecision}, and its pooling moved inside ({@link Pooling}).
 */
public final class Fp16Model {
    private Fp16Model() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: Fp16Model IN.onnx OUT.onnx");
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (Files.isRegularFile(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) > 0
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(tool())) > 0) {
            System.out.println(out.getFileName() + " is up to date");
            return;
        }
        ModelProto basic = simplified(in);
        ModelProto made = Pooling.pooled(HalfPrecision.half(basic)); // attentions and layer norms fused, fp16, pooled inside
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Files.write(part, made.toByteArray());
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s: %.1f MB -> %s %.1f MB, operators %s%n", in.getFileName(), Files.size(in) / 1e6, out.getFileName(),
                Files.size(out) / 1e6, new TreeMap<>(HalfPrecision.operators(made.getGraph())));
    }

    /** This tool's code (its jar, or its classes while it builds): a newer tool makes the model again. */
    private static Path tool() throws java.net.URISyntaxException {
        Path at = Path.of(Fp16Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(at) ? at.resolve("org/strata/modeltools/HalfPrecision.class") : at;
    }

    /** The model after ONNX Runtime's basic (device-independent) graph optimizations. */
    public static ModelProto simplified(Path in) throws IOException, OrtException {
        Path tmp = Files.createTempFile("strata-basic", ".onnx");
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
                so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
                so.setOptimizedModelFilePath(tmp.toString());
                try (OrtSession s = env.createSession(in.toString(), so)) {
                    // written when the session is made
                }
            }
            return ModelProto.parseFrom(Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

}
