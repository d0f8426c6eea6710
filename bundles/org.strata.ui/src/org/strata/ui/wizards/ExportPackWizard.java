package org.strata.ui.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.ui.operations.ExportPack;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * File > Export Pack...: the settings and a preview on the first page, the prompts per language on the second; Finish
 * keeps the prompts in the corpus and writes the pack in a background job.
 */
public final class ExportPackWizard extends Wizard {
    private final CorpusFolder corpus;
    private final ExportPackPage page;
    private final PromptsPage prompts;
    private org.eclipse.core.runtime.jobs.Job job;

    public ExportPackWizard(CorpusFolder corpus) {
        this.corpus = corpus;
        this.page = new ExportPackPage(corpus);
        this.prompts = new PromptsPage(corpus);
        setWindowTitle(Messages.Export_windowTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
        addPage(prompts);
    }

    /** For tests: writes one field of the prompts page as the expert would. */
    public void writePrompt(String language, String field, String text) {
        prompts.write(language, field, text);
    }

    public ExportPackPage page() {
        return page;
    }

    /** The export started by Finish, or null before. */
    public org.eclipse.core.runtime.jobs.Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        Shell shell = getShell();
        if (prompts.getControl() != null) prompts.apply(CorpusSession.get().editing()); // the expert's wording, kept in the corpus
        job = ExportPack.start(shell, corpus, page.request(), page.folder(), page.replace());
        return true;
    }
}
