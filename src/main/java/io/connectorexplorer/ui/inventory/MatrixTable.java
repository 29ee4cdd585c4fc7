package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.ui.common.ColumnWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The matrix: the connector, then a column per target headed by its profile, region and state. Cells are selected one
 * at a time with the arrows; Enter or a double-click opens the cell's connector in that target in the main window.
 * Headers sort. Columns are made once per inventory; as answers arrive only headers' states and rows change, and the
 * selected cell stays on its connector and target.
 */
final class MatrixTable extends TableView<ConnectorRow> {

    private final InventoryViewModel model;
    private final InventoryMatrixViewModel matrix;
    private final List<TargetHeader> headers = new ArrayList<>();
    private final TableColumn<ConnectorRow, ConnectorRow> connector = new TableColumn<>("Connector");
    private final Label placeholder = new Label();
    private final MatrixSelection selection;
    private final ColumnWindow<ConnectorRow> window;

    MatrixTable(InventoryViewModel model) {
        this.model = model;
        this.matrix = model.matrix();
        setId("inventoryTable");
        // Every row the same height: the table lays out a hundred target columns' cells without measuring each.
        setFixedCellSize(34);
        window = new ColumnWindow<>(this, connector);
        selection = new MatrixSelection(this, matrix, connector, this::targetColumn);
        matrix.comparatorProperty().bind(comparatorProperty());

        connector.setId("connectorColumn");
        connector.setPrefWidth(240);
        connector.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        connector.setCellFactory(column -> new MatrixCells.Connector(model));
        connector.setComparator(MatrixTexts.CONNECTOR_ORDER);
        getColumns().add(connector);
        placeholder.setId("inventoryPlaceholder");
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        placeholder.textProperty().bind(matrix.placeholderTextProperty());

        model.columnsProperty().addListener((obs, old, targets) -> columns(targets));
        model.getTargets().addListener((ListChangeListener<TargetStatus>) c -> {
            while (c.next()) {
                for (int i = c.getFrom(); i < c.getTo() && i < headers.size(); i++) {
                    headers.get(i).show(model.getTargets().get(i));
                }
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openFocused();
                e.consume();
            }
        });
    }

    /** A column per target, made when an inventory starts; those in view shown (see {@link ColumnWindow}). */
    private void columns(List<Target> targets) {
        headers.clear();
        List<TableColumn<ConnectorRow, ?>> all = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetHeader header = new TargetHeader(i);
            header.show(model.getTargets().get(i));
            headers.add(header);
            all.add(header.column(model));
        }
        window.show(all);
    }

    /** Enter: the focused cell's connector, in its target. */
    void openFocused() {
        TablePosition<ConnectorRow, ?> cell = getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0 || cell.getRow() >= getItems().size()) {
            return;
        }
        ConnectorRow row = getItems().get(cell.getRow());
        if (cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof Integer column) {
            model.open(row, column);
        } else {
            model.openAnywhere(row);
        }
    }

    /** Shows the target's column (a target chosen in the list). */
    void reveal(int column) {
        TableColumn<ConnectorRow, ?> target = targetColumn(column);
        if (target != null) {
            window.reveal(target);
        }
    }

    /** Target {@code index}'s column, wherever a dragged header put it; null when there is none. */
    private TableColumn<ConnectorRow, ?> targetColumn(int index) {
        for (TableColumn<ConnectorRow, ?> column : getColumns()) {
            if (column.getUserData() instanceof Integer i && i == index) {
                return column;
            }
        }
        return null;
    }

    /** The keyboard into the table, on a cell: the selected one, else the first row's in the selected column. */
    void enter() {
        requestFocus();
        selection.enter();
        TablePosition<ConnectorRow, ?> cell = getFocusModel().getFocusedCell();
        if (cell != null
                && cell.getTableColumn() != null
                && !cell.getTableColumn().isVisible()
                && cell.getTableColumn().getUserData() instanceof Integer column) {
            reveal(column);
        }
    }
}
