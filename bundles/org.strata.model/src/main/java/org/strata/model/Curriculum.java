package org.strata.model;

import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;

/** The default curriculum a new corpus starts with: concepts, logic, strategies, paradoxes, in that order. */
public final class Curriculum {
    private Curriculum() {}

    /** Creates a corpus with the four default layers. */
    public static Corpus newCorpus(String name) {
        Corpus c = CorpusFactory.eINSTANCE.createCorpus();
        c.setName(name);
        c.getLayers().add(layer(LayerKind.CONCEPTS, "Definitions of the field's terms and entities: what a thing is, "
                + "its parts, properties and the vocabulary an expert takes for granted."));
        c.getLayers().add(layer(LayerKind.LOGIC, "Logic and structures: how the concepts relate, causes and effects, "
                + "mechanisms, rules, models and the reasoning that connects them."));
        c.getLayers().add(layer(LayerKind.STRATEGIES, "Strategies: methods, procedures, protocols and decisions, "
                + "how an expert acts on a problem, step by step, and why."));
        c.getLayers().add(layer(LayerKind.PARADOXES, "Paradoxes and edge cases: exceptions, counter-intuitive results, "
                + "conflicting evidence, limits of the rules and the cases where experts disagree."));
        return c;
    }

    private static Layer layer(LayerKind kind, String description) {
        Layer l = CorpusFactory.eINSTANCE.createLayer();
        l.setName(kind.getLiteral());
        l.setKind(kind);
        l.setDescription(description);
        return l;
    }
}
