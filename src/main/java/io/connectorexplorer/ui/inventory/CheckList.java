package io.connectorexplorer.ui.inventory;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A list of ticks: ↑/↓ move, Space ticks or unticks, typing a few letters jumps to the entry they start, a click on an
 * entry ticks it; Enter
 * presses the window's default button. An entry that cannot be chosen is greyed, with the reason in its tooltip.
 */
final class CheckList<T> extends ListView<Choice<T>> {

    private static final long TYPING_PAUSE_NANOS = 1_000_000_000L;
    private static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);

    private String typed = "";
    private long typedAt;

    /** {@code detail} adds a dim word after an entry's label (a profile's kind), or null for nothing. */
    CheckList(String id, ObservableList<Choice<T>> choices, Function<T, String> detail) {
        super(choices);
        setId(id);
        getStyleClass().add("check-list");
        setCellFactory(v -> new ChoiceCell<>(detail));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
                Choice<T> focused = getFocusModel().getFocusedItem();
                if (focused != null && focused.isSelectable()) {
                    focused.setChosen(!focused.isChosen());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && getScene() != null) {
                // A list would keep Enter for itself (it edits nothing here): Enter is the window's default button,
                // as in a dialog.
                Runnable fire = getScene().getAccelerators().get(ENTER);
                if (fire != null) {
                    fire.run();
                    e.consume();
                }
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, this::jump);
        focusedProperty().addListener((obs, was, now) -> {
            if (now && getFocusModel().getFocusedIndex() < 0 && !getItems().isEmpty()) {
                getFocusModel().focus(0);
                getSelectionModel().select(0);
            }
        });
    }

    /** Moves to the next entry whose label starts with what was typed in the last second. */
    private void jump(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || e.isShortcutDown() || Character.isISOControl(ch.charAt(0)) || ch.equals(" ")) {
            return;
        }
        long now = System.nanoTime();
        typed = (now - typedAt > TYPING_PAUSE_NANOS ? "" : typed) + ch.toLowerCase(Locale.ROOT);
        typedAt = now;
        int from = Math.max(0, getFocusModel().getFocusedIndex());
        for (int step = 0; step < getItems().size(); step++) {
            // A new first letter looks from the next entry on; more letters refine the entry already found.
            int i = (from + step + (typed.length() == 1 ? 1 : 0)) % getItems().size();
            if (plain(getItems().get(i).label()).startsWith(typed)) {
                getSelectionModel().clearAndSelect(i);
                getFocusModel().focus(i);
                scrollTo(Math.max(0, i - 2));
                break;
            }
        }
        e.consume();
    }

    private static String plain(String label) {
        return label.replace("↳ ", "").strip().toLowerCase(Locale.ROOT);
    }

    /** A tick with the entry's label, and its detail dimmed. */
    private static final class ChoiceCell<T> extends ListCell<Choice<T>> {
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
}
