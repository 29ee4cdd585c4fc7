package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One flow of ListFlows (a {@code FlowDefinition}) as the "Used by" list shows it; {@code json} as sent. */
public record FlowSummary(
        String name,
        String status,
        String triggerType,
        ConnectorKey source,
        ConnectorKey destination,
        String lastRunStatus,
        Optional<Instant> lastRunAt,
        Optional<Instant> lastUpdatedAt,
        JsonNode json) {

    /** The flows of a {@code list-flows} response, in its order. */
    public static List<FlowSummary> of(JsonNode response) {
        List<FlowSummary> all = new ArrayList<>();
        for (JsonNode f : response.path("flows")) {
            JsonNode run = f.path("lastRunExecutionDetails");
            all.add(new FlowSummary(
                    f.path("flowName").asText(""),
                    f.path("flowStatus").asText(""),
                    f.path("triggerType").asText(""),
                    key(
                            f.path("sourceConnectorType").asText(""),
                            f.path("sourceConnectorLabel").asText("")),
                    key(
                            f.path("destinationConnectorType").asText(""),
                            f.path("destinationConnectorLabel").asText("")),
                    run.path("mostRecentExecutionStatus").asText(""),
                    Wire.instant(run.get("mostRecentExecutionTime")),
                    Wire.instant(f.get("lastUpdatedAt")),
                    f));
        }
        return all;
    }

    /** Whether the flow reads from or writes to {@code connector}. */
    public boolean uses(ConnectorKey connector) {
        return connector.equals(source) || connector.equals(destination);
    }

    private static ConnectorKey key(String type, String label) {
        if (type.isEmpty()) {
            return null;
        }
        return label.isEmpty() ? ConnectorKey.amazon(type) : new ConnectorKey(type, label);
    }

    /**
     * The connector profile names a DescribeFlow response uses: its source's and each destination's
     * {@code connectorProfileName}.
     */
    public static List<String> connectionsOf(JsonNode describeFlow) {
        List<String> names = new ArrayList<>();
        String source = describeFlow
                .path("sourceFlowConfig")
                .path("connectorProfileName")
                .asText("");
        if (!source.isEmpty()) {
            names.add(source);
        }
        for (JsonNode destination : describeFlow.path("destinationFlowConfigList")) {
            String name = destination.path("connectorProfileName").asText("");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
