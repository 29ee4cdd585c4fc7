package io.connectorexplorer.core.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connection.Connections;
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
    private final Connections connections;
    private final Map<ConnectorKey, ConnectorDescription> described = new ConcurrentHashMap<>();
    private final Map<ConnectorKey, CompletableFuture<ConnectorDescription>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService serviceCalls;
    private final ReadListener reads;
    private volatile CallerIdentity identity;
    private CompletableFuture<CallerIdentity> identityCall;
    private final IdentityCache identities;

    /** {@code serviceCalls}: the app's one bounded executor for service calls. */
    public AccountSession(Target target, AccountConnection connection, ExecutorService serviceCalls) {
        this(target, connection, serviceCalls, ReadListener.NONE);
    }

    /** {@code reads} is told each list and configuration read here (the history). */
    public AccountSession(
            Target target, AccountConnection connection, ExecutorService serviceCalls, ReadListener reads) {
        this(target, connection, serviceCalls, reads, new IdentityCache());
    }

    AccountSession(
            Target target,
            AccountConnection connection,
            ExecutorService serviceCalls,
            ReadListener reads,
            IdentityCache identities) {
        this.identities = identities;
        this.target = target;
        this.connection = connection;
        this.serviceCalls = serviceCalls;
        this.reads = reads;
        this.catalog = new ConnectorCatalog(connection.appflow(), serviceCalls);
        this.connections = new Connections(connection.appflow(), read -> reads.connectionRead(this, read));
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

    /**
     * Who the credentials are (STS GetCallerIdentity), asked once per session: callers at the same time share one call,
     * and a failed call is asked again by the next caller. Slow, call off the FX thread.
     */
    public CallerIdentity identity() {
        CallerIdentity known = identity;
        return known != null ? known : join(identityCall(false));
    }

    /**
     * Starts asking who the credentials are on the service-call pool (or joins the call on its way), so the answer is
     * there when it is needed; the future fails as the call does.
     */
    public CompletableFuture<CallerIdentity> askIdentityAhead() {
        return identityCall(true);
    }

    private synchronized CompletableFuture<CallerIdentity> identityCall(boolean ahead) {
        if (identityCall == null || identityCall.isCompletedExceptionally()) {
            CompletableFuture<CallerIdentity> call = new CompletableFuture<>();
            // Another session of the same profile may be asking already, or have the answer: that one is shared.
            CompletableFuture<CallerIdentity> shared = identities.claim(target.profileName(), call);
            if (shared != call) {
                identityCall = shared;
                shared.thenAccept(answer -> identity = answer);
                return shared;
            }
            identityCall = call;
            Runnable ask = () -> {
                try {
                    CallerIdentity answer = connection.identity();
                    identity = answer;
                    call.complete(answer);
                } catch (RuntimeException e) {
                    call.completeExceptionally(e);
                }
            };
            if (ahead) {
                try {
                    serviceCalls.execute(ask);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    identityCall = null;
                    call.completeExceptionally(ServiceCallException.cancelled("GetCallerIdentity"));
                }
            } else {
                ask.run();
            }
            return call;
        }
        return identityCall;
    }

    /** The account that answers at this target, once {@link #identity()} has been asked. */
    public Optional<String> accountId() {
        CallerIdentity known = identity;
        return known == null ? Optional.empty() : Optional.ofNullable(known.account());
    }

    public List<ConnectorSummary> listAll(Cancellation cancellation) {
        List<JsonNode> describePages = new ArrayList<>();
        List<JsonNode> listPages = new ArrayList<>();
        List<ConnectorSummary> all = catalog.listAll(
                cancellation,
                (operation, page) -> (operation.equals("ListConnectors") ? listPages : describePages).add(page));
        reads.listed(this, describePages, listPages);
        return all;
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
            reads.described(this, fresh);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static <T> T join(CompletableFuture<T> call) {
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

    /** The target's connections, their entities and fields, and its flows (slow: off the FX thread). */
    public Connections connections() {
        return connections;
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

    /** Closes the clients, once a who-are-you call on its way has its answer (a few seconds at most). */
    @Override
    public void close() {
        CompletableFuture<CallerIdentity> asking;
        synchronized (this) {
            asking = identityCall;
        }
        if (asking != null && !asking.isDone()) {
            try {
                asking.get(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Its answer does not matter any more.
            }
        }
        connection.close();
    }
}
