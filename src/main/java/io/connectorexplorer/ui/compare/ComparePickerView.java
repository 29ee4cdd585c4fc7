package io.connectorexplorer.ui.compare;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Choice;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Compare with": a field where a few letters of a profile and a region pick the other side, the matches beneath it
 * while it has the keyboard (↑/↓ move, Enter or a click compares), Compare and Swap beside it.
 */
final class ComparePickerView extends VBox {

    private final CustomTextField field = new CustomTextField();
    private final ListView<Choice> list = new ListView<>();
    private final CompareTargetPickerViewModel picker;
    private final Runnable toTree;
    private String chosenTitle;

    /** {@code trailing}: more of the comparison's actions, at the end of the row. */
    ComparePickerView(
            CompareTargetPickerViewModel picker, CompareViewModel compare, Runnable toTree, Node... trailing) {
        super(4);
        this.picker = picker;
        this.toTree = toTree;
        getStyleClass().add("compare-picker");
        Label label = new Label("Compare with");
        label.setLabelFor(field);
        field.setId("compareTarget");
        field.setPromptText("Profile or account, then a region: beta eu-west-1");
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setTooltip(new Tooltip("A few letters of a profile, and of a region to compare in another one (Ctrl+L)"));
        field.textProperty()
                .addListener((obs, old, text) -> picker.queryProperty().set(text.equals(chosenTitle) ? "" : text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> compare(compare);
                case ESCAPE -> {
                    if (compare.isRunning() || compare.getTree() == null) {
                        return; // the window's Escape cancels; with nothing compared, nowhere else to go
                    }
                    toTree.run();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Button go = new Button("Compare", new FontIcon(Feather.PLAY));
        go.setId("compareButton");
        go.getStyleClass().add(Styles.ACCENT);
        go.setTooltip(new Tooltip("Read the other side and compare (Enter)"));
        go.disableProperty().bind(compare.runningProperty());
        go.setOnAction(e -> compare(compare));
        Button swap = new Button("Swap", new FontIcon(Feather.REPEAT));
        swap.setId("swapSidesButton");
        swap.setTooltip(new Tooltip("Swap the left and right sides (Ctrl+Shift+S)"));
        swap.disableProperty().bind(compare.runningProperty());
        swap.setOnAction(e -> compare.swap());
        HBox.setHgrow(field, Priority.ALWAYS);
        go.setMinWidth(Button.USE_PREF_SIZE);
        swap.setMinWidth(Button.USE_PREF_SIZE);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, label, field, go, swap);
        row.getChildren().addAll(trailing);
        row.setAlignment(Pos.CENTER_LEFT);

        list.setId("compareTargetList");
        list.setItems(picker.getResults());
        list.setCellFactory(v -> new TargetChoiceCell());
        list.setFocusTraversable(false);
        list.setFixedCellSize(30);
        list.setPrefHeight(30 * 5 + 4);
        list.getItems().addListener((ListChangeListener<Choice>)
                c -> list.getSelectionModel().selectFirst());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                compare(compare);
            }
        });
        Label empty = new Label("Nothing matches what is typed");
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        list.visibleProperty().bind(field.focusedProperty());
        list.managedProperty().bind(list.visibleProperty());
        getChildren().addAll(row, list);
    }

    /** Ctrl+L: the keyboard in the field, what it holds selected, the matches shown. */
    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void compare(CompareViewModel compare) {
        Choice chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || compare.isRunning()) {
            return;
        }
        chosenTitle = chosen.title();
        field.setText(chosenTitle);
        compare.compareWith(picker.choose(chosen));
        toTree.run();
    }

    /** "What changed": compares with {@code earlier}, the earlier side on the left, naming it in the field. */
    void compareSince(CompareViewModel compare, Choice earlier) {
        chosenTitle = earlier.title();
        field.setText(chosenTitle);
        compare.compareSince(picker.choose(earlier));
        toTree.run();
    }

    /** Starts over for another connector: nothing typed, the matches for it. */
    void reset() {
        chosenTitle = null;
        field.clear();
        list.getSelectionModel().selectFirst();
    }

    private void move(int by) {
        int next = Math.max(
                0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }
}
