package io.connectorexplorer.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.Timestamps;
import io.connectorexplorer.core.json.WireSchema;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what the service returned into the document {@code aws appflow describe-connector} prints:
 * {@code {"connectorConfiguration": {...}}}, member names and order as returned, timestamps as ISO-8601
 * UTC, null structure members left out (as the CLI does). Members and values the SDK does not know are
 * kept: they are the one allowed difference from the CLI, which drops them.
 */
public final class DescribeOutput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final WireSchema configurationSchema;
    private final Function<String, WireSchema> responseSchemas;

    /** Without the shapes of other operations' responses: {@link #responseText} then keeps timestamps as sent. */
    public DescribeOutput(WireSchema configurationSchema) {
        this(configurationSchema, operation -> WireSchema.UNKNOWN);
    }

    /** {@code responseSchemas}: the shape of an operation's whole response, by operation name (ListFlows, …). */
    public DescribeOutput(WireSchema configurationSchema, Function<String, WireSchema> responseSchemas) {
        this.configurationSchema = configurationSchema;
        this.responseSchemas = responseSchemas;
    }

    /**
     * Any operation's response — a listing's pages merged — as {@code aws appflow <operation>} prints it: timestamps
     * ISO-8601 UTC, null structure members left out, everything else as the service sent it.
     */
    public ObjectNode response(String operation, JsonNode response) {
        JsonNode out = normalize(response, responseSchemas.apply(operation));
        return out.isObject() ? (ObjectNode) out : NODES.objectNode();
    }

    public String responseText(String operation, JsonNode response) {
        return JsonFormat.pretty(response(operation, response));
    }

    public ObjectNode document(ConnectorDescription description) {
        ObjectNode root = NODES.objectNode();
        root.set("connectorConfiguration", normalize(description.configuration(), configurationSchema));
        return root;
    }

    /** Every connector of an account: {@code {"connectorConfigurations": [ {...}, ... ]}} in list order. */
    public ObjectNode allDocument(List<ConnectorDescription> descriptions) {
        ObjectNode root = NODES.objectNode();
        ArrayNode array = root.putArray("connectorConfigurations");
        descriptions.forEach(d -> array.add(normalize(d.configuration(), configurationSchema)));
        return root;
    }

    public String text(ConnectorDescription description) {
        return JsonFormat.pretty(document(description));
    }

    public String allText(List<ConnectorDescription> descriptions) {
        return JsonFormat.pretty(allDocument(descriptions));
    }

    static JsonNode normalize(JsonNode node, WireSchema schema) {
        if (node == null || node.isNull()) {
            return NODES.nullNode();
        }
        if (schema instanceof WireSchema.Structure structure && node.isObject()) {
            ObjectNode out = NODES.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    out.set(e.getKey(), normalize(e.getValue(), structure.member(e.getKey())));
                }
            });
            return out;
        }
        if (schema instanceof WireSchema.MapOf map && node.isObject()) {
            ObjectNode out = NODES.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), normalize(e.getValue(), map.value())));
            return out;
        }
        if (schema instanceof WireSchema.ListOf list && node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(element -> out.add(normalize(element, list.member())));
            return out;
        }
        if (schema instanceof WireSchema.Timestamp && node.isNumber()) {
            return NODES.textNode(Timestamps.isoUtc(node.decimalValue()));
        }
        return node.deepCopy();
    }
}
