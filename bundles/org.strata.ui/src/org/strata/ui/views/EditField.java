package org.strata.ui.views;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.ModelEditing;

/**
 * A labelled text box of a model editor: what is typed becomes one undoable command when the box loses focus (or
 * on Enter in a one-line box). A value the command refuses turns the box red, its message as the tooltip, and
 * changes nothing.
 */
public final class EditField {
    private final Text text;
    private final String tip;
    private final Function<String, Command> command;

    /** {@code command} makes the edit from the typed text, or throws IllegalArgumentException with the reason. */
    EditField(Composite parent, String label, boolean multiLine, String tip, Function<String, Command> command) {
        this(parent, label, multiLine, 1, tip, command);
    }

    /** As above, the text box spanning {@code span} columns of the parent's grid. */
    EditField(Composite parent, String label, boolean multiLine, int span, String tip, Function<String, Command> command) {
        this(labelledBox(parent, label, multiLine, span), tip, command);
    }

    /** A text box laid out by its owner, with the same behaviour. */
    EditField(Text text, String tip, Function<String, Command> command) {
        this.text = text;
        this.tip = tip;
        this.command = command;
        text.setToolTipText(tip);
        text.addListener(SWT.FocusOut, e -> apply());
        if ((text.getStyle() & SWT.MULTI) == 0) text.addListener(SWT.DefaultSelection, e -> apply());
    }

    private static Text labelledBox(Composite parent, String label, boolean multiLine, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false, false));
        Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridData g = new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, false);
        if (multiLine) g.heightHint = 44;
        g.horizontalSpan = span;
        text.setLayoutData(g);
        return text;
    }

    Text text() {
        return text;
    }

    /** Shows the model's value, unless the expert is typing in the box. */
    void show(String value) {
        if (text.isFocusControl()) return;
        text.setText(value == null ? "" : value);
        text.setBackground(null);
        text.setToolTipText(tip);
    }

    void setEnabled(boolean on) {
        text.setEnabled(on);
    }

    /** Types a value and applies it, as leaving the box does. */
    void type(String value) {
        text.setText(value);
        apply();
    }

    private void apply() {
        ModelEditing editing = CorpusSession.get().editing();
        if (editing == null || !text.isEnabled()) return;
        try {
            Command c = command.apply(text.getText());
            text.setBackground(null);
            text.setToolTipText(tip);
            if (c != null) editing.run(c);
        } catch (IllegalArgumentException e) {
            text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            text.setToolTipText(e.getMessage());
        }
    }

    /** The refusal shown on the box, or null when it holds a good value. */
    String problem() {
        return text.getBackground().equals(text.getDisplay().getSystemColor(SWT.COLOR_RED)) ? text.getToolTipText() : null;
    }
}
