package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.EntitySummary;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

/** An entity as the tree shows it: its label, and its name beside when they differ; a group or a note in grey. */
final class EntityCell extends TreeCell<EntitySummary> {

    @Override
    protected void updateItem(EntitySummary item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("muted");
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        if (item.name().isEmpty()) {
            setText(item.label());
            getStyleClass().add("muted");
            setTooltip(null);
            return;
        }
        boolean differ = !item.label().isEmpty() && !item.label().equals(item.name());
        setText(differ ? item.label() + "  (" + item.name() + ")" : item.name());
        setTooltip(item.description().isEmpty() ? null : new Tooltip(item.description()));
    }
}
