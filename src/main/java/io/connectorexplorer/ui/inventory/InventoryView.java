package io.connectorexplorer.ui.inventory;

import atlantafx.base.controls.Spacer;
import io.connectorexplorer.ui.common.ProblemBannerView;
import io.connectorexplorer.ui.common.StatusModel;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Inventory window's layout: the target picker (folded away once an inventory starts), the run bar with the
 * progress, the filter and exports over the matrix, the targets' states beside it, and a status line.
 */
public final class InventoryView extends BorderPane {

    /** The window's view models. */
    public record Models(
            TargetPickerViewModel picker,
            InventoryViewModel inventory,
            InventoryExportViewModel export,
            StatusModel status) {}

    private final Models models;
    private final TargetPickerView picker;
    private final MatrixTable table;
    private final MatrixToolbar toolbar;
    private final SplitPane split;

    public InventoryView(Models m) {
        this.models = m;
        setId("inventoryView");
        picker = new TargetPickerView(m.picker());
        table = new MatrixTable(m.inventory());
        toolbar = new MatrixToolbar(m.inventory().matrix(), m.export(), table::enter);
        TargetList targets = new TargetList(m.inventory(), table::reveal);
        targets.setMinWidth(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox matrixBox = new VBox(6, toolbar, table);
        matrixBox.getStyleClass().add("inventory-matrix");
        split = new SplitPane(targets, matrixBox);
        split.setId("inventorySplit");
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(targets, false);
        VBox.setVgrow(split, Priority.ALWAYS);

        setTop(new VBox(picker, new RunBar(m.inventory(), m.picker(), this::take)));
        setCenter(new VBox(new ProblemBannerView(m.status(), () -> retry(m.status())), split));
        setBottom(statusLine(m));
    }

    /** Take inventory: remembers the selection, folds the picker away and puts the keyboard in the matrix. */
    private void take() {
        if (models.picker().targetCountProperty().get() == 0
                || models.inventory().isRunning()) {
            return;
        }
        models.picker().remember();
        models.inventory().start(models.picker().targets());
        picker.setExpanded(false);
        Platform.runLater(table::enter);
    }

    private static void retry(StatusModel status) {
        var problem = status.getProblem();
        status.clearProblem();
        if (problem != null && problem.hasAction()) {
            problem.action().run();
        }
    }

    private static HBox statusLine(Models m) {
        Label cell = new Label();
        cell.setId("inventoryCellText");
        cell.textProperty().bind(m.inventory().matrix().selectedTextProperty());
        cell.setTextOverrun(OverrunStyle.ELLIPSIS);
        cell.setMinWidth(0);
        cell.tooltipProperty().bind(cell.textProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        HBox.setHgrow(cell, Priority.ALWAYS);
        Label message = new Label();
        message.setId("inventoryStatus");
        message.getStyleClass().add("muted");
        message.textProperty().bind(m.status().messageProperty());
        message.tooltipProperty().bind(message.textProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        message.setMinWidth(0);
        message.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        message.setMaxWidth(520);
        HBox line = new HBox(12, cell, new Spacer(), message);
        line.getStyleClass().add("status-bar");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Ctrl+F: the matrix's filter. */
    public void focusFilter() {
        toolbar.focusFilter();
    }

    /** Where the keyboard starts when the window opens: the profiles while the picker is open, else the matrix. */
    public void focusStart() {
        if (picker.isExpanded()) {
            picker.focusProfiles();
        } else {
            table.enter();
        }
    }

    SplitPane split() {
        return split;
    }
}
