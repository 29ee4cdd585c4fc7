package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The demo account's AppFlow: DescribeConnectors, ListConnectors and DescribeConnector answered from a catalogue,
 * paged as the service pages them, CreateConnectorProfile kept in memory, and the connections, their entities and
 * fields, and the flows answered from {@link DemoConnections} (the bundled sample unless told otherwise). Like the service, it takes only POSTs
 * signed with SigV4 for appflow, and reports bad input as a ValidationException.
 */
public final class DemoAppFlowService {

    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9][\\w!@#.-]+");
    private static final List<String> DETAIL_MEMBERS = List.of(
            "connectorDescription",
            "connectorName",
            "connectorOwner",
            "connectorVersion",
            "connectorType",
            "connectorLabel",
            "registeredAt",
            "registeredBy",
            "connectorProvisioningType",
            "connectorModes",
            "supportedDataTransferTypes");

    private final DemoCatalogue catalogue;
    private final DemoConnectorProfiles profiles;
    private final DemoConnectionService connections;

    /** Checks created profiles against the AppFlow service model, as the service does. */
    public DemoAppFlowService(DemoCatalogue catalogue) {
        this(catalogue, RequestCheck.againstServiceModel());
    }

    /** Checks created profiles with {@code profileCheck} instead: the problems it finds become a ValidationException. */
    public DemoAppFlowService(DemoCatalogue catalogue, RequestCheck profileCheck) {
        this(catalogue, DemoConnections::bundled, profileCheck);
    }

    /**
     * Serves the connections {@code connections} gives — asked for at the first connection-level call, so an account
     * that never lists its connections never reads them.
     */
    public DemoAppFlowService(
            DemoCatalogue catalogue, Supplier<DemoConnections> connections, RequestCheck profileCheck) {
        this.catalogue = catalogue;
        this.profiles = new DemoConnectorProfiles(profileCheck);
        this.connections =
                new DemoConnectionService(connections, RequestCheck.againstServiceModel(), profiles::created);
    }

    /** Answers one call as the service would, or with the error the service gives for it. */
    public AppFlowResponse answer(AppFlowRequest request) {
        if (!"POST".equals(request.method())) {
            return AppFlowResponse.error(405, "MethodNotAllowedException", "Use POST.");
        }
        String authorization = request.header("Authorization");
        if (authorization == null
                || !authorization.startsWith("AWS4-HMAC-SHA256 ")
                || !authorization.contains("/appflow/aws4_request")) {
            return AppFlowResponse.error(
                    403,
                    "MissingAuthenticationTokenException",
                    "Missing or malformed SigV4 Authorization header for service appflow.");
        }
        JsonNode body = request.body();
        return switch (request.operation()) {
            case "DescribeConnectors" -> describeConnectors(body);
            case "ListConnectors" -> listConnectors(body);
            case "DescribeConnector" -> describeConnector(body);
            case "CreateConnectorProfile" -> profiles.create(body, signedRegion(authorization));
            case "DescribeConnectorProfiles",
                    "ListConnectorEntities",
                    "DescribeConnectorEntity",
                    "ResetConnectorMetadataCache",
                    "ListFlows",
                    "DescribeFlow" -> connections.answer(request.operation(), body);
            default ->
                AppFlowResponse.error(
                        404, "UnknownOperationException", "Unknown operation " + request.operation() + ".");
        };
    }

    private AppFlowResponse describeConnectors(JsonNode body) {
        List<JsonNode> amazon = catalogue.amazonConnectors();
        JsonNode types = body.get("connectorTypes");
        if (types != null && types.isArray() && !types.isEmpty()) {
            List<String> wanted = stream(types).map(JsonNode::asText).toList();
            amazon = amazon.stream()
                    .filter(c -> wanted.contains(c.path("connectorType").asText()))
                    .toList();
        }
        ConnectorPage page = ConnectorPage.of(body, amazon.size());
        if (page.problem() != null) {
            return AppFlowResponse.error(400, "ValidationException", page.problem());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode configs = out.putObject("connectorConfigurations");
        ArrayNode details = out.putArray("connectors");
        for (JsonNode c : amazon.subList(page.from(), page.to())) {
            configs.set(c.path("connectorType").asText(), c);
            details.add(detailOf(c));
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return AppFlowResponse.ok(out);
    }

    private AppFlowResponse listConnectors(JsonNode body) {
        List<JsonNode> custom = catalogue.customConnectors();
        ConnectorPage page = ConnectorPage.of(body, custom.size());
        if (page.problem() != null) {
            return AppFlowResponse.error(400, "ValidationException", page.problem());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode details = out.putArray("connectors");
        custom.subList(page.from(), page.to()).forEach(c -> details.add(detailOf(c)));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return AppFlowResponse.ok(out);
    }

    private AppFlowResponse describeConnector(JsonNode body) {
        String type = body.path("connectorType").asText("");
        String label = body.path("connectorLabel").asText("");
        if (type.isEmpty()) {
            return AppFlowResponse.error(
                    400, "ValidationException", "1 validation error detected: connectorType must not be null");
        }
        if (!label.isEmpty() && (label.length() > 256 || !LABEL.matcher(label).matches())) {
            return AppFlowResponse.error(
                    400,
                    "ValidationException",
                    "1 validation error detected: Value at 'connectorLabel' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [a-zA-Z0-9][\\w!@#.-]+");
        }
        Optional<JsonNode> found = catalogue.configurations().stream()
                .filter(c -> label.isEmpty()
                        ? !DemoCatalogue.isCustom(c)
                                && c.path("connectorType").asText().equalsIgnoreCase(type)
                        : label.equals(c.path("connectorLabel").asText()))
                .findFirst();
        if (found.isEmpty()) {
            return AppFlowResponse.error(
                    404,
                    "ResourceNotFoundException",
                    label.isEmpty()
                            ? "Connector type " + type + " was not found."
                            : "Connector with label " + label + " was not found in this account.");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("connectorConfiguration", found.get());
        return AppFlowResponse.ok(out);
    }

    /** The ConnectorDetail that ListConnectors reports for a configuration. */
    private static ObjectNode detailOf(JsonNode configuration) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        for (String member : DETAIL_MEMBERS) {
            JsonNode value = configuration.get(member);
            if (value != null && !value.isNull()) {
                detail.set(member, value);
            }
        }
        return detail;
    }

    /** The region in the SigV4 credential scope, which is where the profile's ARN says it lives. */
    private static String signedRegion(String authorization) {
        return authorization.replaceAll(".*Credential=[^/]+/[^/]+/([^/]+)/appflow/.*", "$1");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
