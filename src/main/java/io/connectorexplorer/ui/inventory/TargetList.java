package io.connectorexplorer.ui.inventory;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.inventory.TargetState;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Each target with where it stands — queued, loading, answered with its account, failed with the reason, needing a
 * sign-in — and the action that helps: Sign in or Retry, by a click or Enter on the selected line. Selecting a line
 * shows that target's column.
 */
final class TargetList extends ListView<TargetStatus> {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SIGN_IN = PseudoClass.getPseudoClass("sign-in");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    TargetList(InventoryViewModel model, IntConsumer revealColumn) {
        super(model.getTargets());
        setId("targetList");
        getStyleClass().add("target-list");
        setCellFactory(v -> new Line(model));
        Label empty = new Label("No targets yet");
        empty.getStyleClass().add("muted");
        setPlaceholder(empty);
        getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                revealColumn.accept(index.intValue());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TargetStatus line = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && line != null && line.action() != TargetStatus.Action.NONE) {
                model.act(line);
                e.consume();
            }
        });
    }

    /**
     * A mark, the target and its state in a line each, and the action's button — made when a line first needs one:
     * most targets answer, and a hundred lines' buttons were a good part of the Inventory window's first fill.
     */
    private static final class Line extends ListCell<TargetStatus> {
        private final InventoryViewModel model;
        private final FontIcon mark = new FontIcon(Feather.CLOCK);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final HBox box;
        private Button action;

        Line(InventoryViewModel model) {
            this.model = model;
            mark.getStyleClass().add("target-mark");
            name.getStyleClass().add("target-name");
            name.setMinWidth(0);
            detail.getStyleClass().addAll("target-detail", Styles.TEXT_SMALL);
            detail.setMinWidth(0);
            VBox text = new VBox(1, name, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(6, mark, text);
            box.setAlignment(Pos.CENTER_LEFT);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setOnShowing(
                    e -> tooltip.setText(getItem() == null ? "" : getItem().tooltip()));
        }

        @Override
        protected void updateItem(TargetStatus line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            TargetState state = line.state();
            mark.setIconCode(
                    state instanceof TargetState.Done
                            ? Feather.CHECK
                            : state instanceof TargetState.Failed
                                    ? Feather.ALERT_TRIANGLE
                                    : state instanceof TargetState.NeedsSignIn
                                            ? Feather.LOCK
                                            : state instanceof TargetState.Loading
                                                    ? Feather.LOADER
                                                    : state.isFinal() ? Feather.X : Feather.CLOCK);
            name.setText(line.target().displayName());
            detail.setText(line.detail());
            boolean acts = line.action() != TargetStatus.Action.NONE;
            if (acts || action != null) {
                Button button = action();
                button.setText(line.action() == TargetStatus.Action.SIGN_IN ? "Sign in" : "Retry");
                button.setVisible(acts);
                button.setManaged(acts);
            }
            pseudoClassStateChanged(FAILED, state instanceof TargetState.Failed);
            pseudoClassStateChanged(SIGN_IN, state instanceof TargetState.NeedsSignIn);
            pseudoClassStateChanged(DONE, state instanceof TargetState.Done);
            setTooltip(tooltip);
            setGraphic(box);
        }

        private Button action() {
            if (action == null) {
                action = new Button();
                action.getStyleClass().addAll(Styles.SMALL);
                action.setFocusTraversable(false);
                action.setMinWidth(Button.USE_PREF_SIZE);
                action.setOnAction(e -> {
                    if (getItem() != null) {
                        model.act(getItem());
                    }
                });
                box.getChildren().add(action);
            }
            return action;
        }
    }
}
