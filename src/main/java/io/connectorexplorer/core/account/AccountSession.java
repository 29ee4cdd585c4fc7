package io.connectorexplorer.core.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * One open target: its AppFlow connection, the configurations described so far (so going back to a connector is
 * instant), and who answers there once asked. The window and the command line both work through it. Thread-safe;
 * closed when nobody shows the target any more.
 */
public final class AccountSession implements AutoCloseable {

    private final Target target;
    private final AccountConnection connection;
    private final ConnectorCatalog catalog;
    private final Map<ConnectorKey, ConnectorDescription> described = new ConcurrentHashMap<>();
    private volatile CallerIdentity identity;

    /** {@code serviceCalls}: the app's one bounded executor for service calls. */
    public AccountSession(Target target, AccountConnection connection, ExecutorService serviceCalls) {
        this.target = target;
        this.connection = connection;
        this.catalog = new ConnectorCatalog(connection.appflow(), serviceCalls);
    }

    public Target target() {
        return target;
    }

    public AwsProfile profile() {
        return target.profile();
    }

    public String region() {
        return target.region();
    }

    public String endpointDescription() {
        return catalog.gateway().endpointDescription();
    }

    /** The endpoint URL calls go to, when not the SDK's default for the region: for {@code --endpoint-url}. */
    public Optional<String> endpointUrl() {
        return catalog.gateway().endpointUrl();
    }

    /** Who the credentials are (STS GetCallerIdentity), asked once per session; slow, call off the FX thread. */
    public CallerIdentity identity() {
        CallerIdentity known = identity;
        if (known == null) {
            known = connection.identity();
            identity = known;
        }
        return known;
    }

    /** The account that answers at this target, once {@link #identity()} has been asked. */
    public Optional<String> accountId() {
        CallerIdentity known = identity;
        return known == null ? Optional.empty() : Optional.ofNullable(known.account());
    }

    public List<ConnectorSummary> listAll(Cancellation cancellation) {
        return catalog.listAll(cancellation);
    }

    public List<ConnectorSummary> withFlags(List<ConnectorSummary> connectors, Cancellation cancellation) {
        return catalog.withFlags(connectors, cancellation);
    }

    /**
     * The connector's configuration, from the cache or the service. The call is made outside the map: inside {@code
     * computeIfAbsent} a slow answer would lock its bin, and describing another connector that hashes alike would
     * wait for it — the user's switch to that connector would hang until the slow call timed out.
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

    /** Describes every connector in list order, reusing what is already described; stops between calls when cancelled. */
    public List<ConnectorDescription> describeAll(List<ConnectorSummary> connectors, Cancellation cancellation) {
        List<ConnectorDescription> all = new ArrayList<>(connectors.size());
        for (ConnectorSummary summary : connectors) {
            if (cancellation.isCancelled()) {
                throw ServiceCallException.cancelled("DescribeConnector");
            }
            all.add(describe(summary.key()));
        }
        return all;
    }

    /** CreateConnectorProfile at this target; answers the new profile's ARN. */
    public String createConnectorProfile(JsonNode request, String clientToken) {
        JsonNode response = connection.appflow().createConnectorProfile(request, clientToken);
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
