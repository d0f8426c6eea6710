package org.strata.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.strata.engine.CorpusFolder;
import org.strata.model.corpus.Concept;
import org.strata.store.BulkEdit;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;

/**
 * The passages table's context menu: accept, reject, move to a layer or tag with a concept, either the selected
 * passages or every result of the current query (all pages, not only those on screen). Each edit runs as a job
 * and is durable when it ends; the views then read the corpus again.
 */
final class PassageActions {
    private PassageActions() {}

    /** Fills the menu each time it opens: {@code selected} gives the selected ids, {@code query} the current query and its size. */
    static void fill(IMenuManager menu, CorpusFolder corpus, Supplier<List<String>> selected, PassageQuery query, long results) {
        List<String> ids = selected.get();
        String what = ids.size() == 1 ? "Passage" : ids.size() + " Passages";
        if (!ids.isEmpty()) {
            menu.add(action("Accept " + what, () -> corpus.store().bulk(ids, BulkEdit.setStatus(PassageStatus.ACCEPTED))));
            menu.add(action("Reject " + what, () -> corpus.store().bulk(ids, BulkEdit.setStatus(PassageStatus.REJECTED))));
            menu.add(action("Back to Candidate", () -> corpus.store().bulk(ids, BulkEdit.setStatus(PassageStatus.CANDIDATE))));
            menu.add(layers("Move " + what + " to Layer", corpus, layer -> corpus.store().bulk(ids, BulkEdit.setLayer(layer))));
            menu.add(concepts("Tag " + what + " with Concept", corpus, concept -> corpus.store().bulk(ids, BulkEdit.tag(concept))));
        }
        if (query != null && results > 0) {
            String all = String.format(Locale.ROOT, "All %,d Results", results);
            menu.add(new Separator());
            menu.add(action("Accept " + all, () -> corpus.store().bulk(query, BulkEdit.setStatus(PassageStatus.ACCEPTED))));
            menu.add(action("Reject " + all, () -> corpus.store().bulk(query, BulkEdit.setStatus(PassageStatus.REJECTED))));
            menu.add(layers("Move " + all + " to Layer", corpus, layer -> corpus.store().bulk(query, BulkEdit.setLayer(layer))));
            menu.add(concepts("Tag " + all + " with Concept", corpus, concept -> corpus.store().bulk(query, BulkEdit.tag(concept))));
        }
    }

    interface Edit {
        int run() throws IOException;
    }

    interface Named {
        int run(String name) throws IOException;
    }

    private static MenuManager layers(String label, CorpusFolder corpus, Named edit) {
        MenuManager m = new MenuManager(label);
        for (String l : corpus.layerNames()) m.add(action(l, () -> edit.run(l)));
        m.add(new Separator());
        m.add(action("(no layer)", () -> edit.run("")));
        return m;
    }

    private static MenuManager concepts(String label, CorpusFolder corpus, Named edit) {
        MenuManager m = new MenuManager(label);
        for (Concept c : corpus.corpus().getConcepts()) m.add(action(c.getName(), () -> edit.run(c.getName())));
        if (corpus.corpus().getConcepts().isEmpty()) {
            Action none = new Action("(no concepts yet)") { };
            none.setEnabled(false);
            m.add(none);
        }
        return m;
    }

    private static Action action(String label, Edit edit) {
        return new Action(label) {
            @Override
            public void run() {
                start(label, edit);
            }
        };
    }

    /** Runs an edit as a job; the views read the corpus again when it ends. */
    static Job start(String label, Edit edit) {
        Job job = new Job(label) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    int n = edit.run();
                    CorpusSession.get().changed();
                    return Status.info(String.format(Locale.ROOT, "%s: %,d passages changed", label, n));
                } catch (IOException | RuntimeException e) {
                    return Status.error(label + ": " + e.getMessage(), e);
                }
            }
        };
        job.setRule(ScoreCorpus.SCORES);
        job.setUser(true);
        job.schedule();
        return job;
    }
}
