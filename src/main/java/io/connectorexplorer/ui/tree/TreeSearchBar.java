package io.connectorexplorer.ui.tree;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tree pane's header: its title, the search box with the match count, and the expand and collapse buttons. */
final class TreeSearchBar extends HBox {

    private final CustomTextField search = new CustomTextField();

    /** @param leaveSearch moves the focus on when Escape has cleared the search */
    TreeSearchBar(
            ConfigTreeViewModel model, String heading, Runnable leaveSearch, Runnable expandAll, Runnable collapseAll) {
        super(8);
        Label title = new Label(heading);
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
                leaveSearch.run();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        Label matches = new Label();
        matches.setId("treeMatches");
        matches.getStyleClass().add("muted");
        matches.textProperty().bind(model.matchTextProperty());
        Button expand = iconButton("expandAllButton", Feather.CHEVRONS_DOWN, "Expand all", expandAll);
        Button collapse = iconButton("collapseAllButton", Feather.CHEVRONS_UP, "Collapse all", collapseAll);
        getChildren().addAll(title, search, matches, expand, collapse);
        getStyleClass().add("pane-header");
        setAlignment(Pos.CENTER_LEFT);
    }

    void focusSearch() {
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
