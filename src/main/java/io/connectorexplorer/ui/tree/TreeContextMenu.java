package io.connectorexplorer.ui.tree;

import io.connectorexplorer.core.tree.ConfigNode;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tree's context menu: copy the selected node's value or JSON path, or expand everything below it. */
final class TreeContextMenu extends ContextMenu {

    TreeContextMenu(ConfigTreeViewModel model, Supplier<ConfigNode> selected, Runnable expandBelowSelected) {
        MenuItem copyValue = new MenuItem("Copy value", new FontIcon(Feather.COPY));
        copyValue.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copyValue.setOnAction(e -> model.copyValue(selected.get()));
        MenuItem copyPath = new MenuItem("Copy JSON path", new FontIcon(Feather.HASH));
        copyPath.setAccelerator(
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copyPath.setOnAction(e -> model.copyPath(selected.get()));
        MenuItem expandHere = new MenuItem("Expand all below");
        expandHere.setOnAction(e -> expandBelowSelected.run());
        getItems().addAll(copyValue, copyPath, expandHere);
    }
}
