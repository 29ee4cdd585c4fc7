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
        setId("treePane");
        table = new ConfigTreeTable(model);
        searchBar = new TreeSearchBar(model, table::requestFocus, table::expandAll, table::collapseAll);
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

    public void focusSearch() {
        searchBar.focusSearch();
    }
}
