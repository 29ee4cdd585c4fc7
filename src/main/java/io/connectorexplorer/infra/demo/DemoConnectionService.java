package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The connection-level operations of the demo account — DescribeConnectorProfiles, ListConnectorEntities,
 * DescribeConnectorEntity, ResetConnectorMetadataCache, ListFlows, DescribeFlow — answered from
 * {@link DemoConnections} as the service answers them: paged, input checked against the service model
 * (ValidationException), an unknown connection, entity or flow a ResourceNotFoundException, and a connection's
 * written-down fault (expired credentials, say) for the operations it names. The data is read at the first call.
 */
final class DemoConnectionService {

    /** The members of a DescribeFlow answer that ListFlows' FlowDefinition carries, in its order. */
    private static final List<String> DEFINITION_MEMBERS = List.of(
            "flowArn",
            "description",
            "flowName",
            "flowStatus",
            "sourceConnectorType",
            "sourceConnectorLabel",
            "destinationConnectorType",
            "destinationConnectorLabel",
            "triggerType",
            "createdAt",
            "lastUpdatedAt",
            "createdBy",
            "lastUpdatedBy",
            "tags",
            "lastRunExecutionDetails");
    /** DescribeFlow's own members; any other member (one newer than the model, say) is in ListFlows too. */
    private static final Set<String> DESCRIBE_ONLY = Set.of(
            "sourceFlowConfig",
            "destinationFlowConfigList",
            "triggerConfig",
            "tasks",
            "kmsArn",
            "flowStatusMessage",
            "metadataCatalogConfig",
            "lastRunMetadataCatalogDetails",
            "schemaVersion");

    private final Supplier<DemoConnections> source;
    private final RequestCheck check;
    /** Connector profiles CreateConnectorProfile made on this endpoint: they are listed after the data's. */
    private final Supplier<List<JsonNode>> createdHere;

    private volatile DemoConnections data;

    DemoConnectionService(Supplier<DemoConnections> source, RequestCheck check, Supplier<List<JsonNode>> createdHere) {
        this.source = source;
        this.check = check;
        this.createdHere = createdHere;
    }

    AppFlowResponse answer(String operation, JsonNode body) {
        DemoConnections connections = data();
        Optional<AppFlowResponse> refused = validate(connections, operation, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        return switch (operation) {
            case "DescribeConnectorProfiles" -> profiles(connections, body);
            case "ListConnectorEntities" -> entities(connections, body);
            case "DescribeConnectorEntity" -> fields(connections, body);
            case "ResetConnectorMetadataCache" -> reset(connections, body);
            case "ListFlows" -> flows(connections, body);
            default -> flow(connections, body);
        };
    }

    private DemoConnections data() {
        DemoConnections loaded = data;
        if (loaded == null) {
            synchronized (this) {
                if (data == null) {
                    data = source.get();
                }
                loaded = data;
            }
        }
        return loaded;
    }

    private AppFlowResponse profiles(DemoConnections connections, JsonNode body) {
        List<String> names = texts(body.path("connectorProfileNames"));
        String type = body.path("connectorType").asText("");
        String label = body.path("connectorLabel").asText("");
        List<JsonNode> matching = java.util.stream.Stream.concat(
                        connections.profiles().stream(), createdHere.get().stream())
                .filter(p -> names.isEmpty()
                        || names.contains(p.path("connectorProfileName").asText()))
                .filter(p -> type.isEmpty() || p.path("connectorType").asText().equals(type))
                .filter(p ->
                        label.isEmpty() || p.path("connectorLabel").asText().equals(label))
                .toList();
        ConnectorPage page = ConnectorPage.of(body, matching.size(), 100);
        if (page.problem() != null) {
            return invalid(page.problem());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode details = out.putArray("connectorProfileDetails");
        matching.subList(page.from(), page.to()).forEach(details::add);
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return AppFlowResponse.ok(out);
    }

    private AppFlowResponse entities(DemoConnections connections, JsonNode body) {
        return withProfile(connections, "ListConnectorEntities", body, profile -> {
            String path = body.path("entitiesPath").asText("");
            Optional<List<DemoConnections.GroupedEntity>> all = connections.entities(profile, path);
            if (all.isEmpty()) {
                return notFound("The entities path " + path + " was not found for connector profile " + profile + ".");
            }
            ConnectorPage page = ConnectorPage.of(body, all.get().size(), 10_000);
            if (page.problem() != null) {
                return invalid(page.problem());
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ObjectNode map = out.putObject("connectorEntityMap");
            for (DemoConnections.GroupedEntity e : all.get().subList(page.from(), page.to())) {
                (map.has(e.group()) ? (ArrayNode) map.get(e.group()) : map.putArray(e.group())).add(e.entity());
            }
            page.nextToken().ifPresent(t -> out.put("nextToken", t));
            return AppFlowResponse.ok(out);
        });
    }

    private AppFlowResponse fields(DemoConnections connections, JsonNode body) {
        return withProfile(connections, "DescribeConnectorEntity", body, profile -> {
            String entity = body.path("connectorEntityName").asText("");
            Optional<JsonNode> fields = connections.fields(profile, entity);
            if (fields.isEmpty()) {
                return notFound("The entity " + entity + " was not found for connector profile " + profile + ".");
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("connectorEntityFields", fields.get());
            return AppFlowResponse.ok(out);
        });
    }

    private AppFlowResponse reset(DemoConnections connections, JsonNode body) {
        return withProfile(connections, "ResetConnectorMetadataCache", body, profile -> {
            String entity = body.path("connectorEntityName").asText("");
            if (!entity.isEmpty() && !connections.hasEntity(profile, entity)) {
                return notFound("The entity " + entity + " was not found for connector profile " + profile + ".");
            }
            String path = body.path("entitiesPath").asText("");
            if (connections.entities(profile, path).isEmpty()) {
                return notFound("The entities path " + path + " was not found for connector profile " + profile + ".");
            }
            return AppFlowResponse.ok(JsonNodeFactory.instance.objectNode());
        });
    }

    private AppFlowResponse flows(DemoConnections connections, JsonNode body) {
        List<JsonNode> all = connections.flows();
        ConnectorPage page = ConnectorPage.of(body, all.size(), 100);
        if (page.problem() != null) {
            return invalid(page.problem());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode flows = out.putArray("flows");
        all.subList(page.from(), page.to()).forEach(f -> flows.add(definitionOf(connections, f)));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return AppFlowResponse.ok(out);
    }

    private AppFlowResponse flow(DemoConnections connections, JsonNode body) {
        String name = body.path("flowName").asText("");
        return connections.flows().stream()
                .filter(f -> f.path("flowName").asText().equals(name))
                .findFirst()
                .map(AppFlowResponse::ok)
                .orElseGet(() -> notFound("Flow " + name + " does not exist."));
    }

    /** The FlowDefinition ListFlows reports for a flow: its summary members, source and destination named. */
    private static ObjectNode definitionOf(DemoConnections connections, JsonNode flow) {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        JsonNode source = flow.path("sourceFlowConfig");
        JsonNode destination = flow.path("destinationFlowConfigList").path(0);
        for (String member : DEFINITION_MEMBERS) {
            switch (member) {
                case "sourceConnectorType" -> putText(definition, member, source.path("connectorType"));
                case "sourceConnectorLabel" -> putText(definition, member, labelOf(connections, source));
                case "destinationConnectorType" -> putText(definition, member, destination.path("connectorType"));
                case "destinationConnectorLabel" -> putText(definition, member, labelOf(connections, destination));
                case "triggerType" ->
                    putText(definition, member, flow.path("triggerConfig").path("triggerType"));
                default -> {
                    if (flow.has(member)) {
                        definition.set(member, flow.get(member));
                    }
                }
            }
        }
        flow.fields().forEachRemaining(m -> {
            if (!definition.has(m.getKey()) && !DESCRIBE_ONLY.contains(m.getKey())) {
                definition.set(m.getKey(), m.getValue());
            }
        });
        return definition;
    }

    private static JsonNode labelOf(DemoConnections connections, JsonNode config) {
        return connections
                .profile(config.path("connectorProfileName").asText())
                .map(p -> p.path("connectorLabel"))
                .orElse(JsonNodeFactory.instance.missingNode());
    }

    private static void putText(ObjectNode into, String member, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty()) {
            into.set(member, value);
        }
    }

    /** The checks every call about one connection shares: named, known, of the type sent, and not failing. */
    private AppFlowResponse withProfile(
            DemoConnections connections,
            String operation,
            JsonNode body,
            java.util.function.Function<String, AppFlowResponse> then) {
        String name = body.path("connectorProfileName").asText("");
        if (name.isEmpty()) {
            return invalid("1 validation error detected: connectorProfileName must be given for this connector type");
        }
        Optional<JsonNode> profile = connections.profile(name);
        if (profile.isEmpty()) {
            return notFound("Connector profile " + name + " does not exist.");
        }
        String type = body.path("connectorType").asText("");
        String actual = profile.get().path("connectorType").asText();
        if (!type.isEmpty() && !type.equals(actual)) {
            return invalid("The connector type " + type + " does not match the connector profile " + name
                    + ", which is " + actual + ".");
        }
        Optional<DemoConnections.Fault> fault = connections.fault(name, operation);
        if (fault.isPresent()) {
            return AppFlowResponse.error(
                    fault.get().status(), fault.get().errorType(), fault.get().message());
        }
        return then.apply(name);
    }

    /**
     * The service model's checks; a connector type of a connection in the data counts as known, as the service knows
     * its own types (the model may be older than a type a test serves).
     */
    private Optional<AppFlowResponse> validate(DemoConnections connections, String operation, JsonNode body) {
        JsonNode checked = body;
        String type = body.path("connectorType").asText("");
        if (!type.isEmpty()
                && body.isObject()
                && connections.profiles().stream()
                        .anyMatch(p -> p.path("connectorType").asText().equals(type))) {
            checked = ((ObjectNode) body).deepCopy().without("connectorType");
        }
        List<String> problems = check.problems(operation, checked);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(invalid(problems.size() + " validation error" + (problems.size() == 1 ? "" : "s")
                + " detected: " + String.join("; ", problems)));
    }

    private static AppFlowResponse invalid(String message) {
        return AppFlowResponse.error(400, "ValidationException", message);
    }

    private static AppFlowResponse notFound(String message) {
        return AppFlowResponse.error(404, "ResourceNotFoundException", message);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
