package org.strata.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.strata.export.PromptTemplates;
import org.strata.export.Prompts;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.ExportProfile;
import org.strata.model.corpus.PromptTemplate;

/**
 * The prompts of a corpus's packs, as the expert worded them per language in the corpus's export profile (the one
 * named {@value #PROFILE}); a field he left unset keeps Strata's own for that language.
 */
public final class ExportPrompts {
    /** The export profile that holds the prompts. */
    public static final String PROFILE = "default";
    /** The fields of a wording, as the model's PromptTemplate names them, in the order a form shows them. */
    public static final List<String> FIELDS = List.of("conceptQuestion", "alsoCalled", "aboutConcept", "ofDocument", "forStage", "stageDescription");
    /** The fields whose prompt names what it is about: their wording must hold {0}. */
    private static final Set<String> NAMING = Set.of("conceptQuestion", "aboutConcept", "ofDocument", "forStage");

    private ExportPrompts() {}

    /** The corpus's prompts; a wording that leaves out its {0} is refused with the language and the reason. */
    public static Prompts of(Corpus corpus) {
        ExportProfile p = profile(corpus, false);
        if (p == null) return Prompts.BUILT_IN;
        Map<String, PromptTemplates> own = new HashMap<>();
        for (PromptTemplate t : p.getPrompts()) {
            if (t.getLanguage() == null || t.getLanguage().isBlank()) continue;
            own.putIfAbsent(t.getLanguage(), templates(t)); // the one wording() finds and the editors change
        }
        return new Prompts(own);
    }

    /** One language's wording completed with the built-in templates of that language. */
    public static PromptTemplates templates(PromptTemplate t) {
        try {
            return PromptTemplates.of(t.getLanguage()).with(t.getConceptQuestion(), t.getAlsoCalled(), t.getAboutConcept(), t.getOfDocument(),
                    t.getForStage(), t.getStageDescription());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the prompts of language '" + t.getLanguage() + "' in the export profile: " + e.getMessage(), e);
        }
    }

    /** The corpus's export profile that holds the prompts; made (not yet attached to an editing domain) when asked to. */
    public static ExportProfile profile(Corpus corpus, boolean make) {
        EList<ExportProfile> all = corpus.getExportProfiles();
        for (ExportProfile p : all) if (PROFILE.equals(p.getName())) return p;
        if (!make) return null;
        ExportProfile p = CorpusFactory.eINSTANCE.createExportProfile();
        p.setName(PROFILE);
        all.add(p);
        return p;
    }

    /** Strata's own templates of a language (English for a language it has none for), field by field. */
    public static Map<String, String> builtIn(String language) {
        return fields(PromptTemplates.of(language));
    }

    /** What a pack of this corpus writes in a language, field by field: the expert's wording completed by Strata's. */
    public static Map<String, String> effective(Corpus corpus, String language) {
        return fields(of(corpus).of(language));
    }

    /** Why a field's wording cannot be used (a prompt that does not name what it is about with {0}), or null. */
    public static String refusal(String field, String text) {
        if (text == null || text.isBlank() || !NAMING.contains(field) || text.contains("{0}")) return null;
        return "the prompt must name what it is about with {0}";
    }

    private static Map<String, String> fields(PromptTemplates t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("conceptQuestion", t.conceptQuestion());
        m.put("alsoCalled", t.alsoCalled());
        m.put("aboutConcept", t.aboutConcept());
        m.put("ofDocument", t.ofDocument());
        m.put("forStage", t.forStage());
        m.put("stageDescription", t.stageDescription());
        return m;
    }

    /** A language's wording in the profile, or null. */
    public static PromptTemplate wording(Corpus corpus, String language) {
        ExportProfile p = profile(corpus, false);
        if (p == null) return null;
        for (PromptTemplate t : p.getPrompts()) if (language.equals(t.getLanguage())) return t;
        return null;
    }
}
