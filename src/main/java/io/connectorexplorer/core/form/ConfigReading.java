package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of DescribeConnector JSON: a member that is missing or of another type reads as absent. */
final class ConfigReading {

    private ConfigReading() {}

    static String text(JsonNode node, String member) {
        JsonNode v = node == null ? null : node.get(member);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? v.textValue() : null;
    }

    static boolean flag(JsonNode node, String member) {
        JsonNode v = node == null ? null : node.get(member);
        return v != null && v.isBoolean() && v.booleanValue();
    }

    static List<String> texts(JsonNode node, String member) {
        List<String> list = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(member);
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isTextual() && !list.contains(item.textValue())) {
                    list.add(item.textValue());
                }
            });
        }
        return list;
    }

    static List<JsonNode> objects(JsonNode node, String member) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(member);
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isObject()) {
                    list.add(item);
                }
            });
        }
        return list;
    }
}
