package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A target's connectors as one document to record: {@code {"describeConnectors": {...}, "listConnectors": {...}}},
 * each operation's pages merged as the AWS CLI prints a paginated result — objects' members gathered, arrays joined
 * in page order — without {@code nextToken}, which changes from call to call and would make every read look like a
 * change. Members, values and their order are otherwise as the service sent them.
 */
public final class ConnectorListDocument {

    private static final String NEXT_TOKEN = "nextToken";

    private ConnectorListDocument() {}

    public static ObjectNode of(List<JsonNode> describeConnectorsPages, List<JsonNode> listConnectorsPages) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("describeConnectors", merged(describeConnectorsPages));
        document.set("listConnectors", merged(listConnectorsPages));
        return document;
    }

    /** The pages of one operation as one result. */
    static ObjectNode merged(List<JsonNode> pages) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (JsonNode page : pages) {
            if (page == null || !page.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = page.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getKey().equals(NEXT_TOKEN)) {
                    add(result, member.getKey(), member.getValue());
                }
            }
        }
        return result;
    }

    private static void add(ObjectNode result, String name, JsonNode value) {
        JsonNode before = result.get(name);
        if (before instanceof ArrayNode joined && value.isArray()) {
            value.forEach(element -> joined.add(element.deepCopy()));
        } else if (before instanceof ObjectNode gathered && value.isObject()) {
            value.fields()
                    .forEachRemaining(m -> gathered.set(m.getKey(), m.getValue().deepCopy()));
        } else {
            result.set(name, value.deepCopy());
        }
    }
}
