package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.tree.ConfigNode;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeTableCell;

/**
 * The value column: the value as text, styled by its kind (string, number, boolean, null, timestamp). One line
 * per row — rows have a fixed height (app.css), which keeps scrolling and revealing in trees of thousands of rows
 * fast — so line breaks show as ↵; Copy value copies the text as it is.
 */
final class ValueCell extends TreeTableCell<ConfigNode, ConfigNode> {

    private static final List<String> KIND_STYLES = List.of("value-string", "value-number", "value-boolean",
            "value-null", "value-timestamp", "value-container");

    private final ConfigTreeViewModel model;

    ValueCell(ConfigTreeViewModel model) {
        this.model = model;
    }

    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ");
    }

    @Override
    protected void updateItem(ConfigNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().removeAll(KIND_STYLES);
        if (empty || node == null) {
            setText(null);
            return;
        }
        setText(oneLine(model.displayValue(node)));
        String kind = switch (node.kind()) {
            case OBJECT, ARRAY -> "container";
            default -> node.kind().name().toLowerCase(Locale.ROOT);
        };
        getStyleClass().add("value-" + kind);
    }
}
