package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The passage selected in the Passages view inside its document: the document's passages in order, each on a
 * background from red (thin) to green (dense), the selected one framed; beside it, why it scored as it did (the
 * four parts of its density, its signals weakest first, its nearest passage and prototypes).
 */
public final class PassageContextView extends CorpusView {
    public static final String ID = "org.strata.ui.context";
    private static final int MAX_PASSAGES = 2000;

    private Label title;
    private StyledText document;
    private Text why;
    private static final String READ = Messages.Context_job;
    private static final String NONE_SELECTED = Messages.Context_noneSelected;
    /** The passage shown, as it was read. */
    private Passage shown;
    private final ISelectionListener listener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Passage p) show(p);
    };

    /** The passage and its neighbours in source order, with the reasons of its score. */
    private record Context(List<Passage> rows, List<String> lines) {}

    @Override
    protected Control create(Composite parent) {
        UndoKeys.install(getViewSite()); // Ctrl+Z works wherever the focus is
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title.setText(NONE_SELECTED);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        document = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        why = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(3, 2);
        getSite().getPage().addSelectionListener(listener); // any view that selects passages: Passages, Concepts, Charts
        return document;
    }

    /** Another corpus clears the view; an edit or rescoring of the passage shown, or of its document, shows it again. */
    @Override
    protected void changed(CorpusChange change) {
        switch (change) {
            case CorpusChange.Opened o -> {
                drop(READ);
                shown = null;
                title.setText(NONE_SELECTED);
                document.setText("");
                why.setText("");
            }
            case CorpusChange.Model m -> { }
            case CorpusChange.Passages p -> {
                Passage was = shown;
                if (was == null || !(p.ids().isEmpty() || p.ids().contains(was.id()))) return;
                CorpusFolder c = p.corpus();
                read(Messages.Context_readingPassage, Texts.format(Messages.Context_cannotReadPassage, was.id()), () -> service(c).passage(was.id()).orThrowIO(), now -> {
                    if (now != null && shown == was) show(now);
                });
            }
        }
    }

    /** Shows a passage in its document (reading the store and the explanation in the background). */
    public void show(Passage p) {
        CorpusFolder c = current();
        if (c == null || document.isDisposed()) return;
        shown = p;
        title.setText(Texts.format(Messages.Context_reading, ExplorerContent.displayName(p.source())));
        read(READ, Messages.Context_cannotShow, () -> {
            List<Passage> rows = List.of();
            List<String> lines;
            try {
                CorpusService service = service(c);
                rows = service.search(PassageQuery.all().filter(PassageFilter.NONE.withSource(p.source())).sort(PassageQuery.SortKey.SOURCE)
                        .page(0, MAX_PASSAGES)).orThrow().rows();
                lines = p.scored() ? service.explain(p.id()).orThrow() : List.of(Messages.Context_notScored);
            } catch (Exception e) {
                lines = List.of(Texts.format(Messages.Context_cannotExplain, org.strata.engine.Phrases.say(e.getMessage())));
            }
            return new Context(rows, lines);
        }, context -> render(p, context.rows(), context.lines()));
    }

    private void render(Passage selected, List<Passage> rows, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        int at = 0, index = 0;
        for (int i = 0; i < rows.size(); i++) {
            Passage r = rows.get(i);
            if (sb.length() > 0) sb.append("\n\n");
            int start = sb.length();
            sb.append(r.text());
            StyleRange s = new StyleRange(start, r.text().length(), null, shade(r));
            if (r.id().equals(selected.id())) {
                s.fontStyle = SWT.BOLD;
                s.borderStyle = SWT.BORDER_SOLID;
                at = start;
                index = i + 1;
            }
            styles.add(s);
        }
        document.setText(sb.toString());
        document.setStyleRanges(styles.toArray(StyleRange[]::new));
        document.setTopIndex(Math.max(0, document.getLineAtOffset(at) - 2));
        title.setText(Texts.format(Messages.Context_title, ExplorerContent.displayName(selected.source()), String.valueOf(index),
                String.valueOf(rows.size()), selected.scored() ? String.format(Locale.getDefault(), "%.3f", selected.density()) : Messages.Context_unscored));
        why.setText(String.join("\n", lines));
    }

    private Color shade(Passage p) {
        return DensityColors.shade(p.scored() ? p.density() : Float.NaN);
    }

    public String titleText() {
        return title.getText();
    }

    public String explanationText() {
        return why.getText();
    }

    @Override
    public void setFocus() {
        document.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(listener);
        super.dispose();
    }
}
