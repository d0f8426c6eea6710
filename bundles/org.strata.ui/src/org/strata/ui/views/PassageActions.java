package org.strata.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.engine.PassageChange;
import org.strata.engine.PassageSelection;
import org.strata.model.corpus.Concept;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.operations.PassageEdit;
import org.strata.ui.operations.ScoreCorpus;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The passages table's context menu: accept, reject, move to a layer or tag with a concept, either the selected
 * passages or every result of the current query (all pages, not only those on screen). Each edit runs as a job
 * and is durable when it ends; the views then read the corpus again. Edit > Undo (Ctrl+Z) takes it back.
 */
public final class PassageActions {
    private PassageActions() {}

    /** The ids of the selected passages, read when the edit runs (in its job: rows not in memory are read then). */
    interface Ids {
        List<String> read() throws java.io.IOException;
    }

    /**
     * Fills the menu each time it opens: {@code selected} rows are selected, whose ids {@code ids} reads;
     * {@code query} is the current query and {@code results} its size.
     */
    static void fill(IMenuManager menu, CorpusFolder corpus, int selected, Ids ids, PassageQuery query, long results) {
        if (selected > 0) {
            PassageEdit.Target sel = () -> new PassageSelection.Ids(ids.read());
            menu.add(action(Texts.format(Messages.Menu_accept, selected), corpus, sel, new PassageChange.SetStatus(PassageStatus.ACCEPTED)));
            menu.add(action(Texts.format(Messages.Menu_reject, selected), corpus, sel, new PassageChange.SetStatus(PassageStatus.REJECTED)));
            menu.add(action(Messages.Menu_backToCandidate, corpus, sel, new PassageChange.SetStatus(PassageStatus.CANDIDATE)));
            menu.add(layers(Texts.format(Messages.Menu_move, selected), corpus, sel));
            menu.add(concepts(Texts.format(Messages.Menu_tag, selected), corpus, sel));
        }
        if (query != null && results > 0) {
            menu.add(new Separator());
            PassageEdit.Target everyResult = () -> new PassageSelection.Matching(query);
            menu.add(action(Texts.format(Messages.Menu_acceptAll, results), corpus, everyResult, new PassageChange.SetStatus(PassageStatus.ACCEPTED)));
            menu.add(action(Texts.format(Messages.Menu_rejectAll, results), corpus, everyResult, new PassageChange.SetStatus(PassageStatus.REJECTED)));
            menu.add(layers(Texts.format(Messages.Menu_moveAll, results), corpus, everyResult));
            menu.add(concepts(Texts.format(Messages.Menu_tagAll, results), corpus, everyResult));
        }
    }

    private static MenuManager layers(String label, CorpusFolder corpus, PassageEdit.Target target) {
        MenuManager m = new MenuManager(label);
        for (String l : corpus.layerNames()) m.add(action(l, label + ": " + l, corpus, target, new PassageChange.SetLayer(l)));
        m.add(new Separator());
        m.add(action(Messages.Menu_noLayer, label + ": " + Messages.Menu_none, corpus, target, new PassageChange.SetLayer("")));
        return m;
    }

    private static MenuManager concepts(String label, CorpusFolder corpus, PassageEdit.Target target) {
        MenuManager m = new MenuManager(label);
        for (Concept c : corpus.corpus().getConcepts()) m.add(action(c.getName(), label + ": " + c.getName(), corpus, target, new PassageChange.Tag(c.getName())));
        if (corpus.corpus().getConcepts().isEmpty()) {
            Action none = new Action(Messages.Menu_noConcepts) { };
            none.setEnabled(false);
            m.add(none);
        }
        return m;
    }

    private static Action action(String label, CorpusFolder corpus, PassageEdit.Target target, PassageChange edit) {
        return action(label, label, corpus, target, edit);
    }

    private static Action action(String label, String undoLabel, CorpusFolder corpus, PassageEdit.Target target, PassageChange edit) {
        return new Action(label) {
            @Override
            public void run() {
                start(new PassageEdit(undoLabel, corpus, target, edit));
            }
        };
    }

    /** Runs an edit as a job, through the workbench's operation history so that Edit > Undo takes it back. */
    static Job start(PassageEdit op) {
        Job job = new Job(op.getLabel()) {
            @Override
            public boolean belongsTo(Object family) {
                return family == CorpusSession.JOBS;
            }

            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(op, monitor, null);
                    return Status.info(Texts.format(Messages.Menu_changed, op.getLabel(), op.changed()));
                } catch (org.eclipse.core.commands.ExecutionException e) {
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setRule(ScoreCorpus.SCORES);
        job.setUser(true);
        job.schedule();
        return job;
    }
}
