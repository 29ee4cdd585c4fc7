package io.connectorexplorer.ui.connection;

import atlantafx.base.controls.CustomTextField;
import io.connectorexplorer.core.connection.EntitySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The entities of the connection chosen, grouped as the service groups them, with a filter box, the API version picker
 * when the connector has several, and progress with Cancel while pages come; an entity with nested entities opens to
 * read them.
 */
final class EntityTreeView extends VBox {

    private final CustomTextField filter = new CustomTextField();
    private final TreeView<EntitySummary> tree = new TreeView<>();
    private final EntitiesViewModel model;

    EntityTreeView(EntitiesViewModel model, ConnectionExportViewModel export, Runnable toFields) {
        this.model = model;
        Label title = new Label("Entities");
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        ComboBox<String> version = new ComboBox<>(model.getApiVersions());
        version.setId("apiVersionPicker");
        version.valueProperty().bindBidirectional(model.apiVersionProperty());
        version.visibleProperty()
                .bind(javafx.beans.binding.Bindings.size(model.getApiVersions()).greaterThan(1));
        version.managedProperty().bind(version.visibleProperty());
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshMetadataButton");
        refresh.setTooltip(new Tooltip(
                "Refresh metadata: have AppFlow read the entity list — or the chosen entity's fields — from the"
                        + " application again"));
        refresh.setOnAction(e -> model.refreshMetadata());
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button save = new Button(null, new FontIcon(Feather.DOWNLOAD));
        save.setId("saveEntitiesButton");
        save.setTooltip(new Tooltip("Save the entities as JSON, as list-connector-entities prints them"));
        save.setOnAction(e -> export.saveEntities());
        save.setMinWidth(Button.USE_PREF_SIZE);
        HBox header = new HBox(8, title, version, gap, refresh, save);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        filter.setId("entityFilter");
        filter.setPromptText("Filter entities");
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        progress.setId("entityProgress");
        progress.textProperty().bind(model.progressProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancelEntitiesButton");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(6, spinner, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        tree.setId("entityTree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new EntityCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            EntitySummary chosen = item == null ? null : item.getValue();
            model.selectedProperty().set(chosen != null && !chosen.name().isEmpty() ? chosen : null);
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                toFields.run();
                e.consume();
            }
        });
        model.entitiesProperty().addListener((obs, old, now) -> rebuild());
        model.filterProperty().addListener((obs, old, now) -> rebuild());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setMargin(filter, new javafx.geometry.Insets(0, 8, 4, 8));
        getChildren().addAll(header, filter, running, new javafx.scene.layout.StackPane(tree, placeholder));
        placeholder.visibleProperty().bind(tree.rootProperty().isNull());
        placeholder.setMouseTransparent(true);
        VBox.setVgrow(getChildren().get(getChildren().size() - 1), Priority.ALWAYS);
    }

    /** The tree again from what was read and the filter: groups, then the entities that match in each. */
    private void rebuild() {
        List<EntitySummary> all = model.entitiesProperty().get();
        String text = model.filterProperty().get() == null
                ? ""
                : model.filterProperty().get().strip().toLowerCase(Locale.ROOT);
        Map<String, TreeItem<EntitySummary>> groups = new LinkedHashMap<>();
        for (EntitySummary entity : all) {
            if (!text.isEmpty()
                    && !entity.name().toLowerCase(Locale.ROOT).contains(text)
                    && !entity.label().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            groups.computeIfAbsent(entity.group(), g -> {
                        TreeItem<EntitySummary> group = new TreeItem<>(new EntitySummary(g, "", g, "", false, null));
                        group.setExpanded(true);
                        return group;
                    })
                    .getChildren()
                    .add(new NestedEntityItem(entity, model));
        }
        TreeItem<EntitySummary> root = new TreeItem<>();
        root.getChildren().setAll(groups.values());
        if (groups.isEmpty()) {
            root.getChildren()
                    .add(new TreeItem<>(new EntitySummary("", "", "No entity matches the filter", "", false, null)));
        }
        tree.setRoot(all.isEmpty() ? null : root);
    }

    void focusTree() {
        tree.requestFocus();
        if (tree.getSelectionModel().isEmpty()) {
            tree.getSelectionModel().selectFirst();
        }
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
