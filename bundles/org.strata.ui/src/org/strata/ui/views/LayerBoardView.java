package org.strata.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.model.corpus.Layer;
import org.strata.store.Passage;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.operations.ModelCommands;
import org.strata.ui.session.ModelEditing;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The layer board: every layer of the curriculum as a column, in order, with its passages and tokens against its
 * goal, how many of them the expert placed and how many Strata suggested (and how accurate the placement measured
 * on this layer), its density distribution and its densest passages, or its least sure suggestions first. Passages
 * dragged from one column (or from the Passages view) onto another move to that layer; in a column's list Enter
 * confirms a suggestion and a digit moves the passage to that layer, and each such placement is the expert's, an
 * example Place Passages learns from. A layer's description, goal and minimum density are edited in place. Every
 * change is a step of Edit > Undo.
 */
public final class LayerBoardView extends CorpusView {
    public static final String ID = "org.strata.ui.layers";
    private static final String READ = Messages.Board_job;

    private ScrolledComposite scroll;
    private Composite board;
    private Label empty;
    private Font bold;
    private final List<LayerColumn> columns = new ArrayList<>();
    private String selected;
    private Job lastMove;
    private Action moveLeft;
    private Action moveRight;
    private Action unsure;
    private Job placing;

    @Override
    protected Control create(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        board = new Composite(scroll, SWT.NONE);
        scroll.setContent(board);
        FontData fd = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), fd.getName(), fd.getHeight() + 1, SWT.BOLD);
        empty = new Label(board, SWT.WRAP);
        empty.setText(Messages.Board_noCorpus);
        board.setLayout(new GridLayout(1, false));
        addToolbar();
        UndoKeys.install(getViewSite());
        return board;
    }

    /** Counts, densities and the densest passages per layer: a change of status or concept tags leaves them as they are. */
    @Override
    protected void changed(CorpusChange change) {
        if (change instanceof CorpusChange.Passages p && !p.touches(CorpusChange.Aspect.ADDED, CorpusChange.Aspect.DENSITY, CorpusChange.Aspect.LAYER)) return;
        reload();
    }

    private void addToolbar() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action add = new Action(Messages.Board_addLayer) {
            @Override
            public void run() {
                addLayer();
            }
        };
        add.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
        moveLeft = new Action(Messages.Board_moveEarlier) {
            @Override
            public void run() {
                moveSelected(-1);
            }
        };
        moveLeft.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
        moveRight = new Action(Messages.Board_moveLater) {
            @Override
            public void run() {
                moveSelected(1);
            }
        };
        moveRight.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        Action rename = new Action(Messages.Board_renameLayer) {
            @Override
            public void run() {
                Layer l = selectedLayer();
                ModelEditing editing = editing();
                if (l == null || editing == null) return;
                InputDialog d = new InputDialog(getSite().getShell(), Messages.Board_renameTitle, Messages.Board_renamePrompt, l.getName(),
                        s -> s.isBlank() ? Messages.Board_nameNeeded : !s.strip().equals(l.getName()) && editing.corpus().layerNames().contains(s.strip())
                                ? Texts.format(Messages.Board_nameTaken, s.strip()) : null);
                if (d.open() == InputDialog.OK) renameSelected(d.getValue());
            }
        };
        rename.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
        Action place = new Action(Messages.Board_place) {
            @Override
            public void run() {
                place();
            }
        };
        place.setToolTipText(Messages.Board_placeTip);
        place.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_HOME_NAV));
        unsure = new Action(Messages.Board_unsureFirst, org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                reload();
            }
        };
        unsure.setToolTipText(Messages.Board_unsureFirstTip);
        unsure.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJS_WARN_TSK));
        var tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(place);
        tb.add(unsure);
        tb.add(add);
        tb.add(rename);
        tb.add(moveLeft);
        tb.add(moveRight);
    }

    /** Reads the board's figures in a job; returns it so that tests can wait for it. */
    public Job reload() {
        CorpusFolder corpus = current();
        if (corpus == null) {
            drop(READ);
            show(null, null);
            return null;
        }
        boolean unsureFirst = unsure.isChecked();
        return read(READ, Messages.Board_cannotRead, () -> LayerBoardData.read(service(corpus), unsureFirst), data -> show(corpus, data));
    }

    private void show(CorpusFolder corpus, LayerBoardData data) {
        List<String> names = data == null ? List.of() : data.columns().stream().map(LayerBoardData.Column::name).toList();
        List<String> shown = columns.stream().map(LayerColumn::name).toList();
        if (!names.equals(shown) || data == null) {
            for (Control c : board.getChildren()) if (c != empty) c.dispose();
            columns.clear();
            empty.setVisible(data == null);
            ((GridData) layoutData(empty)).exclude = data != null;
            ((GridLayout) board.getLayout()).numColumns = Math.max(1, names.size());
            ((GridLayout) board.getLayout()).makeColumnsEqualWidth = true;
            if (data != null) {
                for (LayerBoardData.Column c : data.columns()) {
                    LayerColumn col = new LayerColumn(board, bold, corpus, c.name(), c.layer(), this::select, this::drop, this::layerAt);
                    col.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                    String name = c.name();
                    for (Control area : col.dropAreas()) { // SWT sends a drop to the control under the pointer only
                        DropTarget drop = new DropTarget(area, DND.DROP_MOVE);
                        drop.setTransfer();
                        PassageDrag.target(drop, w -> name, job -> lastMove = job); // a drop runs drop(ids, name)
                    }
                    columns.add(col);
                }
            }
        }
        if (data != null) {
            for (int i = 0; i < columns.size(); i++) columns.get(i).show(data.columns().get(i), unsure.isChecked());
            select(selected != null && names.contains(selected) ? selected : names.isEmpty() ? null : names.get(0));
        }
        setContentDescription(summary(data == null ? null : data.placement()));
        scroll.setMinSize(board.computeSize(Math.max(260 * Math.max(1, columns.size()), 400), SWT.DEFAULT));
        board.layout(true, true);
    }

    /** What the last placement learned from and measured, in a line; empty before the first. */
    static String summary(org.strata.engine.LayerPlacement.Result r) {
        if (r == null) return "";
        if (r.examples() == 0) return Messages.Board_placedByDescriptions;
        if (r.folds() == 0) return Texts.format(Messages.Board_placedUnmeasured, r.examples());
        return Texts.format(Messages.Board_placedMeasured, r.examples(), Texts.percent(r.accuracy()), Texts.percent(r.priorAccuracy()));
    }

    /** The name of the curriculum's layer at an index (0 the first), or null. */
    private String layerAt(int index) {
        CorpusFolder corpus = current();
        if (corpus == null) return null;
        var layers = corpus.corpus().getLayers();
        return index >= 0 && index < layers.size() ? layers.get(index).getName() : null;
    }

    /**
     * Learns from the expert's placements and places every other scored passage (the toolbar's Place Passages), in a
     * job returned for tests; null without a corpus.
     */
    public Job place() {
        CorpusFolder corpus = current();
        if (corpus == null) return null;
        org.eclipse.swt.widgets.Display display = board.getDisplay();
        placing = new org.strata.ui.operations.PlacePassages(corpus, r -> { },
                why -> display.asyncExec(() -> MessageDialog.openError(getSite().getShell(), Messages.Board_place, org.strata.engine.Phrases.say(why))));
        placing.schedule();
        return placing;
    }

    /** Shows the least sure suggestions first in every column (on) or the densest passages (off), as the toolbar's toggle does. */
    public Job unsureFirst(boolean on) {
        unsure.setChecked(on);
        return reload();
    }

    /** Presses a key of the quick decisions in a column's list, its passages at these rows selected: for tests. */
    public Job decide(String layer, int[] rows, char key) {
        LayerColumn c = column(layer);
        if (c == null) return null;
        c.table().setSelection(rows);
        lastMove = null;
        c.press(key);
        return lastMove;
    }

    /** A column's placement line (placed by the expert, suggested, accuracy), for tests. */
    public String placement(String name) {
        LayerColumn c = column(name);
        return c == null ? null : c.placement();
    }

    private static Object layoutData(Control c) {
        if (c.getLayoutData() == null) c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return c.getLayoutData();
    }

    private void select(String name) {
        selected = name;
        for (LayerColumn c : columns) c.setSelected(c.name().equals(name));
        Layer l = selectedLayer();
        CorpusFolder corpus = current();
        int at = l == null || corpus == null ? -1 : corpus.corpus().getLayers().indexOf(l);
        moveLeft.setEnabled(at > 0);
        moveRight.setEnabled(at >= 0 && at < corpus.corpus().getLayers().size() - 1);
    }

    /** The selected layer, from the model (the columns may not show an edit made a moment ago yet). */
    private Layer selectedLayer() {
        CorpusFolder corpus = current();
        if (corpus == null || selected == null) return null;
        for (Layer l : corpus.corpus().getLayers()) if (l.getName().equals(selected)) return l;
        return null;
    }

    /** Moves the selected layer one place earlier (-1) or later (+1) in the curriculum. */
    public void moveSelected(int by) {
        ModelEditing editing = editing();
        Layer l = selectedLayer();
        if (editing == null || l == null) return;
        var corpus = editing.corpus().corpus();
        editing.run(ModelCommands.moveLayer(editing.domain(), corpus, l, corpus.getLayers().indexOf(l) + by));
    }

    /** Renames the selected layer, in the model and in its passages. */
    public void renameSelected(String name) {
        ModelEditing editing = editing();
        Layer l = selectedLayer();
        if (editing == null || l == null) return;
        editing.run(ModelCommands.renameLayer(editing.corpus(), l, name));
        selected = name.strip();
    }

    /** Selects a layer's column, as a click does. */
    public void selectLayer(String name) {
        select(name);
    }

    private void addLayer() {
        ModelEditing editing = editing();
        if (editing == null) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Board_addTitle, Messages.Board_openFirst);
            return;
        }
        var corpus = editing.corpus().corpus();
        IInputValidator unique = s -> s.isBlank() ? Messages.Board_nameNeeded
                : corpus.getLayers().stream().anyMatch(l -> l.getName().equals(s.strip())) ? Texts.format(Messages.Board_nameTaken, s.strip()) : null;
        InputDialog d = new InputDialog(getSite().getShell(), Messages.Board_addTitle, Messages.Board_addPrompt, "", unique);
        if (d.open() == InputDialog.OK) addLayer(d.getValue().strip());
    }

    /** Adds a layer at the end of the curriculum (the toolbar's Add Layer, without its dialog). */
    public void addLayer(String name) {
        ModelEditing editing = editing();
        if (editing == null) return;
        editing.run(ModelCommands.addLayer(editing.domain(), editing.corpus().corpus(), name, ""));
        select(name);
    }

    /**
     * Moves passages to a layer ("" for none), as dropping them on its column does: one undoable edit, run as a
     * job (returned; null without a corpus or passages).
     */
    public Job drop(List<String> ids, String layer) {
        lastMove = PassageDrag.move(current(), ids, layer);
        return lastMove;
    }

    /** The column of a layer ("" for passages in no layer), for tests; null when not shown. */
    LayerColumn column(String name) {
        for (LayerColumn c : columns) if (c.name().equals(name)) return c;
        return null;
    }

    /** The layer names of the columns, in order, as shown. */
    public List<String> columnNames() {
        return columns.stream().map(LayerColumn::name).toList();
    }

    /** A column's figures line, for tests. */
    public String figures(String name) {
        LayerColumn c = column(name);
        return c == null ? null : c.figures();
    }

    /** Edits a layer's field as the board's text boxes do (description, goal, min density): for tests and keys. */
    public void edit(String layer, String field, String value) {
        LayerColumn c = column(layer);
        if (c != null) c.edit(field, value);
    }

    /** Ids of the passages listed in a column, densest first. */
    public List<String> listed(String layer) {
        LayerColumn c = column(layer);
        List<String> ids = new ArrayList<>();
        if (c != null) for (TableItem t : c.table().getItems()) ids.add(((Passage) t.getData()).id());
        return ids;
    }

    @Override
    public void setFocus() {
        board.setFocus();
    }

    @Override
    public void dispose() {
        if (bold != null) bold.dispose();
        super.dispose();
    }

    static String tokens(long t) {
        if (t >= 10_000_000) return String.format(Locale.getDefault(), "%.0fM", t / 1e6);
        if (t >= 1_000_000) return String.format(Locale.getDefault(), "%.1fM", t / 1e6);
        if (t >= 10_000) return String.format(Locale.getDefault(), "%.0fk", t / 1e3);
        return String.format(Locale.getDefault(), "%,d", t);
    }
}
