package org.strata.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.strata.store.Passage;

/**
 * A stage's instruction, preference and evaluation files: {@code sft.jsonl} (chat messages from concept
 * definitions, the verification items that teach and the expert's explained choices and verdicts, see
 * {@link Reasons}), {@code dpo.jsonl} (one prompt, chosen, rejected triple per passage the expert did not choose, a
 * best-of-3 choice giving two, with his rationale beside it), the same pairs in OpenAI's preference format
 * ({@code dpo_openai.jsonl}) and {@code eval.jsonl} (the held-out items).
 */
final class Teaching {
    private Teaching() {}

    /**
     * A concept's question and the aliases in its answer are in the definition's language ({@code language}, the
     * pack's main one, where the definition's is not known).
     */
    static PackFile sft(Path dir, String folder, List<PackRequest.ConceptDef> concepts, List<PackRequest.EvalItem> items,
            List<Reasons.Example> reasons, List<String[]> conversations, String language, Prompts prompts, ToIntFunction<String> tokens)
            throws IOException {
        try (PackFile f = new PackFile(dir, folder + "/sft.jsonl", "sft")) {
            for (PackRequest.ConceptDef c : concepts) {
                if (c.definition() == null || c.definition().isBlank()) continue;
                PromptTemplates t = prompts.of(c.language() != null ? c.language() : language);
                String q = t.question(c.name());
                String a = c.definition().strip() + (c.aliases().isEmpty() ? "" : t.aliases(String.join(", ", c.aliases())));
                f.record().messages("user", q, "assistant", a);
                f.end(tokens.applyAsInt(q) + tokens.applyAsInt(a));
            }
            for (PackRequest.EvalItem i : items) {
                if (i.answer() == null || i.answer().isBlank()) continue;
                f.record().messages("user", i.prompt(), "assistant", i.answer());
                f.end(tokens.applyAsInt(i.prompt()) + tokens.applyAsInt(i.answer()));
            }
            for (Reasons.Example e : reasons) {
                f.record().messages("user", e.question(), "assistant", e.answer());
                f.end(tokens.applyAsInt(e.question()) + tokens.applyAsInt(e.answer()));
            }
            for (String[] c : conversations) {
                f.record().messages(c);
                long t = 0;
                for (int i = 1; i < c.length; i += 2) t += tokens.applyAsInt(c[i]);
                f.end(t);
            }
            return f;
        }
    }

    static PackFile eval(Path dir, String folder, List<PackRequest.EvalItem> items, ToIntFunction<String> tokens) throws IOException {
        try (PackFile f = new PackFile(dir, folder + "/eval.jsonl", "eval")) {
            int n = 0;
            for (PackRequest.EvalItem i : items) {
                f.record().field("id", folder + "-" + (++n)).field("kind", i.kind()).field("prompt", i.prompt())
                        .field("answer", i.answer() == null ? "" : i.answer()).strings("passages", i.passages());
                f.end(tokens.applyAsInt(i.prompt()) + (i.answer() == null ? 0 : tokens.applyAsInt(i.answer())));
            }
            return f;
        }
    }

    /**
     * The preference pairs of a stage: choices whose chosen passage trains in it, against every other candidate; the
     * prompt is in the chosen passage's language.
     * {@code judged} holds the candidates' passages (text included) by id; {@code usable} says whether a passage
     * may appear in training at all (not decontaminated, not in the validation split).
     */
    static PackFile[] dpo(Path dir, PackRequest.Stage stage, String folder, List<PackRequest.Choice> choices, Map<String, Passage> judged,
            Set<String> trainsHere, Set<String> usable, Map<String, PackRequest.SourceInfo> sources, Prompts prompts, ToIntFunction<String> tokens)
            throws IOException {
        try (PackFile f = new PackFile(dir, folder + "/dpo.jsonl", "dpo"); PackFile o = new PackFile(dir, folder + "/dpo_openai.jsonl", "dpo_openai")) {
            for (PackRequest.Choice c : choices) {
                if (c.chosen() == null || !trainsHere.contains(c.chosen())) continue;
                Passage chosen = judged.get(c.chosen());
                String prompt = null;
                String why = c.rationale() == null ? "" : c.rationale().strip();
                for (String id : c.candidates()) {
                    Passage other = judged.get(id);
                    if (id.equals(c.chosen()) || other == null || !usable.contains(id)) continue;
                    if (prompt == null) prompt = prompt(stage, c, judged, sources, prompts);
                    long t = tokens.applyAsInt(prompt) + chosen.tokens() + other.tokens();
                    f.record().field("prompt", prompt).field("chosen", chosen.text()).field("rejected", other.text()).field("rationale", why);
                    f.end(t);
                    // https://platform.openai.com/docs/guides/direct-preference-optimization: input messages, then one
                    // preferred and one non-preferred assistant turn
                    o.record().object("input").messages("user", prompt).close().turns("preferred_output", "assistant", chosen.text())
                            .turns("non_preferred_output", "assistant", other.text());
                    o.end(t);
                }
            }
            return new PackFile[] {f, o};
        }
    }

    /** The shared context of the candidates: a concept they all carry, else the document they share, else the layer. */
    static String prompt(PackRequest.Stage stage, PackRequest.Choice c, Map<String, Passage> judged,
            Map<String, PackRequest.SourceInfo> sources, Prompts prompts) {
        Passage chosen = judged.get(c.chosen());
        PromptTemplates t = prompts.of(chosen == null ? null : chosen.language());
        Set<String> common = null;
        Set<String> docs = new HashSet<>();
        for (String id : c.candidates()) {
            Passage p = judged.get(id);
            if (p == null) continue;
            docs.add(p.source());
            if (common == null) common = new TreeSet<>(p.concepts());
            else common.retainAll(p.concepts());
        }
        if (common != null && !common.isEmpty()) return t.about(common.iterator().next());
        if (docs.size() == 1) {
            String src = docs.iterator().next();
            PackRequest.SourceInfo info = sources.get(src);
            String title = info != null && info.title() != null && !info.title().isBlank() ? info.title() : Path.of(src).getFileName().toString();
            return t.fromDocument(title);
        }
        String d = stage.description() == null ? "" : stage.description().strip().replaceAll("[.]+$", "");
        return t.stage(stage.layer(), d);
    }
}
