package io.connectorexplorer.ui.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Over the matrix: the filter (Ctrl+F; Enter or ↓ goes to the table, Escape clears it), "Only rows that differ", the
 * row count, and the exports of the rows shown.
 */
final class MatrixToolbar extends HBox {

    private final CustomTextField filter = new CustomTextField();

    MatrixToolbar(InventoryMatrixViewModel matrix, InventoryExportViewModel export, Runnable toTable) {
        super(10);
        setId("inventoryToolbar");
        getStyleClass().add("inventory-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        filter.setId("inventoryFilter");
        filter.setPromptText("Filter (Ctrl+F)");
        filter.setTooltip(new Tooltip("Connectors whose name, type or label has these letters (Ctrl+F)"));
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.setPrefWidth(200);
        filter.setMinWidth(120);
        filter.textProperty().bindBidirectional(matrix.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                toTable.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });

        CheckBox differ = new CheckBox("Only rows that differ");
        differ.setId("onlyDifferingToggle");
        differ.setTooltip(new Tooltip(
                "Only the connectors the targets that answered disagree on: one has it and another not, or their"
                        + " versions or source/destination flags differ"));
        differ.selectedProperty().bindBidirectional(matrix.onlyDifferingProperty());
        differ.setMinWidth(Label.USE_PREF_SIZE);

        Label count = new Label();
        count.setId("inventoryCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(matrix.countTextProperty());
        // The count gives way first in a narrow window (800 pixels wide), so the exports stay on screen.
        count.setMinWidth(0);
        count.setTextOverrun(OverrunStyle.ELLIPSIS);
        count.tooltipProperty().bind(count.textProperty().map(Tooltip::new));

        Button csv = button("exportCsvButton", "CSV…", export::exportCsv);
        Button json = button("exportJsonButton", "JSON…", export::exportJson);
        csv.disableProperty().bind(export.canExportProperty().not());
        json.disableProperty().bind(export.canExportProperty().not());
        getChildren().addAll(filter, differ, count, new Spacer(), csv, json);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text, new FontIcon(Feather.DOWNLOAD));
        button.setId(id);
        button.setTooltip(new Tooltip("Export the rows shown as " + text.replace("…", "")
                + " (filter and 'only rows that differ' applied), of every target, with the targets that did not"
                + " answer and why"));
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
