package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.tree.ConfigNode;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/** A tree item that makes its children the first time they are asked for, so huge configurations open at once. */
final class LazyConfigTreeItem extends TreeItem<ConfigNode> {

    private boolean childrenBuilt;

    LazyConfigTreeItem(ConfigNode node) {
        super(node);
    }

    @Override
    public boolean isLeaf() {
        return getValue().childCount() == 0;
    }

    @Override
    public ObservableList<TreeItem<ConfigNode>> getChildren() {
        if (!childrenBuilt) {
            childrenBuilt = true;
            ObservableList<TreeItem<ConfigNode>> children = super.getChildren();
            children.setAll(
                    getValue().children().stream().map(LazyConfigTreeItem::new).toList());
        }
        return super.getChildren();
    }

    boolean childrenBuilt() {
        return childrenBuilt;
    }
}
