package org.strata.engine;

import java.util.ArrayList;
import java.util.List;

import org.strata.export.PackRequest;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.Layer;

/**
 * The corpus's own words for its domain: concept names, aliases and definitions; layer names and descriptions.
 * The same words come from a corpus or from a recipe ({@link RecipeFile}), so that a job scores as the corpus did.
 */
final class DomainTexts {
    private DomainTexts() {}

    /** Whole sentences, for prototypes: concept definitions and layer descriptions. */
    static List<String> descriptions(Corpus c) {
        List<String> layers = new ArrayList<>();
        for (Layer l : c.getLayers()) layers.add(l.getDescription());
        return descriptions(concepts(c), layers);
    }

    /** As above, from concepts and the layers' descriptions (null for a layer without one). */
    static List<String> descriptions(List<PackRequest.ConceptDef> concepts, List<String> layerDescriptions) {
        List<String> out = new ArrayList<>();
        for (PackRequest.ConceptDef k : concepts) if (k.definition() != null) out.add(k.name() + ": " + k.definition());
        for (String d : layerDescriptions) if (d != null) out.add(d);
        return out;
    }

    /** Every text that names the domain, for domain terms: the concepts and the corpus's domain (layers are about the curriculum). */
    static List<String> all(Corpus c) {
        return all(concepts(c), c.getDomain());
    }

    /** As above, from concepts and the domain. */
    static List<String> all(List<PackRequest.ConceptDef> concepts, String domain) {
        List<String> out = new ArrayList<>();
        for (PackRequest.ConceptDef k : concepts) {
            out.add(k.definition());
            out.add(k.name());
            out.addAll(k.aliases());
        }
        if (domain != null && !concepts.isEmpty()) out.add(domain);
        return out;
    }

    /** The corpus's concepts in plain types: name, definition, aliases, and the definition's language. */
    static List<PackRequest.ConceptDef> concepts(Corpus c) {
        List<PackRequest.ConceptDef> out = new ArrayList<>();
        for (Concept k : c.getConcepts()) out.add(concept(k.getName(), k.getDefinition(), List.copyOf(k.getAliases())));
        return out;
    }

    /** A concept whose definition's language is detected (null when it cannot be: no definition, or too short). */
    static PackRequest.ConceptDef concept(String name, String definition, List<String> aliases) {
        String language = definition == null ? "" : org.strata.ingest.Languages.detect(definition);
        return new PackRequest.ConceptDef(name, definition, aliases, language.isEmpty() ? null : language);
    }
}
