package org.strata.ui.session;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.strata.engine.CorpusFolder;
import org.strata.engine.PassageChange;
import org.strata.store.Passage;

/**
 * What changed in the corpus open in the workbench, told to every view so that each reads again only what it shows:
 * a status edit does not recount the concepts, a model edit does not reread a million passages.
 */
public sealed interface CorpusChange {
    /** The corpus the change is in: null once the corpus is closed. */
    CorpusFolder corpus();

    /** Another corpus is open (or none, when {@code corpus} is null): everything a view shows is new. */
    record Opened(CorpusFolder corpus) implements CorpusChange {}

    /**
     * The model changed: layers, concepts or verification items were edited (undone or redone), or the model was
     * saved. A rename or move of a layer or concept that also rewrote passages comes as a {@link Passages} change too.
     */
    record Model(CorpusFolder corpus) implements CorpusChange {}

    /**
     * Passages were added, rescored or edited.
     *
     * @param what which of their attributes changed
     * @param ids the passages changed; empty when they are not counted one by one (an import, a scoring run)
     * @param layers the layers whose passages changed, both the ones they left and the one they joined; empty when
     *               any layer may have changed
     */
    record Passages(CorpusFolder corpus, Set<Aspect> what, Set<String> ids, Set<String> layers) implements CorpusChange {
        public Passages {
            what = what.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(what));
            ids = Set.copyOf(ids);
            layers = Set.copyOf(layers);
        }

        /** Files were imported: new passages, in any layer. */
        public static Passages added(CorpusFolder corpus) {
            return new Passages(corpus, EnumSet.of(Aspect.ADDED), Set.of(), Set.of());
        }

        /** Passages were scored again (a scoring run, a head learned from choices): densities moved anywhere. */
        public static Passages rescored(CorpusFolder corpus) {
            return new Passages(corpus, EnumSet.of(Aspect.DENSITY), Set.of(), Set.of());
        }

        /** Passages were placed in layers by what the expert's placements taught: any layer may have changed. */
        public static Passages placed(CorpusFolder corpus) {
            return new Passages(corpus, EnumSet.of(Aspect.LAYER), Set.of(), Set.of());
        }

        /** Every passage's text indexed again for search (how words match changed, nothing a view shows of them). */
        public static Passages reindexed(CorpusFolder corpus) {
            return new Passages(corpus, EnumSet.of(Aspect.SEARCH), Set.of(), Set.of());
        }

        /** An edit of the given passages, as they were before it, by one change. */
        public static Passages edited(CorpusFolder corpus, List<Passage> before, PassageChange change) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> layers = new LinkedHashSet<>();
            for (Passage p : before) {
                ids.add(p.id());
                if (change instanceof PassageChange.SetLayer) layers.add(p.layer() == null ? "" : p.layer());
            }
            Aspect aspect = switch (change) {
                case PassageChange.SetLayer s -> {
                    layers.add(s.layer() == null ? "" : s.layer());
                    yield Aspect.LAYER;
                }
                case PassageChange.SetStatus s -> Aspect.STATUS;
                case PassageChange.Tag t -> Aspect.CONCEPT;
            };
            return new Passages(corpus, EnumSet.of(aspect), ids, aspect == Aspect.LAYER ? layers : Set.of());
        }

        /** Passages renamed from one layer or concept name to another (a rename in the model, carried into the index). */
        public static Passages renamed(CorpusFolder corpus, Aspect what, Collection<String> names) {
            return new Passages(corpus, EnumSet.of(what), Set.of(), what == Aspect.LAYER ? Set.copyOf(names) : Set.of());
        }

        /** True when the change is about any of {@code aspects}. */
        public boolean touches(Aspect... aspects) {
            for (Aspect a : aspects) if (what.contains(a)) return true;
            return false;
        }
    }

    /** Which attributes of passages a {@link Passages} change touched. */
    enum Aspect {
        /** New passages (an import). */
        ADDED,
        /** Densities and their components. */
        DENSITY,
        STATUS,
        LAYER,
        CONCEPT,
        /** How the text is searched (its words' analysis): only a search shows it. */
        SEARCH
    }
}
