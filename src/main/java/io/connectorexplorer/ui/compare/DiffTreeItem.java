package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffPath;
import io.connectorexplorer.core.diff.DiffTree;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A row of the compare tree that makes its children the first time they are asked for — only those "differences only"
 * shows, when it is on — and opens itself when the comparison opens it by default.
 */
final class DiffTreeItem extends TreeItem<DiffTree.Node> {

    private final boolean differencesOnly;
    private final Set<DiffPath> opened;
    private boolean childrenBuilt;

    DiffTreeItem(DiffTree.Node node, boolean differencesOnly, Set<DiffPath> opened) {
        super(node);
        this.differencesOnly = differencesOnly;
        this.opened = opened;
        if (opened.contains(node.path())) {
            setExpanded(true);
        }
    }

    @Override
    public boolean isLeaf() {
        return !getValue().hasChildren();
    }

    @Override
    public ObservableList<TreeItem<DiffTree.Node>> getChildren() {
        if (!childrenBuilt) {
            childrenBuilt = true;
            super.getChildren()
                    .setAll(getValue().children().stream()
                            .filter(child -> !differencesOnly || child.isShownInDifferencesOnly())
                            .map(child -> new DiffTreeItem(child, differencesOnly, opened))
                            .toList());
        }
        return super.getChildren();
    }
}
