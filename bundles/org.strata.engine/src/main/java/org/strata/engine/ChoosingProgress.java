package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strata.model.corpus.Judgment;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.HeadTrainer;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;

/**
 * When to stop choosing: the head's cross-validated accuracy on the judgments as they grew (the last rounds: all the
 * judgments, and those recorded before the last one and two steps), each with its 95% Wilson interval. The head no
 * longer moves when the accuracies of the last three rounds all lie within the interval of the latest and that
 * interval is narrow (a wide one, after few judgments, holds any change). Which layer or
 * concept would gain most from the next choices: the one with the most passages times the share of its judgments the
 * head still gets wrong held out (a half, the chance level, for one with no judgments yet or too few to measure).
 */
public final class ChoosingProgress {
    /** The head's accuracy after this many judgments, with its 95% interval. */
    public record Round(int judgments, double accuracy, double low, double high) {}

    /** A layer or concept the next choices would teach: its judgments, the accuracy held out on them, its passages. */
    public record Need(String kind, String name, int judgments, double accuracy, long passages) {
        double gain() {
            double wrong = judgments == 0 || Double.isNaN(accuracy) ? 0.5 : 1 - accuracy;
            return wrong * passages;
        }
    }

    /**
     * Where the choosing stands. {@code steady}: the last three rounds lie within the latest one's interval;
     * {@code flat}: that, and the interval is narrow (at most {@value #NARROW} either side), so more choices no longer
     * move the head.
     */
    public record Result(int judgments, List<Round> rounds, boolean flat, boolean steady, List<Need> needs) {}

    /** The half-width of the 95% interval under which a steady head is flat (6 points: some 170 judgments at 80%). */
    static final double NARROW = 0.06;

    /** Fewer judgments than this are not cross-validated (see {@link HeadTrainer}). */
    static final int LEAST = 10;

    private ChoosingProgress() {}

    /**
     * Where the choosing stands over {@code judgments} (a copy), for the layers and concepts named (read under the
     * folder's monitor by the caller: the workbench may be editing the model meanwhile).
     */
    public static Result of(CorpusFolder corpus, Encoder encoder, List<Judgment> judgments, List<String> layerNames, List<String> conceptNames)
            throws IOException, EncoderException {
        HeadTraining.Data data = HeadTraining.collect(corpus, judgments);
        List<HeadTrainer.Judged> judged = data.judged();
        int n = judged.size();
        org.strata.score.Head prior = Knowledge.prior(corpus, encoder);
        List<Round> rounds = new ArrayList<>();
        int step = Math.max(5, n / 5);
        double lambda = Double.NaN; // the L2 strength the round of all judgments chose, for the held-out view of the groups
        for (int size : new int[] {n - 2 * step, n - step, n}) {
            if (size < LEAST) continue;
            HeadTrainer.Result r = HeadTrainer.train(prior, judged.subList(0, size));
            rounds.add(round(size, r.accuracy()));
            if (size == n) lambda = r.lambda();
        }
        boolean flat = false, steady = false;
        if (rounds.size() == 3) {
            Round last = rounds.get(2);
            steady = rounds.stream().allMatch(r -> r.accuracy() >= last.low() && r.accuracy() <= last.high());
            // a wide interval holds any change: only a narrow one says the head has stopped moving
            flat = steady && (last.high() - last.low()) / 2 <= NARROW;
        }
        return new Result(n, rounds, flat, steady, needs(corpus, prior, data, lambda, layerNames, conceptNames));
    }

    /** A round's accuracy with its 95% Wilson score interval. */
    static Round round(int n, double accuracy) {
        double z = 1.96, z2 = z * z;
        double centre = (accuracy + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(accuracy * (1 - accuracy) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // the interval holds the accuracy itself (at 0 or 1 exactly, rounding would put it a hair outside)
        return new Round(n, accuracy, Math.min(accuracy, Math.max(0, centre - half)), Math.max(accuracy, Math.min(1, centre + half)));
    }

    /** The layers and concepts by what the next choices would gain there, most first. */
    private static List<Need> needs(CorpusFolder corpus, org.strata.score.Head prior, HeadTraining.Data data, double lambda, List<String> layerNames,
            List<String> conceptNames) throws IOException {
        List<HeadTrainer.Judged> judged = data.judged();
        boolean[] right = judged.size() >= LEAST && !Double.isNaN(lambda) ? HeadTrainer.heldOutCorrect(prior, judged, lambda) : null;
        Map<String, int[]> layers = new HashMap<>(), concepts = new HashMap<>();
        for (int i = 0; i < data.used().size(); i++) {
            Judgment j = data.used().get(i);
            String id = j.getChosen() != null ? j.getChosen() : j.getCandidates().get(0);
            Passage p = corpus.store().get(id);
            Set<String> tags = new LinkedHashSet<>();
            for (String c : j.getCandidates()) {
                Passage q = c.equals(id) ? p : corpus.store().get(c);
                if (q != null) tags.addAll(q.concepts());
            }
            if (p != null && !p.layer().isEmpty()) tally(layers, p.layer(), right == null ? null : right[i]);
            for (String t : tags) tally(concepts, t, right == null ? null : right[i]);
        }
        List<Need> out = new ArrayList<>();
        for (String l : layerNames) out.add(need("layer", l, layers.get(l), corpus.store().count(PassageFilter.NONE.withLayer(l)), right != null));
        for (String k : conceptNames) out.add(need("concept", k, concepts.get(k), corpus.store().count(PassageFilter.NONE.withConcept(k)), right != null));
        out.removeIf(x -> x.passages() == 0);
        out.sort(Comparator.comparingDouble(Need::gain).reversed().thenComparing(Need::name));
        return out;
    }

    private static void tally(Map<String, int[]> m, String key, Boolean right) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (Boolean.TRUE.equals(right)) c[1]++;
    }

    /** A group's need; its accuracy only where the judgments were cross-validated and it has 3 of them at least. */
    private static Need need(String kind, String name, int[] c, long passages, boolean measured) {
        if (c == null) return new Need(kind, name, 0, Double.NaN, passages);
        return new Need(kind, name, c[0], measured && c[0] >= 3 ? (double) c[1] / c[0] : Double.NaN, passages);
    }

    /** The line a front end shows: where the head stands, whether it still moves, and where to choose next. */
    public static String line(Result r) {
        if (r.rounds().isEmpty()) {
            return r.judgments() + " judgments: too few to measure the head (" + LEAST + " at least)" + next(r);
        }
        Round last = r.rounds().get(r.rounds().size() - 1);
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "head %.0f%% (%.0f-%.0f%%) on %d judgments", 100 * last.accuracy(),
                100 * last.low(), 100 * last.high(), last.judgments()));
        if (r.rounds().size() == 3) {
            s.append(String.format(java.util.Locale.ROOT, "; %.0f%% at %d, %.0f%% at %d", 100 * r.rounds().get(0).accuracy(), r.rounds().get(0).judgments(),
                    100 * r.rounds().get(1).accuracy(), r.rounds().get(1).judgments()));
            s.append(r.flat() ? ": flat within its interval, more choices no longer move the head"
                    : r.steady() ? ": no change beyond its interval, which is still wide: more choices would narrow it" : ": still moving");
        } else if (r.rounds().size() == 2) {
            s.append(String.format(java.util.Locale.ROOT, "; earlier: %.0f%% at %d", 100 * r.rounds().get(0).accuracy(), r.rounds().get(0).judgments()));
        }
        return s + next(r);
    }

    private static String next(Result r) {
        Need layer = r.needs().stream().filter(x -> x.kind().equals("layer")).findFirst().orElse(null);
        Need concept = r.needs().stream().filter(x -> x.kind().equals("concept")).findFirst().orElse(null);
        if (layer == null && concept == null) return "";
        StringBuilder s = new StringBuilder("; the next choices would teach most in ");
        if (layer != null) s.append("layer '").append(layer.name()).append("' (").append(describe(layer)).append(')');
        if (layer != null && concept != null) s.append(" and ");
        if (concept != null) s.append("concept '").append(concept.name()).append("' (").append(describe(concept)).append(')');
        return s.toString();
    }

    private static String describe(Need n) {
        String held = n.judgments() == 0 ? "no judgments yet" : Double.isNaN(n.accuracy()) ? n.judgments() + " judgments"
                : String.format(java.util.Locale.ROOT, "%d judgments, %.0f%% right held out", n.judgments(), 100 * n.accuracy());
        return held + ", " + n.passages() + " passages";
    }
}
