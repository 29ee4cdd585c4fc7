package io.connectorexplorer.ui.shell;

import io.connectorexplorer.ui.common.LazyTab;
import io.connectorexplorer.ui.connection.ConnectionsView;
import io.connectorexplorer.ui.form.ConnectFormView;
import io.connectorexplorer.ui.tree.ConfigTreeView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tabs beside the connector list: Configuration (the tree, under the "changed" bar), Connect (the form) and
 * Connections. Connect and Connections are built when first selected: what the window does not show yet only slows its
 * first appearance.
 */
final class DetailTabs extends TabPane {

    static final int CONFIGURATION = 0;
    static final int CONNECT = 1;
    static final int CONNECTIONS = 2;

    private final Tab connectTab;
    private final Tab connectionsTab;
    private final ConfigTreeView treeView;
    private final MainView.Models m;
    private ConnectionsView connectionsView;

    DetailTabs(MainView.Models m, ConfigTreeView treeView) {
        this.m = m;
        this.treeView = treeView;
        ChangedBarView changed =
                new ChangedBarView(m.explorer().account().changedNoticeProperty(), m.canCompare(), m.showChanges());
        VBox configurationPane = new VBox(changed, treeView);
        VBox.setVgrow(treeView, Priority.ALWAYS);
        Tab configuration = tab("Configuration", "configurationTab", configurationPane);
        connectTab = LazyTab.of("Connect", "connectTab", () -> new ConnectFormView(m.connect(), m.create()));
        connectionsTab = LazyTab.of("Connections", "connectionsTab", () -> {
            connectionsView =
                    new ConnectionsView(m.connections(), m.connectionExport(), m.connectionDetails(), m.compareWith());
            return connectionsView;
        });
        getTabs().addAll(configuration, connectTab, connectionsTab);
        setId("detailTabs");
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    Tab connectTab() {
        return connectTab;
    }

    Tab connectionsTab() {
        return connectionsTab;
    }

    /**
     * Ctrl+F: on the Connections tab, its filters; from the other tabs, the configuration's search (the Connect tab
     * has nothing to find in).
     */
    void find() {
        if (getSelectionModel().getSelectedIndex() == CONNECTIONS && connectionsView != null) {
            connectionsView.find();
            return;
        }
        getSelectionModel().select(CONFIGURATION);
        treeView.focusSearch();
    }

    /** Shows the tab and puts the keyboard where its work is: the tree, the form's first field, the connections. */
    void open(int index) {
        getSelectionModel().select(index);
        switch (index) {
            case CONFIGURATION -> Platform.runLater(treeView::focusTree);
            case CONNECT -> Platform.runLater(m.connect()::revealFirst);
            default -> connectionsView.focusStart();
        }
    }
}
