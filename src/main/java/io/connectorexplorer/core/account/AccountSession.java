package io.connectorexplorer.core.account;

import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.task.Cancellation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open account: a profile, a region, its AppFlow connection, and the configurations described so
 * far (so going back to a connector is instant). Thread-safe; closed when the user switches away.
 */
public final class AccountSession implements AutoCloseable {

    private final AwsProfile profile;
    private final String region;
    private final AccountConnection connection;
    private final ConnectorCatalog catalog;
    private final Map<ConnectorKey, ConnectorDescription> described = new ConcurrentHashMap<>();

    public AccountSession(AwsProfile profile, String region, AccountConnection connection) {
        this.profile = profile;
        this.region = region;
        this.connection = connection;
        this.catalog = new ConnectorCatalog(connection.appflow());
    }

    public AwsProfile profile() {
        return profile;
    }

    public String region() {
        return region;
    }

    public String endpointDescription() {
        return catalog.gateway().endpointDescription();
    }

    /** Who the credentials are (STS GetCallerIdentity); slow, call off the FX thread. */
    public CallerIdentity identity() {
        return connection.identity();
    }

    public List<ConnectorSummary> listAll(Cancellation cancellation) {
        return catalog.listAll(cancellation);
    }

    public List<ConnectorSummary> withFlags(List<ConnectorSummary> connectors, Cancellation cancellation) {
        return catalog.withFlags(connectors, cancellation);
    }

    /**
     * The connector's configuration, from the cache or the service. The call is made outside the map: inside
     * {@code computeIfAbsent} a slow answer would lock its bin, and describing another connector that hashes
     * alike would wait for it — the user's switch to that connector would hang until the slow call timed out.
     */
    public ConnectorDescription describe(ConnectorKey key) {
        ConnectorDescription cached = described.get(key);
        if (cached != null) {
            return cached;
        }
        ConnectorDescription fresh = catalog.describe(key);
        ConnectorDescription raced = described.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    public Optional<ConnectorDescription> cached(ConnectorKey key) {
        return Optional.ofNullable(described.get(key));
    }

    /** Describes every connector for an export, reusing what is already described. */
    public List<ConnectorDescription> describeAll(List<ConnectorSummary> connectors, Cancellation cancellation) {
        return connectors.stream()
                .map(summary -> {
                    if (cancellation.isCancelled()) {
                        throw ServiceCallException.cancelled("DescribeConnector");
                    }
                    return describe(summary.key());
                })
                .toList();
    }

    /** CreateConnectorProfile in this account; answers the new profile's ARN. */
    public String createConnectorProfile(com.fasterxml.jackson.databind.JsonNode request, String clientToken) {
        com.fasterxml.jackson.databind.JsonNode response =
                connection.appflow().createConnectorProfile(request, clientToken);
        String arn = response.path("connectorProfileArn").asText("");
        if (arn.isEmpty()) {
            throw ServiceCallException.badResponse(
                    "CreateConnectorProfile", "The response has no connectorProfileArn.");
        }
        return arn;
    }

    public void forget() {
        described.clear();
    }

    @Override
    public void close() {
        connection.close();
    }
}
