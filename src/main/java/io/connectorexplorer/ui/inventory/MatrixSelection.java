package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.ui.inventory.InventoryMatrixViewModel.CellRef;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * One cell selected at a time, kept on its connector and target: the table's selection goes to the view model, and
 * after rows were replaced, filtered or sorted the same cell is selected again wherever its row went — rather than
 * whichever connector now sits at the old index.
 */
final class MatrixSelection {

    private final TableView<ConnectorRow> table;
    private final InventoryMatrixViewModel matrix;
    private final TableColumn<ConnectorRow, ?> connector;
    private final IntFunction<TableColumn<ConnectorRow, ?>> targetColumn;
    private boolean restoring;

    /**
     * Sets the table's items: its listeners must come between this one's two. {@code targetColumn}: the column of a
     * target, by its index among the inventory's targets; null when there is none.
     */
    MatrixSelection(
            TableView<ConnectorRow> table,
            InventoryMatrixViewModel matrix,
            TableColumn<ConnectorRow, ?> connector,
            IntFunction<TableColumn<ConnectorRow, ?>> targetColumn) {
        this.table = table;
        this.matrix = matrix;
        this.connector = connector;
        this.targetColumn = targetColumn;
        // Before the table's own listeners: what they do to the selection while rows change is not the user's choice.
        matrix.getShown().addListener((ListChangeListener<ConnectorRow>) c -> restoring = true);
        table.setItems(matrix.getShown());
        matrix.getShown().addListener((ListChangeListener<ConnectorRow>) c -> restore());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> selected());
    }

    /** On a cell: the selected one, else the first row's in the selected column. */
    void enter() {
        select(matrix.selectedIndex() >= 0 ? matrix.selectedIndex() : 0);
    }

    private void selected() {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        if (restoring
                || cells.isEmpty()
                || cells.get(0).getRow() < 0
                || cells.get(0).getRow() >= table.getItems().size()) {
            return;
        }
        TablePosition<?, ?> cell = cells.get(0);
        int column = cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof Integer i ? i : -1;
        matrix.selectedProperty()
                .set(new CellRef(table.getItems().get(cell.getRow()).key(), column));
    }

    private void restore() {
        restoring = false;
        if (matrix.selectedProperty().get() == null
                && table.getSelectionModel().isEmpty()
                && !table.getItems().isEmpty()) {
            // The first answers: a cell to start from, so the arrows work at once.
            matrix.selectedProperty()
                    .set(new CellRef(table.getItems().get(0).key(), targetColumn.apply(0) != null ? 0 : -1));
        }
        select(matrix.selectedIndex());
    }

    private void select(int row) {
        CellRef cell = matrix.selectedProperty().get();
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        int index = cell == null ? 0 : cell.column();
        TableColumn<ConnectorRow, ?> target = index < 0 ? null : targetColumn.apply(index);
        TableColumn<ConnectorRow, ?> column = target == null ? connector : target;
        if (!table.getSelectionModel().isSelected(row, column)) {
            table.getSelectionModel().clearAndSelect(row, column);
        }
        table.getFocusModel().focus(row, column);
    }
}
