package org.strata.export;

import java.util.Map;

/**
 * The prompts a pack puts before its passages and definitions, in one language: the question a concept's
 * definition answers, and the instruction of a preference pair (about a concept the candidates share, from the
 * document they share, or for the stage). {@code {0}} and {@code {1}} stand for the names filled in; nothing else in a
 * template is special. A pack writes each prompt in the language of the text it precedes.
 */
public record PromptTemplates(String language, String conceptQuestion, String alsoCalled, String aboutConcept, String ofDocument,
        String forStage, String stageDescription) {

    public static final PromptTemplates ENGLISH = new PromptTemplates("en", "What is {0}?", " It is also called {0}.",
            "Write a dense, accurate passage about {0}.", "Write the most informative passage of \"{0}\".",
            "Write a dense, accurate passage for the {0} stage{1}.", ": {0}");

    public static final PromptTemplates RUSSIAN = new PromptTemplates("ru", "Что такое {0}?", " Другие названия: {0}.",
            "Напиши плотный и точный текст о понятии «{0}».", "Напиши самый содержательный фрагмент документа «{0}».",
            "Напиши плотный и точный текст для этапа «{0}»{1}.", ": {0}");

    private static final Map<String, PromptTemplates> BUILT_IN = Map.of("en", ENGLISH, "ru", RUSSIAN);

    public PromptTemplates {
        for (String t : new String[] {conceptQuestion, aboutConcept, ofDocument, forStage}) {
            if (t == null || !t.contains("{0}")) throw new IllegalArgumentException("a prompt template names what it is about with {0}: " + t);
        }
    }

    /** The built-in templates of a language (its ISO 639-1 code); English for a language that has none yet. */
    public static PromptTemplates of(String language) {
        return BUILT_IN.getOrDefault(language == null ? "" : language, ENGLISH);
    }

    /**
     * These templates with the fields given replacing theirs (a null or blank field keeps this one's): how an
     * expert's partial wording is completed. Refuses a wording that leaves out the {@code {0}} its prompt needs.
     */
    public PromptTemplates with(String conceptQuestion, String alsoCalled, String aboutConcept, String ofDocument, String forStage,
            String stageDescription) {
        return new PromptTemplates(language, or(conceptQuestion, this.conceptQuestion), or(alsoCalled, this.alsoCalled),
                or(aboutConcept, this.aboutConcept), or(ofDocument, this.ofDocument), or(forStage, this.forStage),
                or(stageDescription, this.stageDescription));
    }

    private static String or(String wanted, String kept) {
        return wanted == null || wanted.isBlank() ? kept : wanted;
    }

    /** True when the language has templates of its own (not the English fallback). */
    public static boolean has(String language) {
        return language != null && BUILT_IN.containsKey(language);
    }

    String question(String concept) {
        return fill(conceptQuestion, concept, "");
    }

    String aliases(String joined) {
        return spaced(fill(alsoCalled, joined, ""));
    }

    String about(String concept) {
        return fill(aboutConcept, concept, "");
    }

    String fromDocument(String title) {
        return fill(ofDocument, title, "");
    }

    String stage(String layer, String description) {
        return fill(forStage, layer, description.isEmpty() ? "" : spaced(fill(stageDescription, description, "")));
    }

    /** What follows other text: after a space, unless it starts with one or with punctuation that needs none (": ..."). */
    private static String spaced(String s) {
        return s.isEmpty() || Character.isWhitespace(s.charAt(0)) || ":;,.".indexOf(s.charAt(0)) >= 0 ? s : " " + s;
    }

    private static String fill(String template, String first, String second) {
        return template.replace("{0}", first).replace("{1}", second);
    }
}
