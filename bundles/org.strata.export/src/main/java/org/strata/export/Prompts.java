package org.strata.export;

import java.util.Map;
import java.util.TreeMap;

/**
 * The prompt templates a pack writes with: the expert's own for the languages he worded (kept in the corpus's export
 * profile and carried by the recipe), Strata's built-in ones for the others ({@link PromptTemplates#of}).
 */
public record Prompts(Map<String, PromptTemplates> own) {
    public static final Prompts BUILT_IN = new Prompts(Map.of());

    public Prompts {
        own = Map.copyOf(own);
    }

    /** The templates for a language: the expert's where he worded them, else the built-in ones. */
    public PromptTemplates of(String language) {
        PromptTemplates t = language == null ? null : own.get(language);
        return t != null ? t : PromptTemplates.of(language);
    }

    /** The languages the expert worded, in order. */
    public Map<String, PromptTemplates> sorted() {
        return new TreeMap<>(own);
    }
}
