package io.connectorexplorer.ui.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The picker's named selections and its last one, in the settings as JSON of profile and region names — never anything
 * secret. A value that cannot be read is as good as none.
 */
final class SavedSelections {

    static final String SAVED = "inventory.selections";
    static final String LAST = "inventory.selection.last";

    private final Settings settings;

    SavedSelections(Settings settings) {
        this.settings = settings;
    }

    /** The names, in the order they were first saved. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        saved().fieldNames().forEachRemaining(names::add);
        return names;
    }

    Optional<TargetSelection> get(String name) {
        JsonNode selection = saved().get(name);
        return selection == null || !selection.isObject()
                ? Optional.empty()
                : Optional.of(TargetSelection.fromJson(selection));
    }

    /** Saves {@code selection} as {@code name}, replacing one of that name. */
    void put(String name, TargetSelection selection) {
        ObjectNode all = saved();
        all.set(name, selection.toJson());
        settings.put(SAVED, JsonFormat.compact(all));
    }

    void remove(String name) {
        ObjectNode all = saved();
        all.remove(name);
        settings.put(SAVED, JsonFormat.compact(all));
    }

    Optional<TargetSelection> last() {
        return settings.get(LAST).flatMap(SavedSelections::parse).map(TargetSelection::fromJson);
    }

    void setLast(TargetSelection selection) {
        settings.put(LAST, JsonFormat.compact(selection.toJson()));
    }

    private ObjectNode saved() {
        return settings.get(SAVED)
                .flatMap(SavedSelections::parse)
                .filter(JsonNode::isObject)
                .map(ObjectNode.class::cast)
                .orElseGet(JsonNodeFactory.instance::objectNode);
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(JsonFormat.parse(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
