package io.connectorexplorer.ui.tree;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.tree.ConfigNode;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

/** The tree of members and values: its two columns, the copy menu and keys, and the configuration the model shows. */
final class ConfigTreeTable extends TreeTableView<ConfigNode> {

    private final ConfigTreeViewModel model;
    private final TreeExpansion expansion = new TreeExpansion(this);

    ConfigTreeTable(ConfigTreeViewModel model) {
        this.model = model;
        setId("configTree");
        getStyleClass().add(Styles.DENSE);
        // The columns' widths must not decide the split between list and tree.
        setPrefWidth(600);
        setShowRoot(true);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().setAll(List.of(memberColumn(), valueColumn()));
        setContextMenu(new TreeContextMenu(
                model,
                this::selectedNode,
                () -> expansion.expand(getSelectionModel().getSelectedItem())));
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                if (e.isShiftDown()) {
                    model.copyPath(selectedNode());
                } else {
                    model.copyValue(selectedNode());
                }
                e.consume();
            }
        });
        model.rootProperty().addListener((obs, old, root) -> showRoot(root));
        model.revealProperty().addListener((obs, old, path) -> expansion.reveal(path));
        showRoot(model.getRoot());
    }

    void expandAll() {
        expansion.expand(getRoot());
    }

    void collapseAll() {
        expansion.collapseAll();
    }

    private static TreeTableColumn<ConfigNode, String> memberColumn() {
        TreeTableColumn<ConfigNode, String> name = new TreeTableColumn<>("Member");
        name.setId("memberColumn");
        name.setMinWidth(220);
        name.setPrefWidth(320);
        name.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        return name;
    }

    private TreeTableColumn<ConfigNode, ConfigNode> valueColumn() {
        TreeTableColumn<ConfigNode, ConfigNode> value = new TreeTableColumn<>("Value");
        value.setId("valueColumn");
        value.setPrefWidth(480);
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        value.setCellFactory(c -> new ValueCell(model));
        return value;
    }

    private void showRoot(ConfigNode root) {
        if (root == null) {
            setRoot(null);
            Label placeholder = new Label();
            placeholder.setId("treePlaceholder");
            placeholder.getStyleClass().add("placeholder-text");
            placeholder.textProperty().bind(model.placeholderProperty());
            setPlaceholder(placeholder);
            return;
        }
        LazyConfigTreeItem item = new LazyConfigTreeItem(root);
        item.setExpanded(true);
        setRoot(item);
        getSelectionModel().clearSelection();
        getFocusModel().focus(-1);
    }

    private ConfigNode selectedNode() {
        TreeItem<ConfigNode> item = getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }
}
