package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.diff.DiffSummary;
import io.connectorexplorer.core.diff.Difference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which connectors changed between two listings of a target ({@link ConnectorListDocument}s): a connector type whose
 * configuration in DescribeConnectors differs by meaning, or a custom connector whose entry (version, modes, name, …)
 * differs in either DescribeConnectors or ListConnectors. Connectors only in one of the two are not "changed": they
 * came or went.
 */
public final class ChangedConnectors {

    private ChangedConnectors() {}

    public static Set<ConnectorKey> between(JsonNode before, JsonNode after) {
        return described(before, after).keySet();
    }

    /**
     * The connectors that changed, in the later listing's order, each with what changed in a few words:
     * "connectorVersion 3.1.0 → 3.2.0" for one value, else as {@link DiffSummary#inFewWords} says it.
     */
    public static Map<ConnectorKey, String> described(JsonNode before, JsonNode after) {
        Map<ConnectorKey, List<JsonNode>> old = entries(before);
        Map<ConnectorKey, String> changed = new LinkedHashMap<>();
        entries(after).forEach((key, now) -> {
            List<JsonNode> was = old.get(key);
            if (was == null) {
                return;
            }
            List<Difference> differences = new ArrayList<>();
            for (int i = 0; i < Math.min(was.size(), now.size()) && differences.isEmpty(); i++) {
                differences.addAll(ConfigurationDiff.between(was.get(i), now.get(i)));
            }
            if (!differences.isEmpty()) {
                changed.put(key, inWords(differences));
            } else if (was.size() != now.size()) {
                changed.put(key, "listed differently");
            }
        });
        return changed;
    }

    private static String inWords(List<Difference> differences) {
        if (differences.size() == 1) {
            Difference d = differences.get(0);
            if (d.kind() == Difference.Kind.CHANGED
                    && d.left().isValueNode()
                    && d.right().isValueNode()) {
                return DiffSummary.place(d.path()) + " " + d.left().asText() + " → "
                        + d.right().asText();
            }
        }
        return DiffSummary.inFewWords(differences);
    }

    /**
     * Each connector's parts of a listing: an Amazon type's configuration; a custom connector's entry in
     * DescribeConnectors and in ListConnectors, in that order, so either changing counts.
     */
    private static Map<ConnectorKey, List<JsonNode>> entries(JsonNode listing) {
        Map<ConnectorKey, List<JsonNode>> entries = new LinkedHashMap<>();
        JsonNode described = listing.path("describeConnectors");
        described
                .path("connectorConfigurations")
                .fields()
                .forEachRemaining(e -> entries.put(ConnectorKey.amazon(e.getKey()), List.of(e.getValue())));
        for (JsonNode list : new JsonNode[] {
            described.path("connectors"), listing.path("listConnectors").path("connectors")
        }) {
            for (JsonNode detail : list) {
                String label = detail.path("connectorLabel").asText("");
                if (!label.isEmpty()) {
                    entries.computeIfAbsent(ConnectorKey.custom(label), k -> new ArrayList<>())
                            .add(detail);
                }
            }
        }
        return entries;
    }
}
