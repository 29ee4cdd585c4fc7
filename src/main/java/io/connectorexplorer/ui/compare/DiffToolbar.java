package io.connectorexplorer.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Over the tree: the count, where F7 is, "differences only", previous / next. */
final class DiffToolbar extends HBox {

    DiffToolbar(CompareViewModel compare) {
        super(6);
        getStyleClass().add("pane-header");
        setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("compareCount");
        count.getStyleClass().add("pane-title");
        count.textProperty().bind(compare.countProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        count.setTextOverrun(OverrunStyle.ELLIPSIS);
        count.tooltipProperty().bind(count.textProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        HBox.setHgrow(count, Priority.SOMETIMES);
        Label position = new Label();
        position.setId("comparePosition");
        position.getStyleClass().add("muted");
        position.textProperty().bind(compare.diffTree().positionProperty());
        position.setMinWidth(0);
        HBox.setHgrow(position, Priority.ALWAYS);
        position.setMaxWidth(Double.MAX_VALUE);

        CheckBox only = new CheckBox("Differences only");
        only.setId("differencesOnly");
        only.setMinWidth(CheckBox.USE_PREF_SIZE);
        only.setTooltip(new Tooltip("Hide what is the same on both sides; the way to each difference stays (Ctrl+H)"));
        only.selectedProperty().bindBidirectional(compare.diffTree().differencesOnlyProperty());
        Button previous = icon("previousDifferenceButton", Feather.ARROW_UP, "Previous difference (Shift+F7)");
        previous.setOnAction(e -> compare.diffTree().previousDifference());
        Button next = icon("nextDifferenceButton", Feather.ARROW_DOWN, "Next difference (F7)");
        next.setOnAction(e -> compare.diffTree().nextDifference());
        previous.disableProperty().bind(compare.treeProperty().isNull());
        next.disableProperty().bind(compare.treeProperty().isNull());
        getChildren().addAll(count, position, only, previous, next);
    }

    /**
     * Copy and Save as JSON, which go beside Compare and Swap: over the tree, the count keeps the room to be read
     * whole in a narrow window.
     */
    static HBox exportButtons(CompareExportViewModel export) {
        Button copy = icon(
                "copyDifferencesButton",
                Feather.COPY,
                "Copy the differences as text, as " + "'connector-explorer diff' prints them (Ctrl+Shift+C)");
        copy.setOnAction(e -> export.copyDifferences());
        Button save = new Button("JSON…", new FontIcon(Feather.DOWNLOAD));
        save.setId("saveDifferencesButton");
        save.setMinWidth(Button.USE_PREF_SIZE);
        save.setTooltip(new Tooltip(
                "Save the differences as JSON, as 'connector-explorer diff --json' writes them " + "(Ctrl+S)"));
        save.setOnAction(e -> export.saveJson());
        copy.disableProperty().bind(export.canExportProperty().not());
        save.disableProperty().bind(export.canExportProperty().not());
        HBox buttons = new HBox(6, new Separator(Orientation.VERTICAL), copy, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private static Button icon(String id, Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
