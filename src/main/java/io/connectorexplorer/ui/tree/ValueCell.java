package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.tree.ConfigNode;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeTableCell;

/** The value column: the value as one line of text, styled by its kind (string, number, boolean, null, timestamp). */
final class ValueCell extends TreeTableCell<ConfigNode, ConfigNode> {

    private static final List<String> KIND_STYLES = List.of(
            "value-string", "value-number", "value-boolean", "value-null", "value-timestamp", "value-container");

    private final ConfigTreeViewModel model;

    ValueCell(ConfigTreeViewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(ConfigNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().removeAll(KIND_STYLES);
        if (empty || node == null) {
            setText(null);
            return;
        }
        setText(model.displayValue(node));
        String kind = switch (node.kind()) {
            case OBJECT, ARRAY -> "container";
            default -> node.kind().name().toLowerCase(Locale.ROOT);
        };
        getStyleClass().add("value-" + kind);
    }
}
