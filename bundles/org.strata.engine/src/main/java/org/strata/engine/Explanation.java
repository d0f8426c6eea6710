package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.strata.score.Components;
import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.score.Head;
import org.strata.score.LanguageKit;
import org.strata.score.Prior;
import org.strata.store.Passage;
import org.strata.store.PassageQuery;
import org.strata.score.DensityWeights;

/**
 * Why a passage scored as it did, in lines a person reads: the density and its four parts with what each cost
 * or gave, the signals weakest first, the nearest other passage, and which prototypes of the prior it is
 * closest to.
 */
public final class Explanation {
    private Explanation() {}

    public static List<String> of(CorpusFolder corpus, Encoder encoder, String id) throws IOException, EncoderException {
        Passage p = corpus.store().get(id);
        if (p == null) throw new IOException("no passage " + id + " in " + corpus.dir() + " (ids: strata search DIR QUERY --json)");
        List<String> out = new ArrayList<>();
        String text = p.text().replaceAll("\\s+", " ");
        out.add("passage " + p.id() + " from " + p.source() + " (" + p.tokens() + " tokens, " + p.language() + ")");
        out.add("  \"" + (text.length() > 300 ? text.substring(0, 300) + "..." : text) + "\"");
        if (!p.scored() || p.components() == null || p.components().length < Components.COUNT_V1) {
            out.add("not scored yet: strata score " + corpus.dir());
            return out;
        }
        float[] c = p.components();
        DensityWeights w = Scoring.weights(corpus);
        String source = Knowledge.describe(corpus);
        boolean current = c.length >= Components.COUNT_V2;
        out.add(String.format(Locale.ROOT, "density %.3f = %s of knowledge %.2f (weight %.2f, from the %s) and information %.2f "
                + "(weight %.2f), times %.2f for redundancy %.2f, times %.2f for boilerplate %.2f", p.density(),
                current ? "geometric mean" : "mean", c[Components.KNOWLEDGE], w.knowledge(), source, c[Components.INFORMATION], w.information(),
                1 - w.redundancy() * c[Components.REDUNDANCY], c[Components.REDUNDANCY], 1 - w.boilerplate() * c[Components.BOILERPLATE],
                c[Components.BOILERPLATE]));
        if (!current) {
            out.add("scored by an earlier Strata, without self-repetition, word order by language and cut-off: strata score "
                    + corpus.dir() + " --rescore measures them (from stored embeddings, no encoder run)");
        } else {
            out.add(String.format(Locale.ROOT, "  times %.2f for self-repetition %.2f, times %.2f for word order %.2f, times %.2f for cut-off %.2f",
                    1 - c[Components.SELF_REPETITION], c[Components.SELF_REPETITION], 0.15 + 0.85 * c[Components.WORD_ORDER],
                    c[Components.WORD_ORDER], 1 - 0.4 * c[Components.CUT_OFF], c[Components.CUT_OFF]));
        }
        out.add(language(corpus, p.language()));
        if (current && !Float.isNaN(c[Components.COVERAGE]) && c[Components.COVERAGE] < 0.5f) {
            out.add(String.format(Locale.ROOT, "the encoder covers this language poorly (coverage %.2f: it spells the words out in pieces); "
                    + "its knowledge rests on the prior's prototypes and the expert's choices", c[Components.COVERAGE]));
        }
        List<Integer> signals = new ArrayList<>();
        for (int i = Components.COMPRESSION; i <= Components.DOMAIN_TERMS; i++) if (!Float.isNaN(c[i])) signals.add(i);
        if (current) {
            signals.remove(Integer.valueOf(Components.WORD_ORDER)); // a defect now, listed below
            signals.add(Components.STATEMENTS);
            signals.add(Components.IMPERSONAL);
            signals.add(Components.COVERAGE);
            if (c.length > Components.NOMINAL) signals.add(Components.NOMINAL);
        }
        signals.removeIf(i -> Float.isNaN(c[i]));
        signals.sort(Comparator.comparingDouble(i -> c[i]));
        out.add("information signals, weakest first:");
        for (int i : signals) out.add(String.format(Locale.ROOT, "  %-18s %.2f  %s", Components.NAMES.get(i), c[i], Components.MEANINGS.get(i)));
        out.add("boilerplate cues:");
        List<Integer> cues = new ArrayList<>(List.of(Components.LEGAL, Components.NAVIGATION, Components.LINK_LIST, Components.REPEATED));
        if (current) cues.add(Components.CODE);
        for (int i : cues) out.add(String.format(Locale.ROOT, "  %-18s %.2f  %s", Components.NAMES.get(i), c[i], Components.MEANINGS.get(i)));
        if (current) {
            out.add("defects that scale the whole score:");
            for (int i : List.of(Components.SELF_REPETITION, Components.WORD_ORDER, Components.CUT_OFF)) {
                out.add(String.format(Locale.ROOT, "  %-18s %.2f  %s", Components.NAMES.get(i), c[i], Components.MEANINGS.get(i)));
            }
        }
        if (p.embedding() != null) {
            List<Passage> near = corpus.store().search(PassageQuery.nearest(p.embedding(), 3)).rows();
            for (Passage n : near) {
                if (n.id().equals(p.id())) continue;
                String t = n.text().replaceAll("\\s+", " ");
                out.add(String.format(Locale.ROOT, "nearest other passage %s (%s): \"%s\"", n.id(), n.source(),
                        t.length() > 120 ? t.substring(0, 120) + "..." : t));
                break;
            }
            if (p.embedding().length != encoder.dimension()) {
                out.add("its embedding comes from another encoder than the scoring profile's " + encoder.name()
                        + ": strata score " + corpus.dir() + " --reembed");
                return out;
            }
            Head prior = Knowledge.prior(corpus, encoder);
            List<List<String>> anchors = Prior.anchors();
            out.add(String.format(Locale.ROOT, "the prior puts it %s expository writing: nearest \"+\" prototype (cosine %.2f): %s",
                    prior.priorLogit(p.embedding()) > 0 ? "nearer to" : "farther from", best(prior.positive(), p.embedding()),
                    nameOf(prior.positive(), p.embedding(), anchors.get(0), DomainTexts.descriptions(corpus.corpus()))));
            out.add(String.format(Locale.ROOT, "  nearest \"-\" prototype (cosine %.2f): %s", best(prior.negative(), p.embedding()),
                    nameOf(prior.negative(), p.embedding(), anchors.get(1), List.of())));
        }
        return out;
    }

    /** What Strata knows of the passage's language, and where its word order was judged from. */
    static String language(CorpusFolder corpus, String language) {
        LanguageKit kit = LanguageKit.of(language);
        Integer learned = kit.wordOrder() == null ? WordOrders.learnedFrom(corpus, kit.code()) : null;
        String order = kit.wordOrder() != null ? "word order from the model Strata ships for it"
                : learned != null ? String.format(Locale.ROOT, "word order from a model learned from %,d of this corpus's passages in it",
                        learned)
                : kit.code().isEmpty() ? "word order from capitals and full stops"
                : String.format(Locale.ROOT, "word order from capitals and full stops (a model is learned from the corpus's passages "
                        + "once it has %d in this language)", WordOrders.MIN_PASSAGES);
        if (kit.known()) return "language " + kit.code() + ": " + kit.describe() + "; " + order;
        return "language " + (kit.code().isEmpty() ? "unknown" : kit.code() + ", which nothing here knows")
                + ": measured by the signals that need no language (no function words; " + order + ")";
    }

    private static float best(float[][] rows, float[] e) {
        float b = -1;
        for (float[] r : rows) b = Math.max(b, Encoder.dot(r, e));
        return b;
    }

    private static String nameOf(float[][] rows, float[] e, List<String> texts, List<String> more) {
        int best = 0;
        for (int i = 1; i < rows.length; i++) if (Encoder.dot(rows[i], e) > Encoder.dot(rows[best], e)) best = i;
        List<String> all = new ArrayList<>(texts);
        for (String m : more) if (m != null && m.strip().length() >= 20) all.add(m.strip());
        String t = best < all.size() ? all.get(best) : "?";
        return "\"" + (t.length() > 100 ? t.substring(0, 100) + "..." : t) + "\"";
    }
}
