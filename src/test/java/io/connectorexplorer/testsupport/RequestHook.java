package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a test answer a request to a {@link TestAppFlowEndpoint} itself (a fault, a slow or broken response) before
 * the demo service does.
 */
@FunctionalInterface
public interface RequestHook {
    Optional<CannedResponse> intercept(String operation, JsonNode body);

    /**
     * What the endpoint calls: by default {@link #intercept(String, JsonNode)}. Override it to see the
     * request headers as well (read-only; looked up ignoring case), such as the SigV4 Authorization header.
     */
    default Optional<CannedResponse> intercept(String operation, JsonNode body, Map<String, List<String>> headers) {
        return intercept(operation, body);
    }
}
