package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;
import org.strata.model.corpus.VerificationKind;
import org.strata.score.Encoder;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

/**
 * Verification items drafted from the corpus for the expert to accept, edit or drop, each naming the passages it came
 * from: a check question for every concept, answered by its definition (or by the sentence of the densest passage that
 * defines it) and resting on the passages that define it; a critical-reasoning item for two passages on one concept
 * that are close in meaning (their embeddings) yet point opposite ways (one says a thing raises, improves or helps,
 * the other that it lowers, impairs or does nothing); and analogy chains from the concept graph (a is a kind of A as
 * b is of B; a chain of related concepts). Worded in the language of the material, English or Russian.
 */
public final class VerificationDrafts {
    /** A drafted item: its layer, kind, prompt, expected answer and the passages it rests on. */
    public record Draft(String layer, VerificationKind kind, String prompt, String answer, List<String> passages) {}

    /** The most critical-reasoning and analogy drafts one run makes (check questions: one per concept). */
    static final int MOST = 12;
    /** Two passages this close in meaning (cosine of their embeddings) speak of the same thing. */
    static final float SAME_TOPIC = 0.55f;

    private static final Pattern UP = Pattern.compile("(?iu)\\b(increas\\w*|rais\\w*|improv\\w*|enhanc\\w*|boost\\w*|higher|more|helps?|benefit\\w*|"
            + "повыша\\w*|повыс\\w*|увеличива\\w*|увелич\\w*|улучша\\w*|улучш\\w*|выше|больше|помога\\w*|польз\\w*)\\b");
    private static final Pattern DOWN = Pattern.compile("(?iu)\\b(decreas\\w*|reduc\\w*|lower\\w*|impair\\w*|worsen\\w*|harm\\w*|less|fewer|hinder\\w*|"
            + "снижа\\w*|сниз\\w*|уменьша\\w*|уменьш\\w*|ухудша\\w*|ухудш\\w*|ниже|меньше|вред\\w*|меша\\w*)\\b");
    private static final Pattern NONE = Pattern.compile("(?iu)\\b(no (?:effect|evidence|difference|benefit)|does not (?:affect|change|improve)|"
            + "not (?:significant|associated)|нет (?:эффекта|доказательств|разницы|пользы)|не влия\\w*|не (?:улучша|меня)\\w*)");

    private VerificationDrafts() {}

    /** What the corpus offers as drafts now, leaving out any whose prompt an item of the corpus has already. */
    public static List<Draft> of(CorpusFolder corpus) throws IOException {
        Corpus c = corpus.corpus();
        Set<String> have = new HashSet<>();
        c.getVerificationItems().forEach(v -> have.add(norm(v.getPrompt())));
        List<Draft> out = new ArrayList<>();
        String concepts = layerOf(c, LayerKind.CONCEPTS, 0), logic = layerOf(c, LayerKind.LOGIC, 1), paradoxes = layerOf(c, LayerKind.PARADOXES, 3);
        if (concepts == null) return out;
        List<Draft> critical = new ArrayList<>();
        for (Concept k : c.getConcepts()) {
            List<Passage> tagged = new ArrayList<>();
            corpus.store().forEachMatch(PassageQuery.all().filter(PassageFilter.NONE.withConcept(k.getName())), p -> {
                if (p.status() != PassageStatus.REJECTED && p.status() != PassageStatus.DUPLICATE) tagged.add(p);
            });
            tagged.sort(Comparator.comparing((Passage p) -> Float.isNaN(p.density()) ? -1f : p.density()).reversed().thenComparing(Passage::id));
            check(k, tagged, concepts, out);
            critical.addAll(disagreements(k, tagged, paradoxes));
        }
        critical.sort(Comparator.comparing(Draft::prompt));
        out.addAll(critical.subList(0, Math.min(MOST, critical.size())));
        out.addAll(analogies(c, logic));
        List<Draft> fresh = new ArrayList<>();
        for (Draft d : out) if (have.add(norm(d.prompt()))) fresh.add(d);
        return fresh;
    }

    /** A check question: what the concept is, answered by its definition or the sentence that defines it. */
    private static void check(Concept k, List<Passage> tagged, String layer, List<Draft> out) {
        List<String> defining = new ArrayList<>();
        String sentence = null;
        for (Passage p : tagged) {
            String s = definingSentence(k, p.text());
            if (s == null) continue;
            defining.add(p.id());
            if (sentence == null) sentence = s;
        }
        String definition = k.getDefinition() != null && !k.getDefinition().isBlank() ? k.getDefinition().strip() : sentence;
        if (definition == null) return;
        boolean ru = russian(k.getName() + " " + definition);
        String prompt = ru ? "Что такое " + k.getName() + "?" : "What is " + k.getName() + "?";
        out.add(new Draft(layer, VerificationKind.CHECK_QUESTION, prompt, definition, defining.subList(0, Math.min(3, defining.size()))));
    }

    /** The sentence of a text that defines a concept ("X is a ...", "X — это ...", "X refers to ..."), or null. */
    static String definingSentence(Concept k, String text) {
        List<String> names = new ArrayList<>(k.getAliases());
        names.add(0, k.getName());
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            for (String n : names) {
                String q = Pattern.quote(n);
                Pattern p = Pattern.compile("(?iu)(^|\\W)" + q + "\\s*(?:\\([^)]*\\)\\s*)?(?:is|are|refers to|means|denotes|—\\s*это|-\\s*это|–\\s*это|"
                        + "называ\\w+|означа\\w+|представля\\w+ собой|есть)\\s");
                if (p.matcher(sentence).find()) return sentence.strip();
            }
        }
        return null;
    }

    /** Passages on one concept, close in meaning, that point opposite ways: a prompt to weigh them. */
    private static List<Draft> disagreements(Concept k, List<Passage> tagged, String layer) {
        List<Draft> out = new ArrayList<>();
        int n = Math.min(tagged.size(), 60);
        for (int i = 0; i < n; i++) {
            Passage a = tagged.get(i);
            if (a.embedding() == null) continue;
            for (int j = i + 1; j < n; j++) {
                Passage b = tagged.get(j);
                if (b.embedding() == null || Encoder.dot(a.embedding(), b.embedding()) < SAME_TOPIC || !opposite(a.text(), b.text())) continue;
                boolean ru = russian(a.text());
                String prompt = ru
                        ? "Два фрагмента о понятии «" + k.getName() + "» расходятся.\nА: «" + a.text().strip() + "»\nБ: «" + b.text().strip()
                                + "»\nВ чём они расходятся, какой из них верен и при каких условиях?"
                        : "Two passages on " + k.getName() + " disagree.\nA: \"" + a.text().strip() + "\"\nB: \"" + b.text().strip()
                                + "\"\nWhere do they disagree, which holds, and under what conditions?";
                String answer = (ru ? "А: " : "A: ") + cue(a.text()) + (ru ? " Б: " : " B: ") + cue(b.text());
                out.add(new Draft(layer, VerificationKind.CRITICAL_REASONING, prompt, answer, List.of(a.id(), b.id())));
                break; // one pair per passage: the drafts stay varied
            }
        }
        return out;
    }

    /** Whether two texts point opposite ways: one up and the other down, or one says there is no effect. */
    static boolean opposite(String a, String b) {
        int da = direction(a), db = direction(b);
        return da != 0 && db != 0 && da != db;
    }

    /** +1 when a text says a thing rises or helps, -1 when it falls or harms, 2 when it says there is no effect, 0 when neither or both. */
    private static int direction(String t) {
        if (NONE.matcher(t).find()) return 2;
        boolean up = UP.matcher(t).find(), down = DOWN.matcher(t).find();
        return up == down ? 0 : up ? 1 : -1;
    }

    /** The sentence of a text that carries its direction, as the reference fact of the expected answer. */
    private static String cue(String text) {
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (NONE.matcher(s).find() || UP.matcher(s).find() || DOWN.matcher(s).find()) return s.strip();
        }
        return text.strip();
    }

    /** Analogy chains of the concept graph: a is to A as b is to B (each a narrower concept of its broader), and related chains. */
    private static List<Draft> analogies(Corpus c, String layer) {
        List<Concept[]> pairs = new ArrayList<>();
        for (Concept k : c.getConcepts()) for (Concept b : k.getBroader()) pairs.add(new Concept[] {k, b});
        pairs.sort(Comparator.comparing((Concept[] p) -> p[1].getName()).thenComparing(p -> p[0].getName()));
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < pairs.size() && out.size() < MOST; i++) {
            for (int j = i + 1; j < pairs.size() && out.size() < MOST; j++) {
                Concept[] x = pairs.get(i), y = pairs.get(j);
                if (x[1] == y[1] || x[0] == y[0]) continue;
                boolean ru = russian(x[0].getName() + y[0].getName());
                String prompt = ru ? "Продолжите аналогию: «" + x[0].getName() + "» относится к «" + x[1].getName() + "», как «" + y[0].getName()
                        + "» относится к …?" : "Complete the analogy: " + x[0].getName() + " is to " + x[1].getName() + " as " + y[0].getName() + " is to what?";
                String answer = ru ? y[1].getName() + ": «" + y[0].getName() + "» — частный случай «" + y[1].getName() + "», как «" + x[0].getName()
                        + "» — частный случай «" + x[1].getName() + "»." : y[1].getName() + ": " + y[0].getName() + " is a kind of " + y[1].getName()
                        + ", as " + x[0].getName() + " is a kind of " + x[1].getName() + ".";
                out.add(new Draft(layer, VerificationKind.ANALOGY_CHAIN, prompt, answer, List.of()));
                break;
            }
        }
        for (Concept a : c.getConcepts()) {
            for (Concept b : a.getRelated()) {
                for (Concept d : b.getRelated()) {
                    // a chain once, not again backwards
                    if (d == a || out.size() >= 2 * MOST || a.getRelated().contains(d) || a.getName().compareTo(d.getName()) > 0) continue;
                    boolean ru = russian(a.getName() + b.getName() + d.getName());
                    String prompt = ru ? "Проследите цепочку: как «" + a.getName() + "» связано с «" + d.getName() + "» через «" + b.getName() + "»?"
                            : "Trace the chain: how does " + a.getName() + " lead to " + d.getName() + " through " + b.getName() + "?";
                    String answer = definitionOr(a) + " " + definitionOr(b) + " " + definitionOr(d);
                    out.add(new Draft(layer, VerificationKind.ANALOGY_CHAIN, prompt, answer.strip(), List.of()));
                }
            }
        }
        return out;
    }

    private static String definitionOr(Concept k) {
        return k.getDefinition() == null || k.getDefinition().isBlank() ? k.getName() + "." : k.getDefinition().strip();
    }

    /** The layer of a kind (else the one at a position of the curriculum, else the last); null when there is none. */
    private static String layerOf(Corpus c, LayerKind kind, int position) {
        if (c.getLayers().isEmpty()) return null;
        for (Layer l : c.getLayers()) if (l.getKind() == kind) return l.getName();
        return c.getLayers().get(Math.min(position, c.getLayers().size() - 1)).getName();
    }

    /** Whether a text is mostly Cyrillic: the drafts are then worded in Russian (the same test as {@link AnswerScore#language}). */
    private static boolean russian(String s) {
        return AnswerScore.language(s).equals("ru");
    }

    private static String norm(String prompt) {
        return prompt == null ? "" : prompt.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
