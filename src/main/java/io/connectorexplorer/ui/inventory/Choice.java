package io.connectorexplorer.ui.inventory;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One entry of a pick list — a profile or a region — with its tick. An entry that cannot be chosen (a profile that
 * cannot work) says why in {@code tooltip}, and its tick stays off.
 */
public final class Choice<T> {

    private final T value;
    private final String label;
    private final String tooltip;
    private final boolean selectable;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

    Choice(T value, String label, String tooltip, boolean selectable) {
        this.value = value;
        this.label = label;
        this.tooltip = tooltip;
        this.selectable = selectable;
        chosen.addListener((obs, was, now) -> {
            if (now && !selectable) {
                chosen.set(false);
            }
        });
    }

    public T value() {
        return value;
    }

    /** What the list shows. */
    public String label() {
        return label;
    }

    /** The full name, or why it cannot be chosen; null when there is nothing to add. */
    public String tooltip() {
        return tooltip;
    }

    public boolean isSelectable() {
        return selectable;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    public void setChosen(boolean on) {
        chosen.set(on);
    }

    @Override
    public String toString() {
        return label;
    }
}
