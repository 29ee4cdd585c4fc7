package io.connectorexplorer.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A drop-down whose choice costs something when made by accident — it switches the account, or drops what was typed
 * for another authentication method: ↑/↓ on the closed drop-down open its list instead of choosing; inside the list
 * they only move, and the choice counts when Enter or a click on an entry closes the list. Escape, or a click
 * elsewhere, keeps the one before.
 */
public final class DeliberateChoice<T> {

    private final ComboBox<T> box;
    private final Property<T> chosen;
    private boolean syncing;
    private boolean confirmed;
    private Node hookedPopup;

    private DeliberateChoice(ComboBox<T> box, Property<T> chosen) {
        this.box = box;
        this.chosen = chosen;
    }

    /** {@code chosen} follows the drop-down's deliberate choices, and the drop-down follows {@code chosen}. */
    public static <T> void attach(ComboBox<T> box, Property<T> chosen) {
        new DeliberateChoice<>(box, chosen).install();
    }

    private void install() {
        show(chosen.getValue());
        chosen.addListener((obs, old, now) -> show(now));
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && !box.isShowing()) {
                commit();
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean arrow = e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP;
            if (arrow && !box.isShowing() && !e.isAltDown()) {
                e.consume();
                box.show();
            }
            confirmKey(e);
        });
        box.setOnShowing(e -> {
            confirmed = false;
            hookPopup();
        });
        // Decided once the event that closed the list has been handled: the list closes while handling it.
        box.setOnHidden(e -> Platform.runLater(() -> {
            if (confirmed) {
                commit();
            } else {
                show(chosen.getValue());
            }
        }));
    }

    /** The list's own keys and clicks say whether the user chose (Enter, a click on an entry) or not. */
    private void hookPopup() {
        if (!(box.getSkin() instanceof ComboBoxListViewSkin<?> skin) || skin.getPopupContent() == hookedPopup) {
            return;
        }
        hookedPopup = skin.getPopupContent();
        hookedPopup.addEventFilter(KeyEvent.KEY_PRESSED, this::confirmKey);
        // A press on an entry: the list closes on the release that follows, and that is a choice.
        hookedPopup.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> confirmed = isOnEntry(e));
    }

    private void confirmKey(KeyEvent e) {
        if (box.isShowing() && e.getCode() == KeyCode.ENTER) {
            confirmed = true;
        } else if (e.getCode() == KeyCode.ESCAPE) {
            confirmed = false;
        }
    }

    private static boolean isOnEntry(MouseEvent e) {
        for (Object n = e.getPickResult().getIntersectedNode(); n instanceof Node node; n = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    private void commit() {
        if (!Objects.equals(box.getValue(), chosen.getValue())) {
            chosen.setValue(box.getValue());
            // The model may have refused (the user kept the form): show what holds now.
            show(chosen.getValue());
        }
    }

    private void show(T value) {
        syncing = true;
        try {
            box.setValue(value);
        } finally {
            syncing = false;
        }
    }
}
