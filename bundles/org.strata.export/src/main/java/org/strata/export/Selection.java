package org.strata.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


import org.strata.store.PassageStatus;
import org.strata.store.StoreSnapshot;

/**
 * The first pass of an export, over the passages' attributes only (no text): which passages go into which stage,
 * and into which split. Filters apply in a fixed order and every passage left out is counted under its first
 * reason; a budget keeps each stage's densest passages; the split is by source, so no document straddles it.
 */
final class Selection {

    /** Why passages of a stage were left out, and how many. */
    static final class Excluded {
        long duplicates, status, language, concept, density, budget, decontaminated;

        Map<String, Long> asMap() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("duplicates", duplicates);
            m.put("status", status);
            m.put("language", language);
            m.put("concept", concept);
            m.put("density", density);
            m.put("budget", budget);
            m.put("decontaminated", decontaminated);
            return m;
        }
    }

    private record Candidate(int rank, float density, int tokens, String source) {}

    /** By rank in source order: -1 for a passage left out, else its stage times 2, plus 1 in the validation split. */
    int[] place = new int[0];
    final List<Excluded> excluded = new ArrayList<>();
    /** Per stage: passages selected, of which in validation, and their tokens (before decontamination). */
    final List<long[]> counts = new ArrayList<>();
    final Set<String> validationSources = new TreeSet<>();
    long unassigned;
    long passages;
    String state;
    boolean validationDropped;

    static Selection run(StoreSnapshot store, PackRequest r) throws IOException {
        Selection s = new Selection();
        Map<String, Integer> stageOf = new HashMap<>();
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int i = 0; i < r.stages().size(); i++) {
            stageOf.put(r.stages().get(i).layer(), i);
            candidates.add(new ArrayList<>());
            s.excluded.add(new Excluded());
        }
        s.place = new int[store.count()];
        java.util.Arrays.fill(s.place, -1);
        PackRequest.Selection sel = r.selection();
        MessageDigest state = PackFile.sha256();
        java.nio.ByteBuffer fields = java.nio.ByteBuffer.allocate(24);
        String[] lastSource = {null};
        store.forEachLight(p -> {
            int rank = (int) s.passages++;
            if (!p.source().equals(lastSource[0])) {
                state.update(p.source().getBytes(StandardCharsets.UTF_8));
                lastSource[0] = p.source();
            }
            fields.clear();
            fields.putInt(p.seq()).putInt(p.tokens()).putInt(p.status().ordinal()).putInt(Float.floatToIntBits(p.density())).putLong(p.cluster());
            state.update(fields.array(), 0, fields.position());
            state.update((p.layer() + '\t' + (p.concepts().isEmpty() ? "" : String.join(",", p.concepts())) + '\n').getBytes(StandardCharsets.UTF_8));
            Integer stage = stageOf.get(p.layer());
            if (stage == null) {
                s.unassigned++;
                return;
            }
            Excluded ex = s.excluded.get(stage);
            double min = Math.max(sel.minDensity(), sel.layerMinDensity().getOrDefault(p.layer(), 0.0));
            if (p.status() == PassageStatus.DUPLICATE && sel.excludeDuplicates()) ex.duplicates++;
            else if (!sel.statuses().isEmpty() && !sel.statuses().contains(p.status()) && p.status() != PassageStatus.DUPLICATE) ex.status++;
            else if (!sel.languages().isEmpty() && !sel.languages().contains(p.language())) ex.language++;
            else if (!sel.concepts().isEmpty() && p.concepts().stream().noneMatch(sel.concepts()::contains)) ex.concept++;
            else if (min > 0 && (!p.scored() || p.density() < min)) ex.density++;
            else candidates.get(stage).add(new Candidate(rank, p.density(), p.tokens(), p.source()));
        });
        s.state = HexFormat.of().formatHex(state.digest());
        Set<String> sources = new TreeSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<Candidate> c = candidates.get(i);
            if (sel.stageTokenBudget() > 0) c = fill(c, sel.stageTokenBudget(), s.excluded.get(i));
            for (Candidate k : c) sources.add(k.source());
            candidates.set(i, c);
        }
        for (String src : sources) if (inValidation(src, sel.validationPercent())) s.validationSources.add(src);
        if (!s.validationSources.isEmpty() && s.validationSources.size() == sources.size()) {
            // too few sources to hold any out: everything trains, and the manifest says so
            s.validationSources.clear();
            s.validationDropped = true;
        }
        for (int i = 0; i < candidates.size(); i++) {
            long[] counts = new long[3];
            for (Candidate k : candidates.get(i)) {
                boolean validation = s.validationSources.contains(k.source());
                s.place[k.rank()] = 2 * i + (validation ? 1 : 0);
                counts[0]++;
                if (validation) counts[1]++;
                counts[2] += k.tokens();
            }
            s.counts.add(counts);
        }
        return s;
    }

    /** The densest passages first (unscored last, then in source order) while they fit the budget; the rest are counted. */
    private static List<Candidate> fill(List<Candidate> all, long budget, Excluded ex) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Candidate c) -> Float.isNaN(c.density()) ? Double.NEGATIVE_INFINITY : c.density())
                .reversed().thenComparingInt(Candidate::rank));
        List<Candidate> kept = new ArrayList<>();
        long used = 0;
        for (Candidate c : sorted) {
            if (used + c.tokens() <= budget) {
                kept.add(c);
                used += c.tokens();
            } else {
                ex.budget++;
            }
        }
        return kept;
    }

    /** A stable choice of a source for validation: FNV-1a 64 of its name, modulo 100, under the percentage. */
    static boolean inValidation(String source, int percent) {
        if (percent <= 0) return false;
        return Long.remainderUnsigned(Fnv.of(source), 100) < percent;
    }

}
