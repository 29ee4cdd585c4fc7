package io.connectorexplorer.core.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the nodes whose member name or value contains a text, in the order the tree shows them. */
public final class ConfigSearch {

    private ConfigSearch() {}

    public static List<JsonPath> find(ConfigNode root, String query) {
        List<JsonPath> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        walk(root.value(), root.path(), null, needle, hits);
        return hits;
    }

    private static void walk(JsonNode node, JsonPath path, String name, String needle, List<JsonPath> hits) {
        boolean nameHit = name != null && name.toLowerCase(Locale.ROOT).contains(needle);
        boolean valueHit = node != null
                && node.isValueNode()
                && node.asText().toLowerCase(Locale.ROOT).contains(needle);
        boolean nullHit = node != null && node.isNull() && "null".contains(needle);
        if (nameHit || valueHit || nullHit) {
            hits.add(path);
        }
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                walk(e.getValue(), path.member(e.getKey()), e.getKey(), needle, hits);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path.index(i), null, needle, hits);
            }
        }
    }
}
