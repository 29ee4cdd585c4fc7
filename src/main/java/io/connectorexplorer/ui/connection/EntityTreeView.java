package io.connectorexplorer.ui.connection;

import atlantafx.base.controls.CustomTextField;
import io.connectorexplorer.core.connection.EntitySummary;
import java.util.ArrayList;
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
    private final List<Group> groups = new ArrayList<>();
    private TreeItem<EntitySummary> root;
    /** The filter the groups hold the entities of, lower case; null before they were filled. */
    private String shown;

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
        refresh.disableProperty().bind(model.liveProperty().not());
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
        // One line per row, as the configuration trees (app.css): the rows are not measured one by one.
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
        model.filterProperty().addListener((obs, old, now) -> refilter());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setMargin(filter, new javafx.geometry.Insets(0, 8, 4, 8));
        getChildren().addAll(header, filter, running, new javafx.scene.layout.StackPane(tree, placeholder));
        placeholder.visibleProperty().bind(tree.rootProperty().isNull());
        placeholder.setMouseTransparent(true);
        VBox.setVgrow(getChildren().get(getChildren().size() - 1), Priority.ALWAYS);
    }

    /**
     * The tree from what was read: a group item per group, an item per entity (made once, kept for the filter), each
     * group holding the entities that match the filter.
     */
    private void rebuild() {
        List<EntitySummary> all = model.entitiesProperty().get();
        groups.clear();
        if (all.isEmpty()) {
            root = null;
            tree.setRoot(null);
            return;
        }
        Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
        for (EntitySummary entity : all) {
            byGroup.computeIfAbsent(entity.group(), g -> new ArrayList<>()).add(new Entry(entity, model));
        }
        byGroup.forEach((name, entries) -> {
            TreeItem<EntitySummary> item = new TreeItem<>(new EntitySummary(name, "", name, "", false, null));
            item.setExpanded(true);
            groups.add(new Group(item, List.copyOf(entries)));
        });
        root = new TreeItem<>();
        shown = null;
        fill(filterText());
        tree.setRoot(root);
    }

    /**
     * The filter changed: each group keeps the entities that match, from the items made when the entities were read —
     * as if the tree were made again (nothing selected, groups open, entities closed, at the top), without making
     * thousands of items and cells per key.
     */
    private void refilter() {
        if (root == null) {
            return;
        }
        String text = filterText();
        if (text.equals(shown)) {
            return;
        }
        tree.getSelectionModel().clearSelection();
        for (Group group : groups) {
            group.item.setExpanded(true);
            for (Entry entry : group.entries) {
                if (entry.item.isExpanded()) {
                    entry.item.setExpanded(false);
                }
            }
        }
        fill(text);
        tree.scrollTo(0);
    }

    /** Puts the entities that match {@code text} in their groups, and the groups with any under the root. */
    private void fill(String text) {
        shown = text;
        List<TreeItem<EntitySummary>> visible = new ArrayList<>(groups.size());
        for (Group group : groups) {
            List<TreeItem<EntitySummary>> matching = new ArrayList<>(group.entries.size());
            for (Entry entry : group.entries) {
                if (entry.matches(text)) {
                    matching.add(entry.item);
                }
            }
            // One change per group (not one per entity), and none when the same entities still match.
            if (!sameItems(group.item.getChildren(), matching)) {
                group.item.getChildren().setAll(matching);
            }
            if (!matching.isEmpty()) {
                visible.add(group.item);
            }
        }
        if (visible.isEmpty()) {
            visible.add(new TreeItem<>(new EntitySummary("", "", "No entity matches the filter", "", false, null)));
        }
        if (!sameItems(root.getChildren(), visible)) {
            root.getChildren().setAll(visible);
        }
    }

    private static boolean sameItems(List<TreeItem<EntitySummary>> now, List<TreeItem<EntitySummary>> next) {
        if (now.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != next.get(i)) {
                return false;
            }
        }
        return true;
    }

    private String filterText() {
        String text = model.filterProperty().get();
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** A group's item and its entities, in the order they were read. */
    private record Group(TreeItem<EntitySummary> item, List<Entry> entries) {}

    /** An entity's item, with its name and label in lower case once, for the filter. */
    private static final class Entry {
        final NestedEntityItem item;
        private final String name;
        private final String label;

        Entry(EntitySummary entity, EntitiesViewModel model) {
            item = new NestedEntityItem(entity, model);
            name = entity.name().toLowerCase(Locale.ROOT);
            label = entity.label().toLowerCase(Locale.ROOT);
        }

        boolean matches(String text) {
            return text.isEmpty() || name.contains(text) || label.contains(text);
        }
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
