package io.connectorexplorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A wide table's columns made visible only around what is in view. JavaFX makes a cell in every row for every visible
 * column, scrolled into view or not, and styles each: the Inventory window's hundred targets were 1,900 cells and 0.25 s
 * of the UI thread for the first rows, and again whenever answers changed them; an entity's twenty field columns were
 * most of the first fill of its fields. Here the leading column is always shown, and of the others only those within
 * the view and one column's width either side of it; two empty spacer columns stand in for the widths of those before
 * and after, so the scroll bar, the headers and every column's place stay as if all were shown. Scrolling, resizing a
 * column or the window, and moving a column by its header move the window of visible columns. UI thread only.
 */
public final class ColumnWindow<S> {

    /** How far past each side of the view the columns are kept visible, so the arrows reach a column that is there. */
    public static final double MARGIN = 160;

    private final TableView<S> table;
    private final TableColumn<S, ?> leading;
    private final TableColumn<S, Void> before = spacer("columnSpacerBefore");
    private final TableColumn<S, Void> after = spacer("columnSpacerAfter");
    private final List<TableColumn<S, ?>> windowed = new ArrayList<>();

    /**
     * Scrolling, resizing and dragging headers move the window at the start of the next pulse, before its CSS and
     * layout: the scroll bar also moves while the table lays itself out, and columns shown or hidden in the middle of
     * that left the table without rows.
     */
    private final InvalidationListener move = o -> later();

    private final Runnable preLayout = this::due;
    private final Runnable postLayout = this::repair;
    private boolean pending;
    private boolean moved;
    private boolean reorderPending;
    private ScrollBar bar;
    private boolean arranging;
    private int first;
    private int end;

    /** {@code leading}: the table's first column, always shown (the matrix's connector, the fields' identifier). */
    public ColumnWindow(TableView<S> table, TableColumn<S, ?> leading) {
        this.table = table;
        this.leading = leading;
        table.widthProperty().addListener(move);
        leading.widthProperty().addListener(move);
        table.skinProperty().addListener(move);
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(preLayout);
                old.removePostLayoutPulseListener(postLayout);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(preLayout);
                scene.addPostLayoutPulseListener(postLayout);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPreLayoutPulseListener(preLayout);
            table.getScene().addPostLayoutPulseListener(postLayout);
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            if (!arranging) {
                reorderPending = true;
                later();
            }
        });
        // The spacers are never where the keyboard stays: a cell reached in one goes to the nearest column's.
        table.getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> leaveSpacer(cell));
        // The arrows go on from the cell the keyboard is on, even once the mouse scrolled it out of the window.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                showFocused();
            }
        });
    }

    /** The table's columns: the leading one, then {@code columns} between the spacers; the first ones in view. */
    public void show(List<? extends TableColumn<S, ?>> columns) {
        windowed.forEach(t -> t.widthProperty().removeListener(move));
        windowed.clear();
        windowed.addAll(columns);
        windowed.forEach(t -> t.widthProperty().addListener(move));
        first = 0;
        end = 0;
        List<TableColumn<S, ?>> all = new ArrayList<>();
        all.add(leading);
        all.add(before);
        all.addAll(windowed);
        all.add(after);
        windowed.forEach(t -> t.setVisible(false));
        arranging = true;
        try {
            table.getSortOrder().clear();
            table.getColumns().setAll(all);
        } finally {
            arranging = false;
        }
        update();
    }

    /**
     * Scrolls {@code column} into view, to the left edge as the table's own scrolling does. The scroll bar is moved
     * here rather than by the table: it places only columns it has laid out, and a hidden one has not been.
     */
    public void reveal(TableColumn<S, ?> column) {
        int at = windowed.indexOf(column);
        if (at < 0) {
            return;
        }
        if (scrollBar() == null) {
            showRange(at, at + 1);
            table.scrollToColumn(column);
            return;
        }
        double start = leading.getWidth() + widths(0, at);
        double offset = bar.getValue();
        if (start < offset || start + column.getWidth() > offset + table.getWidth()) {
            bar.setValue(Math.max(bar.getMin(), Math.min(start, bar.getMax())));
        }
        update();
    }

    private void later() {
        pending = true;
        Platform.requestNextPulse();
    }

    private void due() {
        if (reorderPending) {
            reorderPending = false;
            reordered();
        } else if (pending) {
            update();
        }
        pending = false;
    }

    /** Which columns are visible, from where the table is scrolled to and how wide its view is. */
    private void update() {
        if (windowed.isEmpty()) {
            return;
        }
        double offset = scrollBar() == null ? 0 : bar.getValue();
        double from = offset - MARGIN;
        double to = offset + table.getWidth() + MARGIN;
        double x = leading.getWidth();
        int start = -1;
        int stop = windowed.size();
        for (int i = 0; i < windowed.size(); i++) {
            double width = windowed.get(i).getWidth();
            if (start < 0 && x + width > from) {
                start = i;
            }
            if (x >= to) {
                stop = i;
                break;
            }
            x += width;
        }
        if (start < 0) {
            start = windowed.size() - 1;
        }
        showRange(start, Math.max(stop, start + 1));
    }

    private void showRange(int start, int stop) {
        if (start == first && stop == end && spacersMatch(start, stop)) {
            return;
        }
        for (int i = 0; i < windowed.size(); i++) {
            boolean visible = i >= start && i < stop;
            if (windowed.get(i).isVisible() != visible) {
                windowed.get(i).setVisible(visible);
            }
        }
        first = start;
        end = stop;
        moved = true;
        size(before, widths(0, start));
        size(after, widths(stop, windowed.size()));
        TableQuirks.reselect(table);
    }

    /** After a move, the rows laid out again where the table left them out ({@link TableQuirks#layOutRowsIfGone}). */
    private void repair() {
        if (!moved) {
            return;
        }
        moved = false;
        if (scrollBar() != null) {
            TableQuirks.layOutRowsIfGone(bar);
        }
    }

    private boolean spacersMatch(int start, int stop) {
        return before.getPrefWidth() == widths(0, start) && after.getPrefWidth() == widths(stop, windowed.size());
    }

    private double widths(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += windowed.get(i).getWidth();
        }
        return sum;
    }

    private static void size(TableColumn<?, Void> spacer, double width) {
        spacer.setPrefWidth(width);
        spacer.setVisible(width > 0);
    }

    /** A column header dragged: the columns in their new order, between the spacers again. */
    private void reordered() {
        if (windowed.isEmpty()) {
            return;
        }
        List<TableColumn<S, ?>> now = table.getColumns();
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (TableColumn<S, ?> column : now) {
            if (windowed.contains(column)) {
                order.add(column);
            }
        }
        if (order.size() != windowed.size()) {
            return;
        }
        boolean arranged = now.size() == windowed.size() + 3
                && now.get(0) == leading
                && now.get(1) == before
                && now.get(now.size() - 1) == after;
        windowed.clear();
        windowed.addAll(order);
        if (!arranged) {
            List<TableColumn<S, ?>> all = new ArrayList<>();
            all.add(leading);
            all.add(before);
            all.addAll(order);
            all.add(after);
            arranging = true;
            try {
                table.getColumns().setAll(all);
            } finally {
                arranging = false;
            }
        }
        first = -1;
        update();
    }

    /** The focused cell's column and those beside it shown, if scrolling left it out. */
    private void showFocused() {
        TablePosition<S, ?> cell = table.getFocusModel().getFocusedCell();
        int at = cell == null ? -1 : windowed.indexOf(cell.getTableColumn());
        if (at >= 0 && (at < first || at >= end)) {
            showRange(Math.max(0, at - 1), Math.min(windowed.size(), at + 2));
        }
    }

    private void leaveSpacer(TablePosition<S, ?> cell) {
        if (cell == null || (cell.getTableColumn() != before && cell.getTableColumn() != after) || windowed.isEmpty()) {
            return;
        }
        int index = cell.getTableColumn() == before ? Math.max(0, first) : Math.max(0, end - 1);
        TableColumn<S, ?> column = windowed.get(Math.min(index, windowed.size() - 1));
        table.getFocusModel().focus(cell.getRow(), column);
        table.getSelectionModel().clearAndSelect(cell.getRow(), column);
    }

    /** The table's horizontal scroll bar, once its skin made it: the offset in pixels of what is in view. */
    private ScrollBar scrollBar() {
        if (bar == null) {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar s
                        && s.getOrientation() == Orientation.HORIZONTAL
                        && s.getParent() instanceof VirtualFlow<?>) {
                    bar = s;
                    bar.valueProperty().addListener(move);
                    break;
                }
            }
        }
        return bar;
    }

    private static <S> TableColumn<S, Void> spacer(String id) {
        TableColumn<S, Void> spacer = new TableColumn<>();
        spacer.setId(id);
        spacer.getStyleClass().add("column-spacer");
        spacer.setSortable(false);
        spacer.setReorderable(false);
        spacer.setResizable(false);
        spacer.setMinWidth(0);
        spacer.setMaxWidth(Double.MAX_VALUE);
        spacer.setPrefWidth(0);
        spacer.setVisible(false);
        return spacer;
    }
}
