package org.strata.ui.views;

import java.util.BitSet;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A table drawn row by row for any number of rows: only the rows on screen are asked for and painted, so a
 * million rows cost what twenty do. (SWT's virtual Table on GTK keeps a native row per item: setting a million
 * rows blocked the UI thread for seconds, and shrinking to a filter's few rows for minutes.) It has sortable
 * column headers, multi-selection by mouse and keys (Shift, Ctrl, arrows, Page Up/Down, Home/End, Ctrl+A), the
 * wheel, and sends SWT.Selection and SWT.DefaultSelection as a Table does. Cells come from a {@link Cells}, which
 * may answer null for a row it is still reading; the grid shows the row empty and is redrawn when told.
 */
public final class PassageGrid {
    /** The text and look of a row's cells; null while the row is being read. */
    interface Cells {
        String[] texts(int row);

        /** The background of a cell, or null. */
        default Color background(int row, int column) {
            return null;
        }

        /** True for rows drawn greyed (rejected, duplicate). */
        default boolean dimmed(int row) {
            return false;
        }
    }

    private final Canvas canvas;
    private final String[] titles;
    private final int[] widths;
    private final boolean[] right;
    private final Cells cells;
    private final BitSet selected = new BitSet();
    private IntConsumer headerClick = c -> { };
    private int count;
    private int top;
    private int focus = -1;
    private int anchor = -1;
    private int sortColumn = -1;
    private boolean sortDown;
    private int rowHeight;

    PassageGrid(Composite parent, String[] titles, int[] widths, boolean[] right, Cells cells) {
        this.titles = titles;
        this.widths = widths.clone();
        this.right = right;
        this.cells = cells;
        canvas = new Canvas(parent, SWT.V_SCROLL | SWT.BORDER | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        measureRows();
        canvas.addListener(SWT.ZoomChanged, e -> measureRows());
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> layout());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            top = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> setTopIndex(top - e.count));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (rowAt(e.y) >= 0) canvas.notifyListeners(SWT.DefaultSelection, new Event());
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    /** Runs with a column's index when its header is clicked. */
    void onHeaderClick(IntConsumer c) {
        headerClick = c;
    }

    void setSortColumn(int column, boolean down) {
        sortColumn = column;
        sortDown = down;
        canvas.redraw();
    }

    /** A new set of rows: the selection is cleared and the first row shown. */
    void setItemCount(int n) {
        count = n;
        top = 0;
        focus = -1;
        anchor = -1;
        selected.clear();
        layout();
        canvas.redraw();
    }

    int getItemCount() {
        return count;
    }

    int getTopIndex() {
        return top;
    }

    void setTopIndex(int index) {
        top = Math.max(0, Math.min(index, Math.max(0, count - visibleRows())));
        canvas.getVerticalBar().setSelection(top);
        canvas.redraw();
    }

    /** Rows that fit whole under the header. */
    int visibleRows() {
        return Math.max(1, (canvas.getClientArea().height - headerHeight()) / rowHeight());
    }

    int[] getSelectionIndices() {
        return selected.stream().toArray();
    }

    int getSelectionCount() {
        return selected.cardinality();
    }

    /** Selects rows from..to (inclusive), as Shift+click would, and tells the listeners. */
    void setSelection(int from, int to) {
        selected.clear();
        if (count > 0) selected.set(Math.max(0, from), Math.min(count - 1, to) + 1);
        anchor = from;
        focus = to;
        canvas.redraw();
        canvas.notifyListeners(SWT.Selection, new Event());
    }

    /** Paints again (the rows read in the background have arrived). */
    void redraw() {
        if (!canvas.isDisposed()) canvas.redraw();
    }

    /** A column's width (the last one takes the room left). */
    int columnWidth(int column) {
        return widths[column];
    }

    String columnTitle(int column) {
        return titles[column];
    }

    int columnCount() {
        return titles.length;
    }

    /** Clicks a column's header (for tests and the benchmark), as the mouse does. */
    void clickHeader(int column) {
        headerClick.accept(column);
    }

    /** The height of a row from the font, measured once (not on every paint, scroll and click). */
    private void measureRows() {
        GC gc = new GC(canvas);
        try {
            rowHeight = gc.getFontMetrics().getHeight() + 6;
            // a column is at least as wide as its title and the sort mark: Russian titles are longer than English ones
            for (int c = 0; c < titles.length - 1; c++) widths[c] = Math.max(widths[c], gc.textExtent(titles[c]).x + 24);
        } finally {
            gc.dispose();
        }
    }

    private int rowHeight() {
        return rowHeight;
    }

    private int headerHeight() {
        return rowHeight() + 2;
    }

    private void layout() {
        ScrollBar bar = canvas.getVerticalBar();
        int visible = visibleRows();
        top = Math.max(0, Math.min(top, Math.max(0, count - visible)));
        bar.setValues(top, 0, Math.max(1, count), Math.max(1, Math.min(visible, Math.max(1, count))), 1, Math.max(1, visible - 1));
        bar.setEnabled(count > visible);
        canvas.redraw();
    }

    private int rowAt(int y) {
        int h = headerHeight();
        if (y < h) return -1;
        int row = top + (y - h) / rowHeight();
        return row < count ? row : -1;
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.y < headerHeight()) {
            if (e.button == 1) {
                int x = 0;
                for (int c = 0; c < titles.length; c++) {
                    int w = c == titles.length - 1 ? Integer.MAX_VALUE : widths[c];
                    if (e.x >= x && e.x < x + w) {
                        headerClick.accept(c);
                        return;
                    }
                    x += w;
                }
            }
            return;
        }
        int row = rowAt(e.y);
        if (row < 0) return;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0, shift = (e.stateMask & SWT.SHIFT) != 0;
        if (e.button == 3 && selected.get(row)) return; // the menu acts on the selection as it is
        if (shift && anchor >= 0) {
            selected.clear();
            selected.set(Math.min(anchor, row), Math.max(anchor, row) + 1);
        } else if (ctrl) {
            selected.flip(row);
            anchor = row;
        } else {
            selected.clear();
            selected.set(row);
            anchor = row;
        }
        focus = row;
        canvas.redraw();
        canvas.notifyListeners(SWT.Selection, new Event());
    }

    private void key(Event e) {
        if (count == 0) return;
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.character == 1)) {
            selected.set(0, count);
            canvas.redraw();
            canvas.notifyListeners(SWT.Selection, new Event());
            return;
        }
        int page = visibleRows();
        int next = switch (e.keyCode) {
            case SWT.ARROW_UP -> focus - 1;
            case SWT.ARROW_DOWN -> focus + 1;
            case SWT.PAGE_UP -> focus - page;
            case SWT.PAGE_DOWN -> focus + page;
            case SWT.HOME -> 0;
            case SWT.END -> count - 1;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) return;
        next = Math.max(0, Math.min(count - 1, next));
        if ((e.stateMask & SWT.SHIFT) != 0 && anchor >= 0) {
            selected.clear();
            selected.set(Math.min(anchor, next), Math.max(anchor, next) + 1);
        } else {
            selected.clear();
            selected.set(next);
            anchor = next;
        }
        focus = next;
        if (next < top) setTopIndex(next);
        else if (next >= top + page) setTopIndex(next - page + 1);
        canvas.redraw();
        canvas.notifyListeners(SWT.Selection, new Event());
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        var display = canvas.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int rh = rowHeight(), hh = headerHeight();
        int[] xs = new int[titles.length + 1];
        for (int c = 0; c < titles.length; c++) xs[c + 1] = xs[c] + (c == titles.length - 1 ? Math.max(widths[c], area.width - xs[c]) : widths[c]);
        Color grid = display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        int last = Math.min(count, top + visibleRows() + 1);
        for (int row = top; row < last; row++) {
            int y = hh + (row - top) * rh;
            boolean sel = selected.get(row);
            String[] t = cells.texts(row);
            for (int c = 0; c < titles.length; c++) {
                Color bg = sel ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : t == null ? null : cells.background(row, c);
                if (bg != null) {
                    gc.setBackground(bg);
                    gc.fillRectangle(xs[c], y, xs[c + 1] - xs[c], rh);
                }
                if (t == null) continue;
                gc.setForeground(sel ? display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT)
                        : display.getSystemColor(cells.dimmed(row) ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
                drawCell(gc, t[c], xs[c], xs[c + 1], y, rh, right[c]);
            }
            gc.setForeground(grid);
            gc.drawLine(0, y + rh - 1, area.width, y + rh - 1);
            if (row == focus && canvas.isFocusControl()) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawFocus(0, y, area.width, rh);
            }
        }
        // the header, drawn last so that it stays on top
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, hh);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(0, hh - 1, area.width, hh - 1);
        for (int c = 0; c < titles.length; c++) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            String title = titles[c] + (c == sortColumn ? (sortDown ? " \u25be" : " \u25b4") : "");
            drawCell(gc, title, xs[c], xs[c + 1], 1, hh - 2, right[c]);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            if (c > 0) gc.drawLine(xs[c], 3, xs[c], hh - 4);
        }
    }

    private static void drawCell(GC gc, String text, int x0, int x1, int y, int h, boolean alignRight) {
        if (text == null || text.isEmpty()) return;
        int room = x1 - x0 - 10;
        String s = text.length() > 400 ? text.substring(0, 400) : text;
        int w = gc.textExtent(s).x;
        if (w > room) { // cut to fit, by halves, then mark the cut
            int lo = 0, hi = s.length();
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (gc.textExtent(s.substring(0, mid) + "\u2026").x <= room) lo = mid;
                else hi = mid - 1;
            }
            s = s.substring(0, lo) + "\u2026";
            w = gc.textExtent(s).x;
        }
        int ty = y + (h - gc.getFontMetrics().getHeight()) / 2;
        gc.drawText(s, alignRight ? x1 - 5 - w : x0 + 5, ty, true);
    }
}
