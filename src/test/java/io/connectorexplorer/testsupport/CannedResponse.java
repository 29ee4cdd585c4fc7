package io.connectorexplorer.testsupport;

import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.infra.demo.AppFlowResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A response for a {@link TestAppFlowEndpoint} to send as-is; or, with a {@link BodyWriter}, a status line and
 * headers announcing {@code declaredLength} bytes (0: chunked) and a body the writer produces — honouring that
 * length or not.
 */
public record CannedResponse(
        int status, Map<String, String> headers, byte[] body, long declaredLength, BodyWriter writer) {

    /** Writes a response body itself, for faults a whole body cannot show: slow, broken off, or streamed. */
    @FunctionalInterface
    public interface BodyWriter {
        /** Throwing closes the connection at once, with whatever was written so far on the wire. */
        void write(OutputStream body) throws IOException;
    }

    public CannedResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, body == null ? 0 : body.length, null);
    }

    /** The demo service's own answer. */
    public static CannedResponse of(AppFlowResponse response) {
        return new CannedResponse(response.status(), response.headers(), response.body());
    }

    public static CannedResponse error(int status, String errorType, String message) {
        return of(AppFlowResponse.error(status, errorType, message));
    }

    public static CannedResponse streamed(
            int status, Map<String, String> headers, long declaredLength, BodyWriter writer) {
        return new CannedResponse(status, headers, null, declaredLength, Objects.requireNonNull(writer));
    }

    /** The connection is closed before a single byte of a response is sent. */
    public static CannedResponse dropConnection() {
        return new CannedResponse(-1, Map.of(), null, 0, null);
    }

    /** Throws to drop the connection; the server then closes it as it stands. */
    void sendTo(HttpExchange exchange) throws IOException {
        if (status < 0) {
            throw new IOException("connection dropped on purpose, before any response");
        }
        if (writer == null) {
            new AppFlowResponse(status, headers, body == null ? new byte[0] : body).sendTo(exchange);
            return;
        }
        // The same headers as the demo's answers, which AppFlowResponse sends only with a whole body.
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        // A body shorter than declared makes the server close the connection, as a broken proxy would.
        exchange.sendResponseHeaders(status, declaredLength);
        OutputStream out = exchange.getResponseBody();
        writer.write(out);
        out.close();
    }
}
