package io.connectorexplorer.ui.tree;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.core.tree.JsonPath;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The centre pane: the configuration as a tree of members and values, with search, expand and copy. */
public final class ConfigTreeView extends VBox {

    private final ConfigTreeViewModel model;
    private final TreeTableView<ConfigNode> table = new TreeTableView<>();
    private final CustomTextField search = new CustomTextField();

    public ConfigTreeView(ConfigTreeViewModel model) {
        this.model = model;
        setId("treePane");
        getChildren().addAll(toolbar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        buildTable();
        model.rootProperty().addListener((obs, old, root) -> showRoot(root));
        model.revealProperty().addListener((obs, old, path) -> reveal(path));
        showRoot(model.getRoot());
    }

    private HBox toolbar() {
        Label title = new Label("Configuration");
        title.getStyleClass().add("pane-title");
        search.setId("treeSearch");
        search.setPromptText("Find key or value (Ctrl+F)");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    model.previousMatch();
                } else {
                    model.nextMatch();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                table.requestFocus();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        Label matches = new Label();
        matches.setId("treeMatches");
        matches.getStyleClass().add("muted");
        matches.textProperty().bind(model.matchTextProperty());
        Button expand = iconButton("expandAllButton", Feather.CHEVRONS_DOWN, "Expand all", this::expandAll);
        Button collapse = iconButton("collapseAllButton", Feather.CHEVRONS_UP, "Collapse all", this::collapseAll);
        HBox bar = new HBox(8, title, search, matches, expand, collapse);
        bar.getStyleClass().add("pane-header");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("configTree");
        table.getStyleClass().add(Styles.DENSE);
        // The columns' widths must not decide the split between list and tree.
        table.setPrefWidth(600);
        table.setShowRoot(true);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<ConfigNode, String> name = new TreeTableColumn<>("Member");
        name.setId("memberColumn");
        name.setMinWidth(220);
        name.setPrefWidth(320);
        name.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        TreeTableColumn<ConfigNode, ConfigNode> value = new TreeTableColumn<>("Value");
        value.setId("valueColumn");
        value.setPrefWidth(480);
        value.setCellValueFactory(c ->
                new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        value.setCellFactory(c -> new ValueCell(model));
        table.getColumns().setAll(java.util.List.of(name, value));

        MenuItem copyValue = new MenuItem("Copy value", new FontIcon(Feather.COPY));
        copyValue.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copyValue.setOnAction(e -> model.copyValue(selectedNode()));
        MenuItem copyPath = new MenuItem("Copy JSON path", new FontIcon(Feather.HASH));
        copyPath.setAccelerator(
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copyPath.setOnAction(e -> model.copyPath(selectedNode()));
        MenuItem expandHere = new MenuItem("Expand all below");
        expandHere.setOnAction(e -> expand(table.getSelectionModel().getSelectedItem()));
        table.setContextMenu(new ContextMenu(copyValue, copyPath, expandHere));
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                if (e.isShiftDown()) {
                    model.copyPath(selectedNode());
                } else {
                    model.copyValue(selectedNode());
                }
                e.consume();
            }
        });
    }

    private void showRoot(ConfigNode root) {
        if (root == null) {
            table.setRoot(null);
            Label placeholder = new Label();
            placeholder.setId("treePlaceholder");
            placeholder.getStyleClass().add("placeholder-text");
            placeholder.textProperty().bind(model.placeholderProperty());
            table.setPlaceholder(placeholder);
            return;
        }
        LazyConfigTreeItem item = new LazyConfigTreeItem(root);
        item.setExpanded(true);
        table.setRoot(item);
        table.getSelectionModel().clearSelection();
        table.getFocusModel().focus(-1);
    }

    private void reveal(JsonPath path) {
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

    private ConfigNode selectedNode() {
        TreeItem<ConfigNode> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    public void expandAll() {
        expand(table.getRoot());
    }

    /** Expands {@code item} and everything below it. */
    private void expand(TreeItem<ConfigNode> item) {
        if (item != null) {
            detachedWhile(() -> expandBelow(item));
        }
    }

    private static void expandBelow(TreeItem<ConfigNode> item) {
        if (!item.isLeaf()) {
            item.setExpanded(true);
            item.getChildren().forEach(ConfigTreeView::expandBelow);
        }
    }

    public void collapseAll() {
        TreeItem<ConfigNode> root = table.getRoot();
        if (root != null) {
            detachedWhile(() -> {
                collapse(root);
                root.setExpanded(true);
            });
        }
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

    private static void collapse(TreeItem<ConfigNode> item) {
        if (item instanceof LazyConfigTreeItem lazy && lazy.childrenBuilt()) {
            item.getChildren().forEach(ConfigTreeView::collapse);
        }
        item.setExpanded(false);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static Button iconButton(String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
