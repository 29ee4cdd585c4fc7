package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.DiffTree;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;

/**
 * The compare tree's columns and cells: the mark (a symbol, its meaning in a tooltip), the member, the two values, and
 * the row's colour.
 */
final class DiffCells {

    private static final List<String> MARKS = List.of("diff-added", "diff-removed", "diff-changed", "diff-contains");
    private static final List<String> KINDS =
            List.of("value-string", "value-number", "value-boolean", "value-null", "value-container", "diff-absent");

    private DiffCells() {}

    static TreeTableColumn<DiffTree.Node, DiffTree.Node> markColumn() {
        TreeTableColumn<DiffTree.Node, DiffTree.Node> mark = new TreeTableColumn<>();
        mark.setId("compareMarkColumn");
        mark.setGraphic(
                headed("±", "+ added: on the right only\n− removed: on the left only\n~ changed\n• contains changes"));
        mark.setMinWidth(30);
        mark.setMaxWidth(30);
        mark.setResizable(false);
        mark.setSortable(false);
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        mark.setCellFactory(c -> new DiffCells.Mark());
        return mark;
    }

    static TreeTableColumn<DiffTree.Node, String> memberColumn() {
        TreeTableColumn<DiffTree.Node, String> member = new TreeTableColumn<>();
        member.setId("compareMemberColumn");
        member.setGraphic(headed(
                "Member",
                "Ctrl+C copies the selected row's path, as the command line prints it\n"
                        + "F7 / Shift+F7: next / previous difference · Ctrl+H: differences only"));
        member.setMinWidth(160);
        member.setPrefWidth(300);
        member.setSortable(false);
        member.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().getValue().label()));
        return member;
    }

    static TreeTableColumn<DiffTree.Node, DiffTree.Node> valueColumn(String id, boolean left) {
        TreeTableColumn<DiffTree.Node, DiffTree.Node> value = new TreeTableColumn<>();
        value.setId(id);
        value.setMinWidth(100);
        value.setPrefWidth(280);
        value.setSortable(false);
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        value.setCellFactory(c -> new DiffCells.Value(left));
        return value;
    }

    /** A column heading that explains itself when the pointer rests on it. */
    private static Label headed(String text, String tip) {
        Label heading = new Label(text);
        heading.setTooltip(new Tooltip(tip));
        return heading;
    }

    static String markClass(DiffTree.Node node) {
        return switch (node.mark()) {
            case ADDED -> "diff-added";
            case REMOVED -> "diff-removed";
            case CHANGED -> "diff-changed";
            case UNCHANGED -> node.containsChanges() ? "diff-contains" : null;
        };
    }

    /** A row coloured by its mark; the colour is never the only sign (the mark column has the symbol). */
    static final class Row extends TreeTableRow<DiffTree.Node> {
        @Override
        protected void updateItem(DiffTree.Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll(MARKS);
            String mark = empty || node == null ? null : markClass(node);
            if (mark != null) {
                getStyleClass().add(mark);
            }
        }
    }

    /** + − ~ or • for "contains changes", with its meaning in words. */
    static final class Mark extends TreeTableCell<DiffTree.Node, DiffTree.Node> {
        private final Tooltip tip = new Tooltip();

        Mark() {
            getStyleClass().add("diff-mark");
        }

        @Override
        protected void updateItem(DiffTree.Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll(MARKS);
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String symbol = DiffTexts.symbol(node);
            setText(symbol);
            tip.setText(DiffTexts.meaning(node));
            // A row the same on both sides has no mark to explain.
            setTooltip(symbol.isEmpty() ? null : tip);
            setAccessibleText(DiffTexts.meaning(node));
            String mark = markClass(node);
            if (mark != null) {
                getStyleClass().add(mark);
            }
        }
    }

    /** One side's value on one line, styled by its kind as the configuration tree styles it. */
    static final class Value extends TreeTableCell<DiffTree.Node, DiffTree.Node> {
        private final boolean left;

        Value(boolean left) {
            this.left = left;
        }

        @Override
        protected void updateItem(DiffTree.Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll(KINDS);
            if (empty || node == null) {
                setText(null);
                return;
            }
            JsonNode value = left ? node.left() : node.right();
            setText(DiffTexts.cell(value));
            getStyleClass().add(kind(value));
        }

        private static String kind(JsonNode value) {
            if (value == null) {
                return "diff-absent";
            }
            if (value.isContainerNode()) {
                return "value-container";
            }
            return "value-" + value.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }
}
