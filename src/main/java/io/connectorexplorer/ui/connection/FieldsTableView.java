package io.connectorexplorer.ui.connection;

import atlantafx.base.controls.CustomTextField;
import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.FieldTable;
import io.connectorexplorer.ui.common.ColumnWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The fields of the entity chosen as a table — a column per {@link FieldTable} column, sortable by a click on its
 * heading — with a filter box, Compare (Ctrl+D), and a menu that copies the rows shown as TSV (Ctrl+Shift+C) or CSV
 * and saves the fields as JSON or CSV; a heading's menu copies its column.
 */
final class FieldsTableView extends VBox {

    private final TableView<EntityField> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();

    FieldsTableView(FieldsViewModel model, ConnectionExportViewModel export, Runnable compareWith) {
        Label title = new Label();
        title.setId("fieldsTitle");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        title.tooltipProperty().bind(title.textProperty().map(Tooltip::new));
        filter.setId("fieldFilter");
        filter.setPromptText("Filter fields");
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(8);
        filter.setMinWidth(90);
        // The table's own Ctrl+Shift+C, not an accelerator: that would copy the fields from every tab.
        MenuItem copy = new MenuItem("Copy as TSV, for a spreadsheet (Ctrl+Shift+C in the table)");
        copy.setId("copyFieldsMenuItem");
        copy.setOnAction(e -> model.copyTable());
        MenuItem copyCsv = new MenuItem("Copy as CSV");
        copyCsv.setOnAction(e -> model.copyCsv());
        MenuItem saveJson = new MenuItem("Save as JSON (describe-connector-entity)…");
        saveJson.setId("saveFieldsJsonMenuItem");
        saveJson.setOnAction(e -> export.saveFieldsJson());
        MenuItem saveCsv = new MenuItem("Save as CSV…");
        saveCsv.setId("saveFieldsCsvMenuItem");
        saveCsv.setOnAction(e -> export.saveFieldsCsv());
        MenuButton more = new MenuButton(
                null, new FontIcon(Feather.DOWNLOAD), copy, copyCsv, new SeparatorMenuItem(), saveJson, saveCsv);
        more.setId("fieldsMoreButton");
        more.setTooltip(new Tooltip("Copy the rows shown as TSV (Ctrl+Shift+C) or CSV; save as JSON or CSV"));
        more.setMinWidth(MenuButton.USE_PREF_SIZE);
        Button compare = new Button(null, new FontIcon(Feather.COLUMNS));
        compare.setId("compareFieldsButton");
        compare.setTooltip(new Tooltip(
                "Compare these fields with another connection, account or region, or an earlier read (Ctrl+D)"));
        compare.setOnAction(e -> compareWith.run());
        compare.disableProperty().bind(model.readProperty().isNull());
        compare.setMinWidth(Button.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, title, filter, compare, more);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        table.setId("fieldsTable");
        List<TableColumn<EntityField, ?>> columns = new ArrayList<>();
        for (FieldTable.Column column : FieldTable.COLUMNS) {
            TableColumn<EntityField, String> c = new TableColumn<>(column.heading());
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(column.value(row.getValue())));
            c.setPrefWidth(width(column.key()));
            MenuItem copyColumn = new MenuItem("Copy column “" + column.heading() + "”");
            copyColumn.setOnAction(e -> model.copyColumn(column));
            c.setContextMenu(new ContextMenu(copyColumn));
            columns.add(c);
        }
        // Of some twenty columns three or four are in view: only those have cells (the identifier always).
        table.getColumns().add(columns.get(0));
        new ColumnWindow<>(table, columns.get(0)).show(columns.subList(1, columns.size()));
        table.setItems(model.getShown());
        model.getShown().comparatorProperty().bind(table.comparatorProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        // Ctrl+Shift+C copies the rows shown (TSV), Ctrl+C the selected field's identifier.
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.C && e.isShortcutDown()) {
                if (e.isShiftDown()) {
                    model.copyTable();
                } else if (table.getSelectionModel().getSelectedItem() != null) {
                    model.copyIdentifier(table.getSelectionModel().getSelectedItem());
                }
                e.consume();
            }
        });
        // Typing in the table filters it, as in the connector list; Escape in the filter clears it, then goes back.
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty()
                    && !Character.isISOControl(typed.charAt(0))
                    && !e.isControlDown()
                    && !e.isAltDown()
                    && !e.isMetaDown()) {
                filter.requestFocus();
                filter.appendText(typed);
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                if (filter.getText().isEmpty()) {
                    focusTable();
                } else {
                    filter.clear();
                }
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                focusTable();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    /** Room for the heading, more for the columns whose values are long. */
    private static double width(String key) {
        return switch (key) {
            case "identifier", "customProperties" -> 190;
            case "label" -> 160;
            case "filterOperators", "constraints" -> 230;
            case "description" -> 300;
            case "type" -> 100;
            default -> Math.max(90, key.length() * 8 + 30);
        };
    }

    void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
