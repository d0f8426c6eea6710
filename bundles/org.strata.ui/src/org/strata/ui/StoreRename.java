package org.strata.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.command.AbstractCommand;
import org.strata.engine.CorpusFolder;

/**
 * The store's half of renaming a layer or a concept: passages name their layer and concepts, so a rename in the
 * model renames them in the store as well (a code-table change, committed at once), and its undo renames back.
 */
final class StoreRename extends AbstractCommand {
    enum What { LAYER, CONCEPT }

    private final CorpusFolder corpus;
    private final What what;
    private final String from;
    private final String to;

    StoreRename(CorpusFolder corpus, What what, String from, String to) {
        super("Rename " + from);
        this.corpus = corpus;
        this.what = what;
        this.from = from;
        this.to = to;
    }

    @Override
    protected boolean prepare() {
        return !from.equals(to);
    }

    @Override
    public void execute() {
        rename(from, to);
    }

    @Override
    public void undo() {
        rename(to, from);
    }

    @Override
    public void redo() {
        execute();
    }

    private void rename(String a, String b) {
        try {
            if (what == What.LAYER) corpus.store().renameLayer(a, b);
            else corpus.store().renameConcept(a, b);
            corpus.store().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename '" + a + "' in the passages: " + e.getMessage(), e);
        }
    }
}
