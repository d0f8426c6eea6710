package org.strata.model;

import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;

/** The default curriculum a new corpus starts with: concepts, logic, strategies, paradoxes, in that order. */
public final class Curriculum {
    private Curriculum() {}

    private static final LayerKind[] KINDS = {LayerKind.CONCEPTS, LayerKind.LOGIC, LayerKind.STRATEGIES, LayerKind.PARADOXES};

    /** The default layers' names and descriptions per language, in the order of {@link #KINDS}. */
    private static final java.util.Map<String, String[][]> DEFAULTS = java.util.Map.of(
            "en", new String[][] {
                {"concepts", "Definitions of the field's terms and entities: what a thing is, its parts, properties and the vocabulary an "
                        + "expert takes for granted."},
                {"logic", "Logic and structures: how the concepts relate, causes and effects, mechanisms, rules, models and the reasoning "
                        + "that connects them."},
                {"strategies", "Strategies: methods, procedures, protocols and decisions, how an expert acts on a problem, step by step, and why."},
                {"paradoxes", "Paradoxes and edge cases: exceptions, counter-intuitive results, conflicting evidence, limits of the rules and "
                        + "the cases where experts disagree."}},
            "ru", new String[][] {
                {"понятия", "Определения терминов и сущностей области: что такое предмет, из чего он состоит, его свойства и словарь, "
                        + "который специалист считает само собой разумеющимся."},
                {"логика", "Логика и структуры: как связаны понятия, причины и следствия, механизмы, правила, модели и рассуждения, "
                        + "которые их соединяют."},
                {"стратегии", "Стратегии: методы, процедуры, протоколы и решения, то есть как специалист шаг за шагом действует в "
                        + "задаче и почему."},
                {"парадоксы", "Парадоксы и пограничные случаи: исключения, неожиданные результаты, противоречивые данные, пределы "
                        + "правил и случаи, в которых специалисты расходятся."}});

    /** The languages the default layers are offered in: their names and descriptions (ISO 639-1 codes). */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru");

    /** Creates a corpus with the four default layers, named and described in English. */
    public static Corpus newCorpus(String name) {
        return newCorpus(name, "en");
    }

    /**
     * Creates a corpus with the four default layers, named and described in {@code language} (one of
     * {@link #LANGUAGES}; English for another). The layers' kinds are the same in every language.
     */
    public static Corpus newCorpus(String name, String language) {
        Corpus c = CorpusFactory.eINSTANCE.createCorpus();
        c.setName(name);
        String[][] layers = DEFAULTS.getOrDefault(language, DEFAULTS.get("en"));
        for (int k = 0; k < KINDS.length; k++) c.getLayers().add(defaultLayer(KINDS[k], layers[k][0], layers[k][1]));
        renumber(c);
        return c;
    }

    /** The language a new corpus's layers are offered in for a user of {@code locale}: its own when offered, else English. */
    public static String languageFor(java.util.Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    /** Sets every layer's order to its 1-based position in the curriculum. */
    public static void renumber(Corpus c) {
        for (int i = 0; i < c.getLayers().size(); i++) c.getLayers().get(i).setOrder(i + 1);
    }

    /** The layer of this name, or null. */
    public static Layer layer(Corpus c, String name) {
        for (Layer l : c.getLayers()) if (l.getName().equals(name)) return l;
        return null;
    }

    /** Adds a custom layer at a 1-based position (the end when out of range); names must be unique. */
    public static Layer addLayer(Corpus c, String name, String description, int position) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a layer needs a name");
        if (layer(c, name) != null) throw new IllegalArgumentException("there is a layer named '" + name + "' already");
        Layer l = CorpusFactory.eINSTANCE.createLayer();
        l.setName(name);
        l.setKind(LayerKind.CUSTOM);
        l.setDescription(description);
        int at = position < 1 || position > c.getLayers().size() ? c.getLayers().size() : position - 1;
        c.getLayers().add(at, l);
        renumber(c);
        return l;
    }

    /** Moves a layer to a 1-based position in the curriculum. */
    public static void moveLayer(Corpus c, String name, int position) {
        Layer l = require(c, name);
        if (position < 1 || position > c.getLayers().size()) {
            throw new IllegalArgumentException("position " + position + " is outside 1.." + c.getLayers().size());
        }
        c.getLayers().move(position - 1, l);
        renumber(c);
    }

    /** Renames a layer; passages refer to layers by name, so the caller renames them in the store too. */
    public static void renameLayer(Corpus c, String name, String newName) {
        Layer l = require(c, name);
        if (newName == null || newName.isBlank()) throw new IllegalArgumentException("a layer needs a name");
        if (layer(c, newName) != null) throw new IllegalArgumentException("there is a layer named '" + newName + "' already");
        l.setName(newName);
    }

    private static Layer require(Corpus c, String name) {
        Layer l = layer(c, name);
        if (l == null) throw new IllegalArgumentException("no layer named '" + name + "'; the layers are "
                + c.getLayers().stream().map(Layer::getName).toList());
        return l;
    }

    private static Layer defaultLayer(LayerKind kind, String name, String description) {
        Layer l = CorpusFactory.eINSTANCE.createLayer();
        l.setName(name);
        l.setKind(kind);
        l.setDescription(description);
        return l;
    }
}
