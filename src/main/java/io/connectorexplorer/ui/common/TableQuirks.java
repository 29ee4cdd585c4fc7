package io.connectorexplorer.ui.common;

import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** Two JavaFX table behaviours that showing and hiding columns as the view scrolls ({@link ColumnWindow}) runs into. */
final class TableQuirks {

    private TableQuirks() {}

    /**
     * The selected cell selected again: the table keeps a selected cell's column by its index among the visible ones
     * as it was when selected, so once columns before it were shown or hidden another column's cell looked selected —
     * also when the selected column itself was scrolled out of the window (selected again, no cell shows it).
     */
    static <S> void reselect(TableView<S> table) {
        var model = table.getSelectionModel();
        if (model.getSelectedCells().size() != 1) {
            return;
        }
        TablePosition<S, ?> cell = model.getSelectedCells().get(0);
        TableColumn<S, ?> column = cell.getTableColumn();
        if (column == null) {
            return;
        }
        boolean right = table.getVisibleLeafIndex(column) >= 0
                ? model.isSelected(cell.getRow(), column)
                : table.getVisibleLeafColumns().stream().noneMatch(c -> model.isSelected(cell.getRow(), c));
        if (right) {
            return;
        }
        TablePosition<S, ?> focused = table.getFocusModel().getFocusedCell();
        // Not clearAndSelect: it takes the same row and column for the selection it has and does nothing.
        model.clearSelection();
        model.select(cell.getRow(), column);
        if (focused != null && focused.getRow() >= 0) {
            table.getFocusModel().focus(focused.getRow(), focused.getTableColumn());
        }
    }

    /**
     * The rows laid out again when the table left them out ({@code bar}: its horizontal scroll bar). Columns shown or
     * hidden make the table's rows rebuild themselves; with a fixed row height a horizontal scroll in the same pulse also asks the rows only to lay out
     * their cells, and JavaFX's VirtualFlow then returns early, with the rows taken down and none put back, so the
     * table showed no rows until something else laid it out. Within the same pulse, before anything is drawn.
     */
    static void layOutRowsIfGone(ScrollBar bar) {
        if (bar.getParent() instanceof VirtualFlow<?> flow
                && flow.getCellCount() > 0
                && flow.getFirstVisibleCell() == null) {
            flow.requestLayout();
            flow.layout();
        }
    }
}
