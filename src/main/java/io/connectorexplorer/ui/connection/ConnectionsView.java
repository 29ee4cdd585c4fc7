package io.connectorexplorer.ui.connection;

import io.connectorexplorer.ui.common.LazyTab;
import io.connectorexplorer.ui.common.Once;
import io.connectorexplorer.ui.tree.ConfigTreeView;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Connections tab: the connections of the connector shown above the entities of the one chosen, beside the fields
 * of the entity chosen — or the connection's details (its ARN, mode, credentials ARN and properties as a tree). Enter
 * moves on: connection → entities → fields; Escape stops reading entities.
 */
public final class ConnectionsView extends SplitPane {

    private final ConnectionListView connections;
    private final EntityTreeView entities;
    private final FieldsTableView fields;
    private final TabPane right;

    /**
     * {@code details}: a tree model of its own for the chosen connection's details; {@code compare}: Compare with…
     * (Ctrl+D), which on this tab compares the fields shown.
     */
    public ConnectionsView(
            ConnectionsViewModel model,
            ConnectionExportViewModel export,
            ConfigTreeViewModel details,
            Runnable compare) {
        setId("connectionsView");
        fields = new FieldsTableView(model.fields(), export, compare);
        entities = new EntityTreeView(model.entities(), export, this::toFields);
        connections = new ConnectionListView(model, this::toEntities);
        SplitPane left = new SplitPane(connections, entities);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.34);
        Tab fieldsTab = new Tab("Fields", fields);
        fieldsTab.setId("fieldsTab");
        // The connection's details and its flows are made when their tab is first opened: a tree table and a table
        // more to style and skin made the Connections tab's first opening 20-30 % slower.
        Tab detailsTab = LazyTab.of("Connection", "connectionDetailsTab", () -> {
            ConfigTreeView detailsTree = new ConfigTreeView(details, "Connection");
            detailsTree.prefixIds("connection");
            return detailsTree;
        });
        Tab flowsTab =
                LazyTab.of("Used by", "usedByTab", () -> new FlowsView(model.flows(), model.selectedProperty()::get));
        flowsTab.selectedProperty()
                .addListener((obs, was, shown) -> model.flows().setVisible(shown));
        right = new TabPane(fieldsTab, detailsTab, flowsTab);
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().addAll(left, right);
        setDividerPositions(0.38);
        SplitPane.setResizableWithParent(left, false);
        model.selectedProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                details.showNothing("Choose a connection to see its details.");
            } else {
                details.showDocument("connectorProfile", chosen.json(), model.connectionSchema());
            }
        });
        details.showNothing("Choose a connection to see its details.");
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE
                    && model.entities().runningProperty().get()) {
                model.entities().cancel();
                e.consume();
            }
        });
    }

    /** Where the keyboard starts when the tab opens (Ctrl+3): the connections. */
    public void focusStart() {
        if (connections.getScene() != null) {
            Platform.runLater(connections::focusList);
            return;
        }
        // Built just now: the tab pane puts it in the scene at its next layout, and focus asked before is lost.
        Once.when(
                connections.sceneProperty(),
                scene -> scene != null,
                scene -> Platform.runLater(connections::focusList));
    }

    /** Ctrl+F on this tab: the fields' filter when the keyboard is in the fields, else the entities'. */
    public void find() {
        javafx.scene.Node at = getScene() == null ? null : getScene().getFocusOwner();
        while (at != null && at != fields) {
            at = at.getParent();
        }
        if (at == fields) {
            fields.focusFilter();
        } else {
            entities.focusFilter();
        }
    }

    private void toEntities() {
        entities.focusTree();
    }

    private void toFields() {
        right.getSelectionModel().select(0);
        fields.focusTable();
    }
}
