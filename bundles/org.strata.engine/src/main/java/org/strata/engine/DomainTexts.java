package org.strata.engine;

import java.util.ArrayList;
import java.util.List;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.Layer;

/** The corpus's own words for its domain: concept names, aliases and definitions; layer names and descriptions. */
final class DomainTexts {
    private DomainTexts() {}

    /** Whole sentences, for prototypes: concept definitions and layer descriptions. */
    static List<String> descriptions(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Concept k : c.getConcepts()) if (k.getDefinition() != null) out.add(k.getName() + ": " + k.getDefinition());
        for (Layer l : c.getLayers()) if (l.getDescription() != null) out.add(l.getDescription());
        return out;
    }

    /** Every text that names the domain, for domain terms: the concepts and the corpus's domain (layers are about the curriculum). */
    static List<String> all(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Concept k : c.getConcepts()) {
            out.add(k.getDefinition());
            out.add(k.getName());
            out.addAll(k.getAliases());
        }
        if (c.getDomain() != null && !c.getConcepts().isEmpty()) out.add(c.getDomain());
        return out;
    }
}
