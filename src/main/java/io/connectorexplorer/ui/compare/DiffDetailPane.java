package io.connectorexplorer.ui.compare;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Under the tree: the selected row's path, and its two values whole, side by side, to read and copy. */
final class DiffDetailPane extends VBox {

    DiffDetailPane(CompareViewModel compare) {
        super(4);
        setId("compareDetail");
        getStyleClass().add("compare-detail");
        Label path = new Label();
        path.setId("compareDetailPath");
        path.getStyleClass().addAll("muted", "monospace");
        path.textProperty().bind(compare.diffTree().selectedPathProperty());
        path.setMinWidth(0);
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        HBox sides = new HBox(
                8,
                side(
                        "compareLeftValue",
                        compare.leftNameProperty().map(n -> "Left: " + n),
                        compare.diffTree().leftValueProperty(),
                        compare.diffTree().selectedProperty(),
                        "Not on the left"),
                side(
                        "compareRightValue",
                        compare.rightNameProperty().map(n -> "Right: " + n),
                        compare.diffTree().rightValueProperty(),
                        compare.diffTree().selectedProperty(),
                        "Not on the right"));
        VBox.setVgrow(sides, Priority.ALWAYS);
        getChildren().addAll(path, sides);
    }

    private static VBox side(
            String id,
            ObservableValue<String> name,
            ObservableValue<String> value,
            ObservableValue<?> selected,
            String absent) {
        Label title = new Label();
        title.textProperty().bind(name);
        title.getStyleClass().add("muted");
        title.setMinWidth(0);
        TextArea text = new TextArea();
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setMinHeight(48);
        // Said only of a selected row: with nothing selected there is nothing absent.
        text.promptTextProperty().bind(selected.map(node -> absent));
        text.getStyleClass().add("monospace");
        text.textProperty().bind(value);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox box = new VBox(2, title, text);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        return box;
    }
}
