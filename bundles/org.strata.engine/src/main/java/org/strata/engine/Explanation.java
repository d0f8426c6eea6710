package org.strata.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.text.MessageFormat;

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

    /** In the user's language (the default locale): Russian where it is Russian, else English. */
    public static List<String> of(CorpusFolder corpus, Encoder encoder, String id) throws IOException, EncoderException {
        return of(corpus, encoder, id, Locale.getDefault());
    }

    public static List<String> of(CorpusFolder corpus, Encoder encoder, String id, Locale locale) throws IOException, EncoderException {
        Words say = new Words(locale);
        Passage p = corpus.store().get(id);
        if (p == null) throw new IOException("no passage " + id + " in " + corpus.dir() + " (ids: strata search DIR QUERY --json)");
        List<String> out = new ArrayList<>();
        String text = p.text().replaceAll("\\s+", " ");
        out.add(say.that("head", p.id(), p.source(), p.tokens(), p.language()));
        out.add("  \"" + (text.length() > 300 ? text.substring(0, 300) + "..." : text) + "\"");
        if (!p.scored() || p.components() == null || p.components().length < Components.COUNT_V1) {
            out.add(say.that("notScored", corpus.dir()));
            return out;
        }
        float[] c = p.components();
        DensityWeights w = Scoring.weights(corpus);
        String source = Knowledge.describe(corpus);
        if (source.equals("prior")) source = say.that("prior");
        else if (source.matches("head \\d+")) source = say.that("head.version", source.substring(5));
        boolean current = c.length >= Components.COUNT_V2;
        out.add(say.that("density", say.n(p.density(), 3), say.that(current ? "geometricMean" : "mean"), say.n(c[Components.KNOWLEDGE], 2),
                say.n(w.knowledge(), 2), source, say.n(c[Components.INFORMATION], 2), say.n(w.information(), 2),
                say.n(1 - w.redundancy() * c[Components.REDUNDANCY], 2), say.n(c[Components.REDUNDANCY], 2),
                say.n(1 - w.boilerplate() * c[Components.BOILERPLATE], 2), say.n(c[Components.BOILERPLATE], 2)));
        if (!current) {
            out.add(say.that("earlier", corpus.dir()));
        } else {
            out.add(say.that("defectsLine", say.n(1 - c[Components.SELF_REPETITION], 2), say.n(c[Components.SELF_REPETITION], 2),
                    say.n(0.15 + 0.85 * c[Components.WORD_ORDER], 2), say.n(c[Components.WORD_ORDER], 2), say.n(1 - 0.4 * c[Components.CUT_OFF], 2),
                    say.n(c[Components.CUT_OFF], 2)));
        }
        out.add(language(corpus, p.language(), say));
        if (current && !Float.isNaN(c[Components.COVERAGE]) && c[Components.COVERAGE] < 0.5f) {
            out.add(say.that("coverage", say.n(c[Components.COVERAGE], 2)));
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
        out.add(say.that("signals"));
        for (int i : signals) out.add(say.component(i, c[i]));
        out.add(say.that("cues"));
        List<Integer> cues = new ArrayList<>(List.of(Components.LEGAL, Components.NAVIGATION, Components.LINK_LIST, Components.REPEATED));
        if (current) cues.add(Components.CODE);
        for (int i : cues) out.add(say.component(i, c[i]));
        if (current) {
            out.add(say.that("defects"));
            for (int i : List.of(Components.SELF_REPETITION, Components.WORD_ORDER, Components.CUT_OFF)) out.add(say.component(i, c[i]));
        }
        if (p.embedding() != null) {
            List<Passage> near = corpus.store().search(PassageQuery.nearest(p.embedding(), 3)).rows();
            for (Passage n : near) {
                if (n.id().equals(p.id())) continue;
                String t = n.text().replaceAll("\\s+", " ");
                out.add(say.that("nearest", n.id(), n.source(), t.length() > 120 ? t.substring(0, 120) + "..." : t));
                break;
            }
            if (p.embedding().length != encoder.dimension()) {
                out.add(say.that("otherEncoder", encoder.name(), corpus.dir()));
                return out;
            }
            Head prior = Knowledge.prior(corpus, encoder);
            List<List<String>> anchors = Prior.anchors();
            out.add(say.that(prior.priorLogit(p.embedding()) > 0 ? "priorNearer" : "priorFarther", say.n(best(prior.positive(), p.embedding()), 2),
                    nameOf(prior.positive(), p.embedding(), anchors.get(0), DomainTexts.descriptions(corpus.corpus()))));
            out.add(say.that("priorNegative", say.n(best(prior.negative(), p.embedding()), 2),
                    nameOf(prior.negative(), p.embedding(), anchors.get(1), List.of())));
        }
        return out;
    }

    /** What Strata knows of the passage's language, and where its word order was judged from. */
    private static String language(CorpusFolder corpus, String language, Words say) {
        LanguageKit kit = LanguageKit.of(language);
        Integer learned = kit.wordOrder() == null ? WordOrders.learnedFrom(corpus, kit.code()) : null;
        String order = kit.wordOrder() != null ? say.that("order.shipped")
                : learned != null ? say.that("order.learned", say.count(learned))
                : kit.code().isEmpty() ? say.that("order.capitals")
                : say.that("order.capitalsUntil", WordOrders.MIN_PASSAGES);
        if (kit.known()) return say.that("language.known", kit.code(), kit(kit, say), order);
        return kit.code().isEmpty() ? say.that("language.unknown", order) : say.that("language.unsupported", kit.code(), order);
    }

    /** What Strata has for a language: "150 function words, Snowball stemmer, word-order model, ...". */
    private static String kit(LanguageKit kit, Words say) {
        List<String> parts = new ArrayList<>();
        if (kit.known()) parts.add(say.that("kit.functionWords", kit.functionWords().size()));
        if (kit.stemmer() != null) parts.add(say.that("kit.stemmer"));
        if (kit.wordOrder() != null) parts.add(say.that("kit.wordOrder"));
        if (!kit.personal().isEmpty()) parts.add(say.that("kit.personal"));
        if (kit.morphology() != null) parts.add(say.that("kit.morphology"));
        return parts.isEmpty() ? say.that("kit.nothing") : String.join(", ", parts);
    }

    /** The explanation's words in one language: explanation.properties, explanation_ru.properties. */
    private static final class Words {
        private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        private final Locale locale;
        private final ResourceBundle bundle;

        Words(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle("org.strata.engine.explanation", locale, Explanation.class.getClassLoader(), EXACT);
        }

        String that(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }

        /** A value with its decimals, as the language writes it (0.97, 0,97). */
        String n(double v, int decimals) {
            return String.format(locale, "%." + decimals + "f", v);
        }

        String count(long v) {
            return String.format(locale, "%,d", v);
        }

        /** "  compression        0.42  how little the text compresses", the name and meaning in the language. */
        String component(int i, float v) {
            String name = Components.NAMES.get(i);
            String key = name;
            String shown = bundle.containsKey("name." + key) ? bundle.getString("name." + key) : name;
            String meaning = bundle.containsKey("meaning." + key) ? bundle.getString("meaning." + key) : Components.MEANINGS.get(i);
            return String.format(locale, "  %-24s %.2f  %s", shown, v, meaning); // "лексическое разнообразие" is 24 letters
        }
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
