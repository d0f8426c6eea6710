package org.strata.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Curation perspective: the corpus explorer on the left, the passages of the selection beside it. */
public final class CurationPerspective implements IPerspectiveFactory {
    public static final String ID = "org.strata.ui.curation";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(CorpusExplorerView.ID, IPageLayout.LEFT, 0.25f, editors);
        layout.addView(PassagesView.ID, IPageLayout.RIGHT, 0.75f, editors);
        layout.addView(IngestReportView.ID, IPageLayout.BOTTOM, 0.72f, PassagesView.ID);
        layout.getViewLayout(CorpusExplorerView.ID).setCloseable(false);
        layout.getViewLayout(PassagesView.ID).setCloseable(false);
    }
}
