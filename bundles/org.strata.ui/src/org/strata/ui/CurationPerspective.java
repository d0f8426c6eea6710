package org.strata.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.strata.ui.views.ChartsView;
import org.strata.ui.views.ChooseView;
import org.strata.ui.views.ConceptsView;
import org.strata.ui.views.CorpusExplorerView;
import org.strata.ui.views.IngestReportView;
import org.strata.ui.views.LayerBoardView;
import org.strata.ui.views.PassageContextView;
import org.strata.ui.views.PassagesView;
import org.strata.ui.views.VerificationView;

/** The Curation perspective: the corpus explorer on the left, the passages of the selection beside it, with
 * the Choose view, the layer board and the charts in the same stack; below them the passage in its document,
 * the concepts, the verification items and the ingestion report. */
public final class CurationPerspective implements IPerspectiveFactory {
    public static final String ID = "org.strata.ui.curation";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(CorpusExplorerView.ID, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout main = layout.createFolder("org.strata.ui.main", IPageLayout.RIGHT, 0.75f, editors);
        main.addView(PassagesView.ID);
        main.addView(ChooseView.ID);
        main.addView(LayerBoardView.ID);
        main.addView(ChartsView.ID);
        main.addView(org.strata.ui.views.EvaluationView.ID);
        IFolderLayout bottom = layout.createFolder("org.strata.ui.bottom", IPageLayout.BOTTOM, 0.68f, "org.strata.ui.main");
        bottom.addView(PassageContextView.ID);
        bottom.addView(ConceptsView.ID);
        bottom.addView(VerificationView.ID);
        bottom.addView(IngestReportView.ID);
        layout.getViewLayout(CorpusExplorerView.ID).setCloseable(false);
        layout.getViewLayout(PassagesView.ID).setCloseable(false);
    }
}
