package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.core.tree.JsonPath;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

/** Opens and closes the table's tree: everything below an item, all but the root, or the way down to one path. */
final class TreeExpansion {

    private final TreeTableView<ConfigNode> table;

    TreeExpansion(TreeTableView<ConfigNode> table) {
        this.table = table;
    }

    /** Expands the items on the way to {@code path}, then selects its item and scrolls it into view. */
    void reveal(JsonPath path) {
        TreeItem<ConfigNode> item = table.getRoot();
        if (path == null || item == null) {
            return;
        }
        int depth = item.getValue().path().depth();
        // Nothing selected or focused while the path opens: otherwise the table's selection and focus models
        // re-locate their row on every expansion, which costs a third of a second per keystroke of a search
        // in a connector with 2,000 parameters.
        table.getSelectionModel().clearSelection();
        table.getFocusModel().focus(-1);
        for (Object segment : path.segments().subList(depth, path.depth())) {
            item.setExpanded(true);
            item = item.getChildren().stream()
                    .filter(child -> segment.equals(last(child.getValue().path())))
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                return;
            }
        }
        table.getSelectionModel().select(item);
        int row = table.getRow(item);
        if (row >= 0) {
            table.scrollTo(Math.max(0, row - 3));
        }
    }

    private static Object last(JsonPath path) {
        return path.segments().get(path.depth() - 1);
    }

    /** Expands {@code item} and everything below it. */
    void expand(TreeItem<ConfigNode> item) {
        if (item != null) {
            detachedWhile(() -> expandBelow(item));
        }
    }

    private static void expandBelow(TreeItem<ConfigNode> item) {
        if (!item.isLeaf()) {
            item.setExpanded(true);
            item.getChildren().forEach(TreeExpansion::expandBelow);
        }
    }

    /** Collapses every item but the root. */
    void collapseAll() {
        TreeItem<ConfigNode> root = table.getRoot();
        if (root != null) {
            detachedWhile(() -> {
                collapse(root);
                root.setExpanded(true);
            });
        }
    }

    private static void collapse(TreeItem<ConfigNode> item) {
        if (item instanceof LazyConfigTreeItem lazy && lazy.childrenBuilt()) {
            item.getChildren().forEach(TreeExpansion::collapse);
        }
        item.setExpanded(false);
    }

    /**
     * Runs a change to many items with the tree taken off the table, then puts it back with the same row selected
     * and in view. Attached, every single expansion makes the table and its selection model re-count and shift
     * rows: expanding the ~13,000 nodes of a 2,000-parameter connector took seconds that way, milliseconds so.
     */
    private void detachedWhile(Runnable change) {
        TreeItem<ConfigNode> root = table.getRoot();
        TreeItem<ConfigNode> selected = table.getSelectionModel().getSelectedItem();
        table.setRoot(null);
        try {
            change.run();
        } finally {
            table.setRoot(root);
        }
        if (selected != null && table.getRow(selected) >= 0) {
            table.getSelectionModel().select(selected);
            table.getFocusModel().focus(table.getRow(selected));
            table.scrollTo(Math.max(0, table.getRow(selected) - 3));
        }
    }
}
