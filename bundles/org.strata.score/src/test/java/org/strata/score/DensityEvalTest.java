package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.encoder.minilm.MiniLm;
import org.strata.score.eval.Degrade;
import org.strata.score.eval.DensityEval;
import org.strata.score.eval.EvalSet;

/**
 * The density score on the test split of the project's evaluation sets (eval/density: real public text in English
 * and Russian by others, split by document; nothing was tuned on the test split), with the real MiniLM model: what
 * {@code strata bench density} reports, held to floors a little under the figures in docs/benchmarks.md so that a
 * change that loses ground fails here.
 */
class DensityEvalTest {
    static Encoder encoder;
    static final Path SET = Path.of("../../eval/density");

    @BeforeAll
    static void open() throws Exception {
        WordPieceTokenizer tokenizer;
        try (InputStream in = MiniLm.openTokenizer()) {
            tokenizer = WordPieceTokenizer.read(in, "minilm");
        }
        try (InputStream in = MiniLm.openModel(false)) {
            encoder = new Encoder(in.readAllBytes(), tokenizer, MiniLm.NAME, EncoderSettings.cpu());
        }
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void denseWritingRanksFirstAndEveryDegradedCopyBelowItsOriginal() throws Exception {
        assertTrue(Files.isRegularFile(SET.resolve("en.tsv")), "the evaluation sets are part of the repository: " + SET.toAbsolutePath());
        List<DensityEval.Report> reports = new ArrayList<>();
        DensityEval eval = new DensityEval(encoder);
        for (String lang : List.of("en", "ru")) reports.add(eval.run(EvalSet.read(SET, lang), "test", 300));
        DensityEval.format(reports).forEach(System.out::println);
        for (DensityEval.Report r : reports) {
            String l = r.language();
            assertTrue(r.auc() >= (l.equals("en") ? 0.97 : 0.92), l + " AUC before any judgment " + r.auc());
            assertTrue(r.aucAfterChoices().get(300) >= (l.equals("en") ? 0.98 : 0.97), l + " AUC after 300 choices " + r.aucAfterChoices().get(300));
            assertTrue(r.aucAfterChoices().get(300) > r.auc(), l + ": choices must teach");
            for (String kind : List.of("shuffled", "doubled", "keyword-stuffed")) {
                assertTrue(r.degradationShare(kind) >= 0.98, l + " " + kind + ": " + r.degradationShare(kind));
            }
            for (String kind : Degrade.KINDS) assertTrue(r.degradationShare(kind) >= 0.94, l + " " + kind + ": " + r.degradationShare(kind));
            assertTrue(r.intrinsicMillis() < 0.10 * r.encoderMillis(), l + ": the intrinsic signals cost " + r.intrinsicMillis()
                    + " ms beside the encoder's " + r.encoderMillis());
        }
    }
}
