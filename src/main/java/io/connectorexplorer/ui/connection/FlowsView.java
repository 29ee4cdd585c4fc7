package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.FlowSummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.ui.common.Moments;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "Used by": the flows that use the connector (or the connection chosen): name, status, trigger, the other side. */
final class FlowsView extends VBox {

    FlowsView(FlowsViewModel model, Supplier<io.connectorexplorer.core.connection.ConnectionSummary> chosen) {
        Label title = new Label();
        title.setId("flowsTitle");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button narrow = new Button("Only this connection");
        narrow.setId("flowsOfConnectionButton");
        narrow.setTooltip(new Tooltip("Only the flows that use the connection chosen (describes each flow)"));
        narrow.setOnAction(e -> model.narrowTo(chosen.get()));
        narrow.setMinWidth(Button.USE_PREF_SIZE);
        Button all = new Button("All");
        all.setId("flowsOfConnectorButton");
        all.setOnAction(e -> model.widen());
        all.setMinWidth(Button.USE_PREF_SIZE);
        HBox header = new HBox(8, title, narrow, all);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        TableView<FlowSummary> table = new TableView<>(model.getFlows());
        table.setId("flowsTable");
        table.getColumns().add(column("Name", FlowSummary::name, 280));
        table.getColumns().add(column("Status", FlowSummary::status, 90));
        table.getColumns().add(column("Trigger", FlowSummary::triggerType, 100));
        table.getColumns().add(column("Source", f -> name(f.source()), 140));
        table.getColumns().add(column("Destination", f -> name(f.destination()), 140));
        table.getColumns()
                .add(column(
                        "Last run",
                        f -> f.lastRunStatus()
                                + f.lastRunAt()
                                        .map(t -> " · " + Moments.shown(t))
                                        .orElse(""),
                        160));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.copyName(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.copyName(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    private static String name(ConnectorKey key) {
        return key == null ? "" : key.label().orElse(key.connectorType());
    }

    private static TableColumn<FlowSummary, String> column(
            String heading, Function<FlowSummary, String> value, int width) {
        TableColumn<FlowSummary, String> c = new TableColumn<>(heading);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
