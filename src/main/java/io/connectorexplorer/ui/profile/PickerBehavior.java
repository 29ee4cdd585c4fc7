package io.connectorexplorer.ui.profile;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A picker whose choice switches the account, so nothing is chosen by accident: ↑/↓ on the closed picker open its
 * list instead of switching; inside the list they only move, and the choice counts when the list closes by Enter or
 * a click (Escape keeps what was chosen before).
 */
final class PickerBehavior<T> {

    private final ComboBox<T> box;
    private final Property<T> chosen;
    private boolean syncing;
    private boolean escaped;

    private PickerBehavior(ComboBox<T> box, Property<T> chosen) {
        this.box = box;
        this.chosen = chosen;
    }

    static <T> void attach(ComboBox<T> box, Property<T> chosen) {
        new PickerBehavior<>(box, chosen).install();
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
            } else if (e.getCode() == KeyCode.ESCAPE && box.isShowing()) {
                escaped = true;
            }
        });
        box.setOnShowing(e -> escaped = false);
        box.setOnHidden(e -> {
            if (escaped) {
                show(chosen.getValue());
            } else {
                commit();
            }
        });
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
