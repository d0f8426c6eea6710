package org.strata.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Verdict;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * Imports the expert's judgments from JSON Lines, one judgment a line:
 * {@code {"candidates":["ID","ID"...],"chosen":"ID"|null,"rationale":"..."}} (the best of two or three, or none of
 * them) or {@code {"passage":"ID","verdict":"accept"|"reject"}}, with the passage ids that exports and
 * {@code strata search --json} show. A line that is not a judgment, or names a passage the corpus lacks, is refused
 * with its line number and reason, and the others are recorded; a judgment already recorded is not recorded twice.
 * A verdict also sets the passage's status (accepted or rejected), as the workbench does.
 */
public final class JudgmentImport {
    /** What an import did: judgments recorded, already known, and the lines refused with why. */
    public record Result(int choices, int verdicts, int known, List<String> refused) {
        public String line() {
            return "imported " + (choices + verdicts) + " judgments (" + choices + " choices, " + verdicts + " verdicts)"
                    + (known > 0 ? ", " + known + " already recorded" : "") + (refused.isEmpty() ? "" : "; " + refused.size() + " lines refused");
        }
    }

    private JudgmentImport() {}

    public static Result run(CorpusFolder corpus, Path file, String author) throws IOException {
        List<String> refused = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Judgment j : corpus.corpus().getJudgments()) known.add(key(j.getVerdict(), j.getCandidates(), j.getChosen(), j.getRationale()));
        List<Passage> statusChanges = new ArrayList<>();
        int choices = 0, verdicts = 0, already = 0, n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) continue;
                Judgment j;
                JsonElement json;
                try {
                    json = JsonParser.parseString(line);
                } catch (JsonParseException e) {
                    refused.add("line " + n + ": not JSON");
                    continue;
                }
                try {
                    j = parse(corpus, json);
                } catch (Refused e) {
                    refused.add("line " + n + ": " + e.getMessage());
                    continue;
                }
                if (!known.add(key(j.getVerdict(), j.getCandidates(), j.getChosen(), j.getRationale()))) {
                    already++;
                    continue;
                }
                j.setAuthor(author);
                j.setTime(new Date());
                corpus.corpus().getJudgments().add(j);
                if (j.getVerdict() == Verdict.CHOICE) {
                    choices++;
                } else {
                    verdicts++;
                    Passage p = corpus.store().get(j.getCandidates().get(0));
                    statusChanges.add(p.attributesOnly().withStatus(j.getVerdict() == Verdict.ACCEPT ? PassageStatus.ACCEPTED : PassageStatus.REJECTED));
                }
            }
        }
        if (!statusChanges.isEmpty()) corpus.store().updateAttributes(statusChanges);
        if (choices + verdicts > 0) corpus.commit(); // the judgments and the statuses they set, as one commit
        return new Result(choices, verdicts, already, refused);
    }

    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static Judgment parse(CorpusFolder corpus, JsonElement e) throws Refused, IOException {
        if (!e.isJsonObject()) throw new Refused("a judgment is a JSON object");
        JsonObject o = e.getAsJsonObject();
        for (String k : o.keySet()) {
            if (!Set.of("candidates", "chosen", "rationale", "passage", "verdict").contains(k)) throw new Refused("unknown field \"" + k + "\"");
        }
        Judgment j = CorpusFactory.eINSTANCE.createJudgment();
        if (o.has("rationale") && !o.get("rationale").isJsonNull()) j.setRationale(text(o.get("rationale"), "rationale"));
        if (o.has("candidates")) {
            if (o.has("passage") || o.has("verdict")) throw new Refused("a line holds either candidates or a passage and a verdict");
            if (!o.get("candidates").isJsonArray()) throw new Refused("\"candidates\" must be a list of passage ids");
            JsonArray a = o.getAsJsonArray("candidates");
            Set<String> ids = new LinkedHashSet<>();
            for (JsonElement c : a) ids.add(text(c, "candidates"));
            if (ids.size() < 2 || ids.size() > 3 || ids.size() != a.size()) throw new Refused("a choice is between 2 or 3 different passages");
            for (String id : ids) requirePassage(corpus, id);
            String chosen = o.has("chosen") && !o.get("chosen").isJsonNull() ? text(o.get("chosen"), "chosen") : null;
            if (chosen != null && !ids.contains(chosen)) throw new Refused("\"chosen\" " + chosen + " is not one of the candidates");
            j.getCandidates().addAll(ids);
            j.setChosen(chosen);
            j.setVerdict(Verdict.CHOICE);
            return j;
        }
        if (!o.has("passage") || !o.has("verdict")) throw new Refused("a line needs \"candidates\", or \"passage\" and \"verdict\"");
        String id = text(o.get("passage"), "passage");
        requirePassage(corpus, id);
        String v = text(o.get("verdict"), "verdict");
        if (!v.equals("accept") && !v.equals("reject")) throw new Refused("\"verdict\" is accept or reject, not \"" + v + "\"");
        j.getCandidates().add(id);
        j.setVerdict(v.equals("accept") ? Verdict.ACCEPT : Verdict.REJECT);
        return j;
    }

    /** A JSON string, and nothing else (gson would read a number, or a list of one string, as text too). */
    private static String text(JsonElement e, String field) throws Refused {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Refused("\"" + field + "\" holds " + (e == null || e.isJsonNull() ? "nothing" : e) + ", not text");
        }
        return e.getAsString();
    }

    private static void requirePassage(CorpusFolder corpus, String id) throws Refused, IOException {
        if (corpus.store().get(id) == null) throw new Refused("passage " + id + " is not in the corpus");
    }

    private static String key(Verdict v, List<String> candidates, String chosen, String rationale) {
        return v + "|" + String.join(",", candidates) + "|" + chosen + "|" + rationale;
    }
}
