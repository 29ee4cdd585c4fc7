package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection (a {@code ConnectorProfile} of DescribeConnectorProfiles) as a list shows it; {@code json} is the
 * element as the service sent it; {@code connector} is null when it names no connector type. {@code credentialsArn} names where the credentials are kept: no credential value is
 * ever in it. An enum value newer than the SDK is kept as sent.
 */
public record ConnectionSummary(
        String name,
        String arn,
        ConnectorKey connector,
        String connectionMode,
        String credentialsArn,
        Optional<Instant> createdAt,
        Optional<Instant> lastUpdatedAt,
        String privateConnectionStatus,
        String privateConnectionFailure,
        JsonNode properties,
        JsonNode json) {

    /** The connections of a {@code describe-connector-profiles} response, in its order. */
    public static List<ConnectionSummary> of(JsonNode response) {
        List<ConnectionSummary> all = new ArrayList<>();
        for (JsonNode profile : response.path("connectorProfileDetails")) {
            all.add(from(profile));
        }
        return all;
    }

    static ConnectionSummary from(JsonNode p) {
        String type = p.path("connectorType").asText("");
        String label = p.path("connectorLabel").asText("");
        JsonNode privateState = p.path("privateConnectionProvisioningState");
        return new ConnectionSummary(
                p.path("connectorProfileName").asText(""),
                p.path("connectorProfileArn").asText(""),
                type.isEmpty() ? null : label.isEmpty() ? ConnectorKey.amazon(type) : new ConnectorKey(type, label),
                p.path("connectionMode").asText(""),
                p.path("credentialsArn").asText(""),
                Wire.instant(p.get("createdAt")),
                Wire.instant(p.get("lastUpdatedAt")),
                privateState.path("status").asText(""),
                privateState.path("failureMessage").asText(""),
                p.path("connectorProfileProperties"),
                p);
    }
}
