package org.strata.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.strata.store.Passage;
import org.strata.store.PassageStatus;
import org.strata.store.PassageStore;

/**
 * The corpus's conversations as multi-turn instruction records (OpenAI/ShareGPT messages with roles), in their order.
 * A conversation is cut into exchanges: the person's turns and the assistant's answers after them. An exchange with a
 * bad turn is left out, and counted under the reason: a turn the expert rejected, an answer below the stage's least
 * density, one sharing text with a held-out item, a turn whose passages are gone. A conversation goes into the stage
 * its kept answers are mostly placed in (by tokens), cut into records of at most {@value #MAX_TOKENS} tokens (the
 * trainer configs' cutoff) between exchanges, each opening with the system turn when there is one; one from a
 * validation document trains nowhere.
 */
final class ChatRecords {
    /** The most tokens of one record, as the trainer configs cut sequences (cutoff_len 2048). */
    static final int MAX_TOKENS = 2048;

    /** What came of the conversations: the records of each stage (role, content pairs), and what was left out. */
    static final class Result {
        final Map<Integer, List<String[]>> byStage = new HashMap<>();
        long conversations, records, exchanges;
        final Map<String, Long> leftOut = new TreeMap<>();

        void leave(String why, long n) {
            if (n > 0) leftOut.merge(why, n, Long::sum);
        }
    }

    private record Exchange(List<String[]> turns, long tokens, Map<String, Long> layerTokens, String bad) {}

    private ChatRecords() {}

    static Result of(PackRequest r, PassageStore store, Set<String> validationSources, Decontamination decon, ToIntFunction<String> tokenizer)
            throws IOException {
        Result out = new Result();
        Map<String, Integer> stageOf = new HashMap<>();
        for (int i = 0; i < r.stages().size(); i++) stageOf.put(r.stages().get(i).layer(), i);
        for (PackRequest.Dialogue d : r.dialogues()) {
            if (validationSources.contains(d.source())) {
                out.leave("validation document", 1);
                continue;
            }
            String system = null;
            List<Exchange> exchanges = new ArrayList<>();
            List<String[]> turns = new ArrayList<>();
            Map<String, Long> layers = new HashMap<>();
            long tokens = 0;
            String bad = null;
            String last = null;
            for (PackRequest.DialogueTurn t : d.turns()) {
                Turn read = read(t, store, r, stageOf, decon);
                if (t.role().equals("system")) {
                    if (exchanges.isEmpty() && turns.isEmpty() && read.bad == null) system = system == null ? read.text : system + "\n\n" + read.text;
                    continue;
                }
                if (t.role().equals("user") && "assistant".equals(last)) {
                    exchanges.add(new Exchange(turns, tokens, layers, bad));
                    turns = new ArrayList<>();
                    layers = new HashMap<>();
                    tokens = 0;
                    bad = null;
                }
                last = t.role();
                if (read.bad != null && bad == null) bad = read.bad;
                if (read.text == null) continue;
                if (!turns.isEmpty() && turns.get(turns.size() - 1)[0].equals(t.role())) {
                    turns.get(turns.size() - 1)[1] += "\n\n" + read.text; // two turns in a row by one role read as one
                } else {
                    turns.add(new String[] {t.role(), read.text});
                }
                tokens += read.tokens;
                if (t.role().equals("assistant")) for (Map.Entry<String, Long> e : read.layerTokens.entrySet()) layers.merge(e.getKey(), e.getValue(), Long::sum);
            }
            if (!turns.isEmpty()) exchanges.add(new Exchange(turns, tokens, layers, bad));
            List<Exchange> kept = new ArrayList<>();
            for (Exchange e : exchanges) {
                String why = e.bad != null ? e.bad : complete(e) ? null : "an exchange without an answer";
                if (why == null) kept.add(e);
                else out.leave(why, 1);
            }
            if (kept.isEmpty()) {
                out.leave("no exchange left", 1);
                continue;
            }
            Map<String, Long> placed = new HashMap<>();
            for (Exchange e : kept) e.layerTokens.forEach((k, v) -> placed.merge(k, v, Long::sum));
            String layer = null; // the most tokens; among equals, the earlier stage
            for (Map.Entry<String, Long> e : placed.entrySet()) {
                if (layer == null || e.getValue() > placed.get(layer) || (e.getValue().equals(placed.get(layer)) && stageOf.get(e.getKey()) < stageOf.get(layer))) {
                    layer = e.getKey();
                }
            }
            if (layer == null) {
                out.leave("answers in no stage of the pack", 1);
                continue;
            }
            int stage = stageOf.get(layer);
            out.conversations++;
            out.exchanges += kept.size();
            long systemTokens = system == null ? 0 : tokenizer.applyAsInt(system);
            List<String> rec = new ArrayList<>();
            long recordTokens = 0;
            for (Exchange e : kept) {
                if (!rec.isEmpty() && recordTokens + e.tokens > MAX_TOKENS) {
                    flush(out, stage, system, rec);
                    rec = new ArrayList<>();
                    recordTokens = 0;
                }
                if (rec.isEmpty()) recordTokens = systemTokens;
                for (String[] t : e.turns) {
                    rec.add(t[0]);
                    rec.add(t[1]);
                }
                recordTokens += e.tokens;
            }
            flush(out, stage, system, rec);
        }
        return out;
    }

    /** An exchange the instructions can use: it opens with the person and ends with the assistant. */
    private static boolean complete(Exchange e) {
        return e.turns.get(0)[0].equals("user") && e.turns.get(e.turns.size() - 1)[0].equals("assistant");
    }

    private static void flush(Result out, int stage, String system, List<String> record) {
        if (record.isEmpty()) return;
        List<String> all = new ArrayList<>();
        if (system != null) {
            all.add("system");
            all.add(system);
        }
        all.addAll(record);
        out.byStage.computeIfAbsent(stage, k -> new ArrayList<>()).add(all.toArray(String[]::new));
        out.records++;
    }

    private record Turn(String text, long tokens, Map<String, Long> layerTokens, String bad) {}

    /** A turn's text from its passages, with its tokens per layer, or why it cannot teach. */
    private static Turn read(PackRequest.DialogueTurn t, PassageStore store, PackRequest r, Map<String, Integer> stageOf, Decontamination decon)
            throws IOException {
        StringBuilder text = new StringBuilder();
        long tokens = 0;
        Map<String, Long> layers = new HashMap<>();
        String bad = null;
        boolean answer = t.role().equals("assistant");
        for (String id : t.passages()) {
            Passage p = store.get(id);
            if (p == null) {
                bad = "a turn whose passages are gone";
                continue;
            }
            if (p.status() == PassageStatus.REJECTED && bad == null) bad = "a turn the expert rejected";
            if (answer && bad == null && p.scored() && p.density() < minDensity(r, p.layer())) bad = "an answer below the least density";
            if (bad == null && decon.overlaps(p.text())) bad = "a turn sharing text with a held-out item";
            text.append(text.isEmpty() ? "" : "\n\n").append(p.text());
            tokens += p.tokens();
            if (!p.layer().isEmpty() && stageOf.containsKey(p.layer())) layers.merge(p.layer(), (long) p.tokens(), Long::sum);
        }
        return new Turn(text.isEmpty() ? null : text.toString(), tokens, layers, bad);
    }

    private static double minDensity(PackRequest r, String layer) {
        double min = r.selection().minDensity();
        Double own = r.selection().layerMinDensity().get(layer);
        return own != null ? Math.max(min, own) : min;
    }
}
