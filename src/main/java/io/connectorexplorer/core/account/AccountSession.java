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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final Map<ConnectorKey, CompletableFuture<ConnectorDescription>> inFlight = new ConcurrentHashMap<>();
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
        return catalog.withFlags(connectors, cancellation, this::describe);
    }

    /**
     * The connector's configuration, from the cache or the service; a describe already on its way for the same
     * connector (the badges' and the selection's, say) is waited for rather than made twice. The call is made outside
     * the map: inside {@code computeIfAbsent} a slow answer would lock its bin, and describing another connector that
     * hashes alike would wait for it.
     */
    public ConnectorDescription describe(ConnectorKey key) {
        ConnectorDescription cached = described.get(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<ConnectorDescription> mine = new CompletableFuture<>();
        CompletableFuture<ConnectorDescription> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            ConnectorDescription fresh = catalog.describe(key);
            described.putIfAbsent(key, fresh);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static ConnectorDescription join(CompletableFuture<ConnectorDescription> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
