package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** An answer in AppFlow's REST-JSON form: a status, headers on top of the usual ones, and a body (empty: none). */
public record AppFlowResponse(int status, Map<String, String> headers, byte[] body) {

    public static AppFlowResponse ok(JsonNode body) {
        return new AppFlowResponse(200, Map.of(), JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
    }

    /** An error as the service sends one: the type in the x-amzn-ErrorType header, the message in the body. */
    public static AppFlowResponse error(int status, String errorType, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("message", message);
        return new AppFlowResponse(
                status,
                Map.of("x-amzn-ErrorType", errorType),
                JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer to a request whose body is not JSON. */
    public static AppFlowResponse notJson() {
        return error(400, "SerializationException", "The request body is not valid JSON.");
    }

    /** Sends the answer as JSON with a fresh request id, unless its own headers say otherwise. */
    public void sendTo(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
