package org.strata.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.strata.engine.DefaultEncoder;
import org.strata.score.Encoder;
import org.strata.score.EncoderSettings;
import org.strata.score.eval.DensityEval;
import org.strata.score.eval.EvalSet;

/**
 * The fp16 weights the GPU runs against the fp32 ones, on the evaluation sets, both on the CPU (ONNX Runtime runs
 * fp16 graphs there too): how far each passage's density moves, the ranking AUC of each, and the least cosine between
 * the two embeddings of a passage. The bounds: densities within 0.005, AUC within 0.002.
 */
public final class Fp16Bench {
    private final PrintWriter out;

    public Fp16Bench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path setDir, List<String> languages, String split) throws Exception {
        out.println("| language | split | passages | AUC fp32 | AUC fp16 | AUC difference | largest density difference | mean density difference | least embedding cosine | encode s fp32 | encode s fp16 |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        try (Encoder fp32 = DefaultEncoder.open(EncoderSettings.cpu()); Encoder fp16 = DefaultEncoder.openFp16(EncoderSettings.cpu())) {
            for (String lang : languages) {
                EvalSet set = EvalSet.read(setDir, lang);
                long t0 = System.nanoTime();
                DensityEval.Scored a = new DensityEval(fp32).score(set, split);
                long t1 = System.nanoTime();
                DensityEval.Scored b = new DensityEval(fp16).score(set, split);
                long t2 = System.nanoTime();
                double most = 0, sum = 0, cosine = 1;
                for (int i = 0; i < a.density().length; i++) {
                    double d = Math.abs(a.density()[i] - b.density()[i]);
                    most = Math.max(most, d);
                    sum += d;
                    double c = 0;
                    for (int k = 0; k < a.embeddings()[i].length; k++) c += a.embeddings()[i][k] * b.embeddings()[i][k];
                    cosine = Math.min(cosine, c);
                }
                int n = a.density().length;
                out.printf(java.util.Locale.ROOT, "| %s | %s | %d | %.4f | %.4f | %.4f | %.4f | %.5f | %.6f | %.1f | %.1f |%n", lang, split, n, a.auc(), b.auc(),
                        Math.abs(a.auc() - b.auc()), most, sum / Math.max(1, n), cosine, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                out.flush();
            }
        }
    }
}
