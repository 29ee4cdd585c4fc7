package io.connectorexplorer.ui.compare;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.diff.DiffPath;
import io.connectorexplorer.core.diff.DiffTree;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The two sides as one tree: mark | member | left | right. Rows are made as they are opened; F7 opens the way to a
 * difference, selects it and puts it in view. Ctrl+C copies the selected row's path.
 */
final class DiffTreeTable extends TreeTableView<DiffTree.Node> {

    private final CompareViewModel compare;
    private final DiffTreeViewModel model;

    DiffTreeTable(CompareViewModel compare) {
        this.compare = compare;
        this.model = compare.diffTree();
        setId("compareTree");
        getStyleClass().add(Styles.DENSE);
        setShowRoot(false);
        setPrefWidth(600);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<DiffTree.Node, DiffTree.Node> left = DiffCells.valueColumn("compareLeftColumn", true);
        left.textProperty().bind(compare.leftNameProperty().map(name -> "Left: " + name));
        TreeTableColumn<DiffTree.Node, DiffTree.Node> right = DiffCells.valueColumn("compareRightColumn", false);
        right.textProperty().bind(compare.rightNameProperty().map(name -> "Right: " + name));
        TreeTableColumn<DiffTree.Node, String> member = DiffCells.memberColumn();
        getColumns().setAll(List.of(DiffCells.markColumn(), member, left, right));
        // The arrows and the indentation go with the members, the marks stay in a column of their own.
        setTreeColumn(member);
        setRowFactory(t -> new DiffCells.Row());
        MenuItem copyPath = new MenuItem("Copy path");
        copyPath.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copyPath.setOnAction(e -> model.copyPath(selectedNode()));
        MenuItem next = new MenuItem("Next difference");
        next.setAccelerator(new KeyCodeCombination(KeyCode.F7));
        next.setOnAction(e -> model.nextDifference());
        MenuItem previous = new MenuItem("Previous difference");
        previous.setAccelerator(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN));
        previous.setOnAction(e -> model.previousDifference());
        setContextMenu(new ContextMenu(copyPath, next, previous));
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.C) {
                model.copyPath(selectedNode());
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.setId("comparePlaceholder");
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(compare.placeholderProperty());
        setPlaceholder(placeholder);
        getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, item) -> model.select(item == null ? null : item.getValue()));
        model.treeProperty().addListener((obs, old, tree) -> showTree(model.getStart()));
        model.differencesOnlyProperty().addListener((obs, was, on) -> showTree(selectedPath()));
        model.revealProperty().addListener((obs, old, path) -> {
            if (path != null) {
                reveal(path);
                requestFocus();
            }
        });
        showTree(null);
    }

    /** Draws the model's tree afresh (a new comparison, differences only), keeping {@code keep} selected if shown. */
    private void showTree(DiffPath keep) {
        DiffTree tree = model.getTree();
        if (tree == null) {
            setRoot(null);
            return;
        }
        DiffTreeItem root = new DiffTreeItem(tree.root(), model.isDifferencesOnly(), model.getOpened());
        root.setExpanded(true);
        setRoot(root);
        getSelectionModel().clearSelection();
        getFocusModel().focus(0);
        if (keep != null) {
            reveal(keep);
        }
    }

    /** Opens the way to {@code path} (as far as it is shown), selects it and scrolls it into view. */
    private void reveal(DiffPath path) {
        TreeItem<DiffTree.Node> item = getRoot();
        if (item == null) {
            return;
        }
        // Nothing selected while the way opens: the selection and focus models would re-locate their row at each step.
        getSelectionModel().clearSelection();
        getFocusModel().focus(-1);
        for (DiffPath.Segment segment : path.segments()) {
            item.setExpanded(true);
            TreeItem<DiffTree.Node> child = item.getChildren().stream()
                    .filter(c -> segment.equals(c.getValue().path().last()))
                    .findFirst()
                    .orElse(null);
            if (child == null) {
                break;
            }
            item = child;
        }
        if (item == getRoot()) {
            return;
        }
        getSelectionModel().select(item);
        int row = getRow(item);
        getFocusModel().focus(row);
        if (row >= 0) {
            scrollTo(Math.max(0, row - 3));
        }
    }

    private DiffTree.Node selectedNode() {
        TreeItem<DiffTree.Node> item = getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private DiffPath selectedPath() {
        DiffTree.Node node = selectedNode();
        return node == null ? null : node.path();
    }
}
