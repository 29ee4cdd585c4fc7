package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.EntitySummary;
import javafx.scene.control.TreeItem;

/**
 * An entity in the tree; one with nested entities reads them the first time it is opened (a "Reading…" row until they
 * come, a row that says why if they cannot be read — closing and opening it again tries again).
 */
final class NestedEntityItem extends TreeItem<EntitySummary> {

    private boolean asked;

    NestedEntityItem(EntitySummary entity, EntitiesViewModel model) {
        super(entity);
        if (entity.hasNestedEntities()) {
            getChildren().add(note("Reading…"));
            expandedProperty().addListener((obs, was, open) -> {
                if (open && !asked) {
                    asked = true;
                    model.children(
                            entity,
                            found -> getChildren()
                                    .setAll(
                                            found.isEmpty()
                                                    ? java.util.List.of(note("No entities in " + entity.displayName()))
                                                    : found.stream()
                                                            .map(e -> (TreeItem<EntitySummary>)
                                                                    new NestedEntityItem(e, model))
                                                            .toList()),
                            why -> {
                                asked = false;
                                getChildren().setAll(note(why + " — close and open to try again"));
                            });
                }
            });
        }
    }

    private static TreeItem<EntitySummary> note(String text) {
        return new TreeItem<>(new EntitySummary("", "", text, "", false, null));
    }

    @Override
    public boolean isLeaf() {
        return !getValue().hasNestedEntities();
    }
}
