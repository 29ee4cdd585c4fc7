package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The connections (connector profiles) a loopback endpoint serves, with their entities, the entities' fields, the
 * faults a connection answers with, and the flows that use them — one JSON document:
 *
 * <pre>
 * {"connectorProfileDetails": [ConnectorProfile, ...],
 *  "entities": {"profile": {"": {"group": [ConnectorEntity, ...]}, "parent/path": {...}}},
 *  "fields":   {"profile": {"entityName": [ConnectorEntityField, ...]}},
 *  "faults":   {"profile": {"operations": ["ListConnectorEntities", ...], "status": 401,
 *                           "errorType": "ConnectorAuthenticationException", "message": "..."}},
 *  "flows":    [DescribeFlow response, ...]}
 * </pre>
 *
 * Elements are served as they are written, so a test may put in members and enum values newer than any SDK.
 */
public record DemoConnections(JsonNode document) {

    private static final String RESOURCE = "demo-connections.json";

    /** A fault a connection answers some operations with, as the service would send it. */
    public record Fault(int status, String errorType, String message) {}

    /** One entity in its group, as ListConnectorEntities groups them. */
    public record GroupedEntity(String group, JsonNode entity) {}

    public DemoConnections {
        document = document == null || !document.isObject() ? JsonNodeFactory.instance.objectNode() : document;
    }

    /** None: an account without connections or flows. */
    public static DemoConnections none() {
        return new DemoConnections(JsonNodeFactory.instance.objectNode());
    }

    /** The demo account's sample, read from the jar at its first use (not at start-up: most runs never ask). */
    public static DemoConnections bundled() {
        return Bundled.INSTANCE;
    }

    public static DemoConnections fromDocument(JsonNode document) {
        return new DemoConnections(document);
    }

    public List<JsonNode> profiles() {
        return list(document.path("connectorProfileDetails"));
    }

    public Optional<JsonNode> profile(String name) {
        return profiles().stream()
                .filter(p -> p.path("connectorProfileName").asText().equals(name))
                .findFirst();
    }

    /** The entities below {@code path} ("" for the top) of a connection; empty when it has no such path. */
    public Optional<List<GroupedEntity>> entities(String profile, String path) {
        JsonNode groups = document.path("entities").path(profile).get(path);
        if (groups == null || !groups.isObject()) {
            return Optional.empty();
        }
        List<GroupedEntity> all = new ArrayList<>();
        groups.fields().forEachRemaining(group -> {
            for (JsonNode entity : group.getValue()) {
                all.add(new GroupedEntity(group.getKey(), entity));
            }
        });
        return Optional.of(all);
    }

    /** Whether the connection lists an entity of that name anywhere (at the top or under a path). */
    public boolean hasEntity(String profile, String name) {
        for (JsonNode groups : document.path("entities").path(profile)) {
            for (JsonNode group : groups) {
                for (JsonNode entity : group) {
                    if (entity.path("name").asText().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return document.path("fields").path(profile).has(name);
    }

    /** The fields of an entity of a connection: an empty list for an entity without fields written down. */
    public Optional<JsonNode> fields(String profile, String entityName) {
        JsonNode fields = document.path("fields").path(profile).get(entityName);
        if (fields != null && fields.isArray()) {
            return Optional.of(fields);
        }
        return hasEntity(profile, entityName) ? Optional.of(JsonNodeFactory.instance.arrayNode()) : Optional.empty();
    }

    /** The fault the connection answers {@code operation} with, if any. */
    public Optional<Fault> fault(String profile, String operation) {
        JsonNode fault = document.path("faults").path(profile);
        boolean applies = StreamSupport.stream(fault.path("operations").spliterator(), false)
                .anyMatch(o -> o.asText().equals(operation));
        if (!applies) {
            return Optional.empty();
        }
        return Optional.of(new Fault(
                fault.path("status").asInt(400),
                fault.path("errorType").asText("ValidationException"),
                fault.path("message").asText("")));
    }

    /** The flows, each as DescribeFlow answers it. */
    public List<JsonNode> flows() {
        return list(document.path("flows"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Loaded when first asked for, once. */
    private static final class Bundled {
        static final DemoConnections INSTANCE = load();

        private static DemoConnections load() {
            try (InputStream in = DemoConnections.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The demo connections " + RESOURCE + " are missing from the build");
                }
                return fromDocument(JsonFormat.parse(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
