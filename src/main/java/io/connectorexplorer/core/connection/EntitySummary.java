package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity (a {@code ConnectorEntity} of ListConnectorEntities) in its group, as the service groups them;
 * {@code hasNestedEntities}: its children are asked for with its name as the {@code entitiesPath}.
 */
public record EntitySummary(
        String group, String name, String label, String description, boolean hasNestedEntities, JsonNode json) {

    /** The entities of a {@code list-connector-entities} response, group by group in its order. */
    public static List<EntitySummary> of(JsonNode response) {
        List<EntitySummary> all = new ArrayList<>();
        response.path("connectorEntityMap").fields().forEachRemaining(group -> {
            for (JsonNode e : group.getValue()) {
                all.add(new EntitySummary(
                        group.getKey(),
                        e.path("name").asText(""),
                        e.path("label").asText(""),
                        e.path("description").asText(""),
                        e.path("hasNestedEntities").asBoolean(false),
                        e));
            }
        });
        return all;
    }

    /** The label when the service gave one, else the name. */
    public String displayName() {
        return label.isEmpty() ? name : label;
    }
}
