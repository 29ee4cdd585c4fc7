package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AppFlow call as it reached the endpoint: the HTTP method, the operation its path names, its JSON body, and
 * its headers (read-only, looked up ignoring case).
 */
public record AppFlowRequest(String method, String operation, JsonNode body, Map<String, List<String>> headers) {

    /** Reads a call off an exchange; empty when its body is not JSON, which the service answers with a 400. */
    public static Optional<AppFlowRequest> read(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body;
        try {
            body = bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : JsonFormat.parse(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
        // The exchange's own headers, behind a read-only view, so that lookups keep ignoring case.
        return Optional.of(new AppFlowRequest(
                exchange.getRequestMethod(),
                operationOf(exchange),
                body,
                Collections.unmodifiableMap(exchange.getRequestHeaders())));
    }

    /** The operation a request's path names, such as "DescribeConnector"; the path itself when it names none. */
    public static String operationOf(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return switch (path) {
            case "/describe-connectors" -> "DescribeConnectors";
            case "/list-connectors" -> "ListConnectors";
            case "/describe-connector" -> "DescribeConnector";
            case "/create-connector-profile" -> "CreateConnectorProfile";
            case "/describe-connector-profiles" -> "DescribeConnectorProfiles";
            case "/list-connector-entities" -> "ListConnectorEntities";
            case "/describe-connector-entity" -> "DescribeConnectorEntity";
            case "/reset-connector-metadata-cache" -> "ResetConnectorMetadataCache";
            case "/list-flows" -> "ListFlows";
            case "/describe-flow" -> "DescribeFlow";
            default -> path;
        };
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
