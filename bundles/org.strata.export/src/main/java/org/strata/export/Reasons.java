package org.strata.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strata.store.Passage;

/**
 * The expert's reasons as instruction examples: a choice he explained becomes a critique (the task, the passages he
 * was shown, which one is best and why: "none" when none was good enough), a verdict he explained becomes a judgement
 * of one passage (worth learning from or not, and why). Each is written in the language of the passage it is about.
 * An example goes in the stage of the passage chosen (of most candidates, when none was chosen; of the judged passage
 * for a verdict) and only when every passage it shows may train: none from a validation document, none sharing text
 * with a held-out item; a choice with a pick only where its pick trains (the pack's filters passed it), any other only
 * in a language the pack takes.
 */
final class Reasons {
    /** One example: the user's turn and the assistant's. */
    record Example(String question, String answer) {}

    private Reasons() {}

    /** The ids of every passage a choice or an explained verdict shows. */
    static Set<String> shown(PackRequest r) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (PackRequest.Choice c : r.choices()) if (c.chosen() != null || said(c.rationale())) ids.addAll(c.candidates());
        for (PackRequest.Verdict v : r.verdicts()) if (said(v.rationale())) ids.add(v.passage());
        return ids;
    }

    static boolean said(String rationale) {
        return rationale != null && !rationale.isBlank();
    }

    /** The examples of one stage, choices first then verdicts, each in the order the corpus holds them. */
    static List<Example> of(PackRequest.Stage stage, PackRequest r, Map<String, Passage> judged, Set<String> usable,
            Map<String, PackRequest.SourceInfo> sources, Set<String> trainsHere) {
        List<Example> out = new ArrayList<>();
        Set<String> languages = r.selection().languages();
        for (PackRequest.Choice c : r.choices()) {
            if (!said(c.rationale()) || !stage.layer().equals(layerOf(c, judged))) continue;
            // a choice with a pick teaches where its pick trains (as its preference pairs do); one with none where its
            // passages are in a language the pack takes
            if (c.chosen() != null ? !trainsHere.contains(c.chosen()) : !languages.isEmpty() && c.candidates().stream()
                    .anyMatch(id -> judged.get(id) == null || !languages.contains(judged.get(id).language()))) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (String id : c.candidates()) {
                Passage p = judged.get(id);
                if (p == null || !usable.contains(id)) break;
                texts.add(p.text());
            }
            if (texts.size() != c.candidates().size()) continue;
            Passage about = judged.get(c.chosen() != null ? c.chosen() : c.candidates().get(0));
            ReasonTemplates t = ReasonTemplates.of(about.language());
            String task = Teaching.prompt(stage, c, judged, sources, r.prompts());
            out.add(new Example(t.question(task, texts), t.answer(c.chosen() == null ? 0 : c.candidates().indexOf(c.chosen()) + 1, c.rationale())));
        }
        for (PackRequest.Verdict v : r.verdicts()) {
            Passage p = judged.get(v.passage());
            if (!said(v.rationale()) || p == null || !usable.contains(v.passage()) || !stage.layer().equals(p.layer())) continue;
            if (!languages.isEmpty() && !languages.contains(p.language())) continue;
            ReasonTemplates t = ReasonTemplates.of(p.language());
            out.add(new Example(t.verdictQuestion(p.text()), t.verdictAnswer(v.accept(), v.rationale())));
        }
        return out;
    }

    /** The layer a choice teaches in: its chosen passage's, else the one most of its candidates are in (the first such). */
    static String layerOf(PackRequest.Choice c, Map<String, Passage> judged) {
        if (c.chosen() != null) {
            Passage p = judged.get(c.chosen());
            return p == null ? null : p.layer();
        }
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (String id : c.candidates()) {
            Passage p = judged.get(id);
            if (p == null || p.layer() == null || p.layer().isEmpty()) continue;
            int k = n.merge(p.layer(), 1, Integer::sum);
            if (best == null || k > n.get(best)) best = p.layer();
        }
        return best;
    }
}
