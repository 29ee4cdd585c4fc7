package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.ui.common.Moments;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The connections of the connector shown: name, then mode, private-connection state and when last updated. */
final class ConnectionListView extends VBox {

    private final ListView<ConnectionSummary> list = new ListView<>();

    ConnectionListView(ConnectionsViewModel model, Runnable toEntities) {
        Label title = new Label();
        title.setId("connectionsTitle");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(model.titleProperty());
        HBox header = new HBox(8, title);
        header.getStyleClass().add("pane-header");
        list.setId("connectionList");
        list.setItems(model.getConnections());
        list.setCellFactory(v -> new ConnectionCell());
        Label placeholder = new Label();
        placeholder.setId("connectionListPlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != model.selectedProperty().get()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                toEntities.run();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private static final class ConnectionCell extends ListCell<ConnectionSummary> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, name, detail);

        ConnectionCell() {
            name.getStyleClass().add("connection-name");
            detail.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(ConnectionSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(item.name());
            StringBuilder b =
                    new StringBuilder(item.connectionMode().isEmpty() ? "mode not stated" : item.connectionMode());
            if (!item.privateConnectionStatus().isEmpty()) {
                b.append(" · private connection ").append(item.privateConnectionStatus());
            }
            item.lastUpdatedAt()
                    .or(item::createdAt)
                    .ifPresent(t -> b.append(" · updated ").append(Moments.shown(t)));
            detail.setText(b.toString());
            setText(null);
            setGraphic(box);
        }
    }
}
