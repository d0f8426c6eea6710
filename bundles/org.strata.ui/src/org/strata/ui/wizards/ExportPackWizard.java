package org.strata.ui.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.strata.engine.CorpusFolder;
import org.strata.ui.operations.ExportPack;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/** File > Export Pack...: the settings and a preview on one page; Finish writes the pack in a background job. */
public final class ExportPackWizard extends Wizard {
    private final CorpusFolder corpus;
    private final ExportPackPage page;
    private org.eclipse.core.runtime.jobs.Job job;

    public ExportPackWizard(CorpusFolder corpus) {
        this.corpus = corpus;
        this.page = new ExportPackPage(corpus);
        setWindowTitle(Messages.Export_windowTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
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
        job = ExportPack.start(shell, corpus, page.request(), page.folder(), page.replace());
        return true;
    }
}
