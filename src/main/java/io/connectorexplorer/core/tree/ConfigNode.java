package io.connectorexplorer.core.tree;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.Timestamps;
import io.connectorexplorer.core.json.WireSchema;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of a configuration as the tree shows it: a thin view over the wire JSON, so children cost
 * nothing until someone asks for them (a connector with thousands of parameters opens at once).
 */
public final class ConfigNode {

    public enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        BOOLEAN,
        NULL,
        TIMESTAMP
    }

    private final String name;
    private final JsonNode value;
    private final JsonPath path;
    private final WireSchema schema;

    public ConfigNode(String name, JsonNode value, JsonPath path, WireSchema schema) {
        this.name = name;
        this.value = value;
        this.path = path;
        this.schema = schema;
    }

    public static ConfigNode configurationRoot(JsonNode configuration, WireSchema schema) {
        return new ConfigNode(
                "connectorConfiguration", configuration, JsonPath.root().member("connectorConfiguration"), schema);
    }

    public String name() {
        return name;
    }

    public JsonNode value() {
        return value;
    }

    public JsonPath path() {
        return path;
    }

    public Kind kind() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Kind.NULL;
        }
        if (value.isObject()) {
            return Kind.OBJECT;
        }
        if (value.isArray()) {
            return Kind.ARRAY;
        }
        if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (value.isNumber()) {
            return schema instanceof WireSchema.Timestamp ? Kind.TIMESTAMP : Kind.NUMBER;
        }
        return Kind.STRING;
    }

    public boolean isContainer() {
        return kind() == Kind.OBJECT || kind() == Kind.ARRAY;
    }

    public int childCount() {
        return isContainer() ? value.size() : 0;
    }

    public List<ConfigNode> children() {
        if (!isContainer()) {
            return List.of();
        }
        List<ConfigNode> children = new ArrayList<>(value.size());
        if (value.isArray()) {
            WireSchema member = schema instanceof WireSchema.ListOf list ? list.member() : WireSchema.UNKNOWN;
            for (int i = 0; i < value.size(); i++) {
                children.add(new ConfigNode("[" + i + "]", value.get(i), path.index(i), member));
            }
        } else {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                children.add(
                        new ConfigNode(e.getKey(), e.getValue(), path.member(e.getKey()), childSchema(e.getKey())));
            }
        }
        return children;
    }

    /** The child at one path segment (a member name or an index), or null. */
    public ConfigNode child(Object segment) {
        if (segment instanceof Integer index
                && index >= 0
                && value != null
                && value.isArray()
                && index < value.size()) {
            WireSchema member = schema instanceof WireSchema.ListOf list ? list.member() : WireSchema.UNKNOWN;
            return new ConfigNode("[" + index + "]", value.get(index), path.index(index), member);
        }
        if (segment instanceof String member && value != null && value.isObject() && value.has(member)) {
            return new ConfigNode(member, value.get(member), path.member(member), childSchema(member));
        }
        return null;
    }

    private WireSchema childSchema(String member) {
        if (schema instanceof WireSchema.Structure structure) {
            return structure.member(member);
        }
        if (schema instanceof WireSchema.MapOf map) {
            return map.value();
        }
        return WireSchema.UNKNOWN;
    }

    /** What the value column shows. */
    public String displayValue(ZoneId zone) {
        return switch (kind()) {
            case OBJECT ->
                value.isEmpty() ? "{ }" : "{ " + value.size() + (value.size() == 1 ? " member }" : " members }");
            case ARRAY -> value.isEmpty() ? "[ ]" : "[ " + value.size() + (value.size() == 1 ? " item ]" : " items ]");
            case NULL -> "null";
            case STRING -> value.asText();
            case BOOLEAN, NUMBER -> value.asText();
            case TIMESTAMP -> Timestamps.local(value.decimalValue(), zone) + "  (" + value.asText() + ")";
        };
    }

    /** What "Copy value" puts on the clipboard: the plain text of a leaf, the JSON of a container. */
    public String copyText() {
        return switch (kind()) {
            case OBJECT, ARRAY -> JsonFormat.pretty(value).stripTrailing();
            case NULL -> "null";
            default -> value.asText();
        };
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
