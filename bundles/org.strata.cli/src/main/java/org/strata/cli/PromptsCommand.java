package org.strata.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.ExportPrompts;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.PromptTemplate;
import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "prompts", mixinStandardHelpOptions = true,
        description = {"Shows or changes the prompts a pack writes before its passages and definitions, per language: the question a "
                + "concept's definition answers and the instructions of the preference pairs. {0} stands for the concept, document or "
                + "stage, {1} for the stage's description. The corpus's wording is kept in its export profile and travels in the recipe; "
                + "a field it leaves unset keeps Strata's own.",
                "Fields: conceptQuestion, alsoCalled, aboutConcept, ofDocument, forStage, stageDescription."})
final class PromptsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--language", paramLabel = "LANG", description = "the language to show or change (ISO 639-1: en, ru, ...; default: all)")
    String language;

    @Option(names = "--set", paramLabel = "FIELD=TEXT", description = "word a field in the corpus's own way (repeatable; needs --language)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--reset", description = "back to Strata's own wording for --language")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((reset || !set.isEmpty()) && language == null) throw new IllegalArgumentException("--set and --reset need --language LANG");
        if (reset && !set.isEmpty()) throw new IllegalArgumentException("--reset goes back to Strata's wording: give it without --set");
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("--language takes a language's ISO 639 code, as passages carry it (en, ru, de), not '" + language + "'");
        }
        try (CorpusFolder c = corpus.open()) {
            if (reset || !set.isEmpty()) {
                change(c);
                c.save();
            }
            TreeSet<String> langs = new TreeSet<>(List.of("en", "ru"));
            var profile = ExportPrompts.profile(c.corpus(), false);
            if (profile != null) for (PromptTemplate t : profile.getPrompts()) langs.add(t.getLanguage());
            for (String l : language == null ? langs : List.of(language)) {
                PromptTemplate own = ExportPrompts.wording(c.corpus(), l);
                out.println(l + (own == null ? "  " + Say.that("prompts.builtIn") : "  " + Say.that("prompts.own")));
                ExportPrompts.effective(c.corpus(), l).forEach((field, text) -> {
                    boolean mine = own != null && own.eGet(CorpusPackage.eINSTANCE.getPromptTemplate().getEStructuralFeature(field)) != null;
                    out.println("  " + Say.pad(field, 17) + (mine ? "* " : "  ") + text);
                });
            }
        }
        return 0;
    }

    private void change(CorpusFolder c) {
        PromptTemplate t = ExportPrompts.wording(c.corpus(), language);
        if (reset) {
            if (t != null) ExportPrompts.profile(c.corpus(), false).getPrompts().remove(t);
            return;
        }
        for (var e : set.entrySet()) {
            if (!ExportPrompts.FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("no prompt field '" + e.getKey() + "'; the fields: " + String.join(", ", ExportPrompts.FIELDS));
            }
            String refused = ExportPrompts.refusal(e.getKey(), e.getValue());
            if (refused != null) throw new IllegalArgumentException(e.getKey() + ": " + refused);
        }
        if (t == null) {
            t = CorpusFactory.eINSTANCE.createPromptTemplate();
            t.setLanguage(language);
            ExportPrompts.profile(c.corpus(), true).getPrompts().add(t);
        }
        for (var e : set.entrySet()) {
            t.eSet(CorpusPackage.eINSTANCE.getPromptTemplate().getEStructuralFeature(e.getKey()), e.getValue().isBlank() ? null : e.getValue());
        }
    }
}
