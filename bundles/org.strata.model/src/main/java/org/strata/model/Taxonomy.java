package org.strata.model;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;

/** Edits of the concept taxonomy that keep it consistent: unique names, no concept broader than itself. */
public final class Taxonomy {
    /** How two concepts relate. */
    public enum Relation { BROADER, NARROWER, RELATED }

    private Taxonomy() {}

    /** The concept with this name or alias (case-insensitive), or null. */
    public static Concept find(Corpus c, String name) {
        for (Concept k : c.getConcepts()) {
            if (k.getName().equalsIgnoreCase(name)) return k;
            for (String a : k.getAliases()) if (a.equalsIgnoreCase(name)) return k;
        }
        return null;
    }

    public static Concept add(Corpus c, String name, String definition) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a concept needs a name");
        if (find(c, name) != null) throw new IllegalArgumentException("there is a concept named '" + name + "' already");
        Concept k = CorpusFactory.eINSTANCE.createConcept();
        k.setName(name.strip());
        k.setDefinition(definition);
        c.getConcepts().add(k);
        return k;
    }

    /** Links {@code a} to {@code b}: "a BROADER b" makes b a broader concept of a. */
    public static void link(Corpus c, String a, Relation relation, String b) {
        Concept x = require(c, a), y = require(c, b);
        if (x == y) throw new IllegalArgumentException("a concept cannot be linked to itself");
        switch (relation) {
            case BROADER -> {
                if (isBroader(x, y)) throw new IllegalArgumentException("'" + y.getName() + "' is already narrower than '" + x.getName() + "': that would be a cycle");
                if (!x.getBroader().contains(y)) x.getBroader().add(y);
            }
            case NARROWER -> link(c, b, Relation.BROADER, a);
            case RELATED -> {
                if (!x.getRelated().contains(y)) x.getRelated().add(y);
                if (!y.getRelated().contains(x)) y.getRelated().add(x);
            }
        }
    }

    /** True when {@code b} lies below {@code a} on a path of narrower links: a is broader than b. */
    public static boolean isBroader(Concept a, Concept b) {
        java.util.ArrayDeque<Concept> remaining = new java.util.ArrayDeque<>(a.getNarrower());
        java.util.Set<Concept> seen = new java.util.HashSet<>();
        while (!remaining.isEmpty()) {
            Concept n = remaining.pop();
            if (n == b) return true;
            if (seen.add(n)) remaining.addAll(n.getNarrower());
        }
        return false;
    }

    private static Concept require(Corpus c, String name) {
        Concept k = find(c, name);
        if (k == null) throw new IllegalArgumentException("no concept named '" + name + "'");
        return k;
    }
}
