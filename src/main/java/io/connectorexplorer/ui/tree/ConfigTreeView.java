package io.connectorexplorer.ui.tree;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The centre pane: the configuration as a tree of members and values, with search, expand and copy. */
public final class ConfigTreeView extends VBox {

    private final ConfigTreeTable table;
    private final TreeSearchBar searchBar;

    public ConfigTreeView(ConfigTreeViewModel model) {
        this(model, "Configuration");
    }

    /** A tree of another document than a configuration, under its own heading ("Connection"). */
    public ConfigTreeView(ConfigTreeViewModel model, String heading) {
        setId("treePane");
        table = new ConfigTreeTable(model);
        searchBar = new TreeSearchBar(model, heading, table::requestFocus, table::expandAll, table::collapseAll);
        getChildren().addAll(searchBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public void expandAll() {
        table.expandAll();
    }

    public void collapseAll() {
        table.collapseAll();
    }

    /** Puts the keyboard in the tree itself (View ▸ Configuration). */
    public void focusTree() {
        table.requestFocus();
    }

    /** Adds actions of other features to the tree's context menu ("Compare with…"), after a separator. */
    public void addToContextMenu(MenuItem... items) {
        table.getContextMenu().getItems().add(new SeparatorMenuItem());
        table.getContextMenu().getItems().addAll(items);
    }

    /**
     * Gives this tree's nodes ids of their own ("configTree" becomes "connectionConfigTree" for prefix "connection"),
     * for a second tree in the same window.
     */
    public void prefixIds(String prefix) {
        for (javafx.scene.Node node : lookupAll("*")) {
            String id = node.getId();
            if (id != null && !id.startsWith(prefix)) {
                node.setId(prefix + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
        }
    }

    public void focusSearch() {
        searchBar.focusSearch();
    }
}
