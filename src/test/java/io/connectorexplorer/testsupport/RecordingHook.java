package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A hook that remembers every request (operation, body, headers) and then lets the catalogue answer. */
public final class RecordingHook implements RequestHook {

    /** One request as the endpoint received it. */
    public record Request(String operation, JsonNode body, Map<String, List<String>> headers) {
        /** The first value of a header, looked up ignoring case, or null. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e ->
                            e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @Override
    public Optional<CannedResponse> intercept(String operation, JsonNode body) {
        throw new AssertionError("the endpoint must call the variant with headers");
    }

    @Override
    public Optional<CannedResponse> intercept(String operation, JsonNode body, Map<String, List<String>> headers) {
        requests.add(new Request(operation, body, Map.copyOf(headers)));
        return Optional.empty();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }
}
