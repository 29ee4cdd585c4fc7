package io.connectorexplorer.ui.inventory;

import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

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
            }
        });
        enterPressesDefault(this);
        addEventHandler(KeyEvent.KEY_TYPED, this::jump);
        focusedProperty().addListener((obs, was, now) -> {
            if (now && getFocusModel().getFocusedIndex() < 0 && !getItems().isEmpty()) {
                getFocusModel().focus(0);
                getSelectionModel().select(0);
            }
        });
    }

    /**
     * Enter on {@code node} presses the window's default button, as in a dialog: a list would keep Enter for itself,
     * and a tick would flip (JavaFX buttons take Enter like Space), losing what was chosen.
     */
    static void enterPressesDefault(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && node.getScene() != null) {
                Runnable fire = node.getScene().getAccelerators().get(ENTER);
                e.consume();
                if (fire != null) {
                    fire.run();
                }
            }
        });
    }

    /** Scrolls to the first ticked entry and puts the list's focus on it, so what is chosen is in sight. */
    void showFirstChosen() {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).isChosen()) {
                getFocusModel().focus(i);
                getSelectionModel().clearAndSelect(i);
                scrollTo(Math.max(0, i - 1));
                return;
            }
        }
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
}
