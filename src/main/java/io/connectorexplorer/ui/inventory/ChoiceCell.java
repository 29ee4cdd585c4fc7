package io.connectorexplorer.ui.inventory;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/** A tick with the entry's label, and its detail dimmed. */
final class ChoiceCell<T> extends ListCell<Choice<T>> {
    private final CheckBox tick = new CheckBox();
    private final Label detail = new Label();
    private final HBox box = new HBox(8, tick, detail);
    private final Function<T, String> details;
    private BooleanProperty bound;

    ChoiceCell(Function<T, String> details) {
        this.details = details;
        tick.setFocusTraversable(false);
        tick.setMnemonicParsing(false);
        detail.getStyleClass().add("muted");
        box.setAlignment(Pos.CENTER_LEFT);
        // A press on the tick itself would leave the keyboard where it was (the tick takes no focus): the list
        // takes it, on this entry, so Space and typing go on from here.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (getListView() != null && !isEmpty()) {
                getListView().requestFocus();
                getListView().getSelectionModel().clearAndSelect(getIndex());
                getListView().getFocusModel().focus(getIndex());
            }
        });
        setOnMouseClicked(e -> {
            // A click beside the tick ticks too (the tick handles clicks on itself).
            if (getItem() != null && getItem().isSelectable() && e.getTarget() != tick && !tick.isHover()) {
                getItem().setChosen(!getItem().isChosen());
            }
        });
    }

    @Override
    protected void updateItem(Choice<T> choice, boolean empty) {
        super.updateItem(choice, empty);
        if (bound != null) {
            tick.selectedProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (empty || choice == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        tick.setText(choice.label());
        tick.setSelected(choice.isChosen());
        tick.setDisable(!choice.isSelectable());
        bound = choice.chosenProperty();
        tick.selectedProperty().bindBidirectional(bound);
        String more = details == null ? null : details.apply(choice.value());
        detail.setText(more == null ? "" : more);
        detail.setOpacity(choice.isSelectable() ? 1 : 0.6);
        setTooltip(choice.tooltip() == null ? null : new Tooltip(choice.tooltip()));
        setText(null);
        setGraphic(box);
    }
}
