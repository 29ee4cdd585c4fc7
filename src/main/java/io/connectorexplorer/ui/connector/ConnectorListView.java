package io.connectorexplorer.ui.connector;

import atlantafx.base.controls.CustomTextField;
import io.connectorexplorer.core.connector.ConnectorSummary;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left pane: a filter box over the list of connectors. */
public final class ConnectorListView extends VBox {

    private final CustomTextField filter = new CustomTextField();
    private final ListView<ConnectorSummary> list = new ListView<>();
    /** Held: it tells the view model which rows are on screen after every layout. */
    @SuppressWarnings("unused")
    private final ShownRowsReporter shownRows;

    public ConnectorListView(ConnectorListViewModel model) {
        setId("connectorPane");
        Label title = new Label("Connectors");
        title.getStyleClass().add("pane-title");
        Label count = new Label();
        count.setId("connectorCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countTextProperty());
        HBox header = new HBox(8, title, count);
        header.getStyleClass().add("pane-header");

        filter.setId("connectorFilter");
        filter.setPromptText("Filter connectors (Ctrl+L)");
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        VBox.setMargin(filter, new javafx.geometry.Insets(0, 8, 8, 8));

        list.setId("connectorList");
        list.setItems(model.getVisible());
        list.setCellFactory(v -> new ConnectorCell(model::isFillingFlags, model.getChanged()));
        model.getChanged().addListener((javafx.collections.SetChangeListener<Object>) c -> list.refresh());
        // "…" (still loading) becomes "?" (not known) in a row whose describe failed, or in every row when no lookup.
        model.getUndescribed().addListener((javafx.collections.SetChangeListener<Object>) c -> list.refresh());
        model.fillingFlagsProperty().addListener((obs, was, filling) -> list.refresh());
        shownRows = new ShownRowsReporter(list, model);
        Label placeholder = new Label();
        placeholder.setId("connectorListPlaceholder");
        placeholder
                .textProperty()
                .bind(Bindings.when(model.loadingProperty())
                        .then("Loading connectors…")
                        .otherwise("No connectors"));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.setSelected(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
                // The same connector with its badges filled in stays where the user sees it; another one is shown.
                if (old == null || !old.key().equals(item.key())) {
                    list.scrollTo(item);
                }
            }
        });
        getChildren().addAll(header, filter, list);
        setMinWidth(240);
        setPrefWidth(360);
    }

    /** Where keyboard focus rests in the list: the rows when there are any, else the filter. */
    public Node focusHome() {
        return list.getItems().isEmpty() ? filter : list;
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
