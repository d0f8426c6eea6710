package org.strata.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The placement model's arithmetic and its file: with no example it is the nearest description; examples that
 * contradict a description move the placement; cross-validation holds out whole documents; the bytes read back to
 * the same model, and a damaged file is refused with what is wrong.
 */
class LayerModelTest {
    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) n += x * x;
        float[] u = v.clone();
        for (int i = 0; i < u.length; i++) u[i] /= (float) Math.sqrt(n);
        return u;
    }

    private static final float[][] PROTOS = {unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)};

    @Test
    void withoutExamplesTheNearestDescriptionPlaces() {
        LayerModel prior = LayerModel.prior(List.of("a", "b", "c"), PROTOS, 20f);
        assertFalse(prior.learned());
        assertEquals(1, LayerModel.best(prior.probabilities(unit(0.2f, 0.9f, 0.1f), null)));
        float[] p = prior.probabilities(unit(0.2f, 0.9f, 0.1f), null);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-5);
        LayerTrainer.Result none = LayerTrainer.train(prior, List.of());
        assertTrue(Double.isNaN(none.accuracy()));
        assertEquals(prior, none.model());
    }

    @Test
    void examplesThatContradictADescriptionMoveThePlacementAndAreCrossValidatedByDocument() {
        LayerModel prior = LayerModel.prior(List.of("a", "b", "c"), PROTOS, 20f);
        // the expert puts passages that lie near "a"'s description in "c", whatever their words
        List<LayerTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            float jitter = (i % 7) / 50f;
            examples.add(new LayerTrainer.Example(unit(1, jitter, 0.3f), TextFeatures.of("tendon stiffness " + i), 2, "doc" + (i % 6)));
            examples.add(new LayerTrainer.Example(unit(jitter, 1, 0.1f), TextFeatures.of("training load " + i), 1, "doc" + (6 + i % 6)));
        }
        LayerTrainer.Result r = LayerTrainer.train(prior, examples);
        assertTrue(r.model().learned());
        assertEquals(5, r.folds());
        assertEquals(0, LayerModel.best(prior.probabilities(unit(1, 0.05f, 0.3f), null)), "the description says a");
        assertEquals(2, LayerModel.best(r.model().probabilities(unit(1, 0.05f, 0.3f), TextFeatures.of("tendon stiffness"))), "the examples say c");
        assertEquals(60, Arrays.stream(r.examples()).sum());
        assertTrue(r.accuracy() > 0.9, "held-out documents placed right: " + r.accuracy());
        assertTrue(r.priorAccuracy() < 0.6, "the descriptions alone get the contradicted layer wrong: " + r.priorAccuracy());
        assertTrue(Double.isNaN(r.accuracy(0)), "no example of a: nothing measured");
    }

    @Test
    void foldsNeverSplitADocument() {
        List<LayerTrainer.Example> ex = new ArrayList<>();
        for (int i = 0; i < 40; i++) ex.add(new LayerTrainer.Example(PROTOS[0], null, 0, "d" + (i % 3)));
        int[] fold = LayerTrainer.folds(ex);
        for (int i = 0; i < ex.size(); i++) for (int j = 0; j < ex.size(); j++) {
            if (ex.get(i).document().equals(ex.get(j).document())) assertEquals(fold[i], fold[j]);
        }
        assertEquals(-1, LayerTrainer.folds(List.of(new LayerTrainer.Example(PROTOS[0], null, 0, "one"))) [0], "one document: no folds");
    }

    @Test
    void theModelReadsBackAndADamagedFileIsRefused() throws IOException {
        LayerModel prior = LayerModel.prior(List.of("основы", "logic"), new float[][] {PROTOS[0], PROTOS[1]}, 20f);
        List<LayerTrainer.Example> ex = List.of(new LayerTrainer.Example(PROTOS[0], TextFeatures.of("сухожилие и мышца"), 1, "x"),
                new LayerTrainer.Example(PROTOS[1], TextFeatures.of("load and rest"), 0, "y"));
        LayerModel m = LayerTrainer.train(prior, ex).model();
        LayerModel back = LayerModel.read(m.bytes());
        assertEquals(m.layers(), back.layers());
        assertArrayEquals(m.bias(), back.bias());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(m.weights()[k], back.weights()[k]);
            assertArrayEquals(m.textWeights()[k], back.textWeights()[k]);
        }
        TextFeatures.Sparse t = TextFeatures.of("сухожилие");
        assertArrayEquals(m.probabilities(PROTOS[0], t), back.probabilities(PROTOS[0], t));
        byte[] cut = Arrays.copyOf(m.bytes(), m.bytes().length / 2);
        IOException e = assertThrows(IOException.class, () -> LayerModel.read(cut));
        assertTrue(e.getMessage().contains("cut short or damaged"), e.getMessage());
        assertThrows(IOException.class, () -> LayerModel.read("not a model".getBytes()));
    }
}
