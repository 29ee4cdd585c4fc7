package io.connectorexplorer.ui.compare;

import atlantafx.base.controls.Spacer;
import io.connectorexplorer.ui.common.ProblemBannerView;
import io.connectorexplorer.ui.common.StatusModel;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Compare window's layout: the picker of the other side, the problem banner, the count and actions over the merged
 * tree, the selected row's values beneath it, and a status line with Cancel while the other side is read.
 */
public final class CompareView extends BorderPane {

    /** The window's view models. */
    public record Models(
            CompareTargetPickerViewModel picker,
            CompareViewModel compare,
            CompareExportViewModel export,
            StatusModel status) {}

    private final ComparePickerView picker;
    private final CompareViewModel compare;
    private final DiffTreeTable table;
    private final SplitPane split;

    public CompareView(Models m) {
        setId("compareView");
        compare = m.compare();
        table = new DiffTreeTable(m.compare());
        picker = new ComparePickerView(
                m.picker(), m.compare(), table::requestFocus, DiffToolbar.exportButtons(m.export()));
        VBox treeBox = new VBox(new DiffToolbar(m.compare()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        DiffDetailPane detail = new DiffDetailPane(m.compare());
        split = new SplitPane(treeBox, detail);
        // Room the window gains or loses (the picker's matches, a banner) goes to the tree, not the values.
        SplitPane.setResizableWithParent(detail, false);
        split.setId("compareSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setTop(new VBox(picker, new ProblemBannerView(m.status(), () -> retry(m.status()))));
        setCenter(split);
        setBottom(statusLine(m));
    }

    private static void retry(StatusModel status) {
        var problem = status.getProblem();
        status.clearProblem();
        if (problem != null && problem.hasAction()) {
            problem.action().run();
        }
    }

    private static HBox statusLine(Models m) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("compareProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(m.status().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("compareStatus");
        message.textProperty().bind(m.status().messageProperty());
        message.tooltipProperty().bind(message.textProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        message.setMinWidth(0);
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancelCompareButton");
        cancel.setTooltip(new Tooltip("Stop describing the other side (Escape)"));
        cancel.visibleProperty().bind(m.compare().runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> m.compare().cancel());
        HBox line = new HBox(8, progress, message, new Spacer(), cancel);
        line.getStyleClass().add("status-bar");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Ctrl+L, and where the keyboard starts with nothing compared yet: the "Compare with" field. */
    public void focusPicker() {
        picker.focusField();
    }

    /** The keyboard in the tree (after a comparison, F7). */
    public void focusTree() {
        table.requestFocus();
    }

    /** "What changed": the shown connector against {@code earlier}, the earlier on the left. */
    void compareSince(CompareTargetPickerViewModel.Choice earlier) {
        picker.compareSince(compare, earlier);
    }

    /** Starts the picker over, for another connector. */
    void resetPicker() {
        picker.reset();
    }

    SplitPane split() {
        return split;
    }
}
