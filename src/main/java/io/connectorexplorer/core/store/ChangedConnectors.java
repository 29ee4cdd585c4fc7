package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which connectors changed between two listings of a target ({@link ConnectorListDocument}s): a connector type whose
 * configuration in DescribeConnectors differs by meaning, or a custom connector whose entry (version, modes, name, …)
 * differs. Connectors only in one of the two are not "changed": they came or went.
 */
public final class ChangedConnectors {

    private ChangedConnectors() {}

    public static Set<ConnectorKey> between(JsonNode before, JsonNode after) {
        Map<ConnectorKey, JsonNode> old = entries(before);
        Map<ConnectorKey, JsonNode> now = entries(after);
        Set<ConnectorKey> changed = new LinkedHashSet<>();
        now.forEach((key, entry) -> {
            JsonNode was = old.get(key);
            if (was != null && !ConfigurationDiff.equivalent(was, entry)) {
                changed.add(key);
            }
        });
        return changed;
    }

    /** Each connector's part of a listing: an Amazon type's configuration, a custom connector's entries merged. */
    private static Map<ConnectorKey, JsonNode> entries(JsonNode listing) {
        Map<ConnectorKey, JsonNode> entries = new LinkedHashMap<>();
        JsonNode described = listing.path("describeConnectors");
        described
                .path("connectorConfigurations")
                .fields()
                .forEachRemaining(e -> entries.put(ConnectorKey.amazon(e.getKey()), e.getValue()));
        for (JsonNode list : new JsonNode[] {
            described.path("connectors"), listing.path("listConnectors").path("connectors")
        }) {
            for (JsonNode detail : list) {
                String label = detail.path("connectorLabel").asText("");
                if (!label.isEmpty()) {
                    // The same connector in both listings: its entries together, so either changing counts.
                    ConnectorKey key = ConnectorKey.custom(label);
                    JsonNode before = entries.get(key);
                    if (before == null) {
                        entries.put(key, detail);
                    } else {
                        var both = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                        if (before.isArray()) {
                            both.addAll((com.fasterxml.jackson.databind.node.ArrayNode) before);
                        } else {
                            both.add(before);
                        }
                        both.add(detail);
                        entries.put(key, both);
                    }
                }
            }
        }
        return entries;
    }
}
