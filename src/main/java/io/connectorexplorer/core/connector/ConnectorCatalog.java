package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every connector of one account: the connector types DescribeConnectors reports plus the custom
 * connectors ListConnectors reports, each paginated to the end. AppFlow has no SDK paginators, so the
 * {@code nextToken} loop lives here, once.
 */
public final class ConnectorCatalog {

    /** A service that keeps answering with tokens it has already sent would otherwise loop forever. */
    private static final int MAX_PAGES = 10_000;

    private static final int FLAG_THREADS = 8;

    private final AppFlowGateway gateway;

    public ConnectorCatalog(AppFlowGateway gateway) {
        this.gateway = gateway;
    }

    public AppFlowGateway gateway() {
        return gateway;
    }

    /** All connectors, Amazon-authored types first in the order the service gave them, then custom ones. */
    public List<ConnectorSummary> listAll(Cancellation cancellation) {
        Map<ConnectorKey, ConnectorSummary> byKey = new LinkedHashMap<>();
        forEachPage("DescribeConnectors", gateway::describeConnectors, cancellation, page -> {
            JsonNode configs = page.path("connectorConfigurations");
            configs.fields().forEachRemaining(e -> add(byKey, fromConfiguration(e.getKey(), e.getValue())));
            page.path("connectors").forEach(detail -> add(byKey, fromDetail(detail)));
        });
        forEachPage(
                "ListConnectors",
                gateway::listConnectors,
                cancellation,
                page -> page.path("connectors").forEach(detail -> add(byKey, fromDetail(detail))));
        return List.copyOf(byKey.values());
    }

    public ConnectorDescription describe(ConnectorKey key) {
        key.validationProblem().ifPresent(problem -> {
            throw ServiceCallException.of(ServiceCallException.Kind.CONFIGURATION, "DescribeConnector", problem);
        });
        JsonNode response = gateway.describeConnector(key);
        JsonNode configuration = response.get("connectorConfiguration");
        if (configuration == null || !configuration.isObject()) {
            throw ServiceCallException.badResponse(
                    "DescribeConnector", "The response has no connectorConfiguration object.");
        }
        return new ConnectorDescription(key, configuration);
    }

    /** Describes every connector in the list, in order; stops between calls when cancelled. */
    public List<ConnectorDescription> describeAll(List<ConnectorSummary> connectors, Cancellation cancellation) {
        List<ConnectorDescription> all = new ArrayList<>(connectors.size());
        for (ConnectorSummary summary : connectors) {
            throwIfCancelled(cancellation, "DescribeConnector");
            all.add(describe(summary.key()));
        }
        return all;
    }

    /**
     * Fills the source and destination flags that ListConnectors does not report, by describing each
     * custom connector whose flags are unknown (a few at a time). A connector the service cannot describe
     * keeps unknown flags rather than failing the whole list.
     */
    public List<ConnectorSummary> withFlags(List<ConnectorSummary> connectors, Cancellation cancellation) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < connectors.size(); i++) {
            if (!connectors.get(i).flagsKnown() && connectors.get(i).key().isCustom()) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return connectors;
        }
        List<ConnectorSummary> result = new ArrayList<>(connectors);
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(Math.min(FLAG_THREADS, missing.size()), r -> {
                    Thread t = new Thread(r, "describe-custom-connectors");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<ConnectorDescription>> futures = new ArrayList<>();
            for (int index : missing) {
                ConnectorKey key = connectors.get(index).key();
                futures.add(pool.submit(() -> {
                    throwIfCancelled(cancellation, "DescribeConnector");
                    return describe(key);
                }));
            }
            for (int i = 0; i < missing.size(); i++) {
                int index = missing.get(i);
                try {
                    ConnectorDescription d = futures.get(i).get();
                    result.set(index, result.get(index).withFlags(d.canUseAsSource(), d.canUseAsDestination()));
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof ServiceCallException failure)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    if (failure.kind() != ServiceCallException.Kind.SERVICE) {
                        throw failure;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw ServiceCallException.cancelled("DescribeConnector");
                }
            }
            return List.copyOf(result);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface PageCall {
        JsonNode fetch(String nextToken);
    }

    private interface PageConsumer {
        void accept(JsonNode page);
    }

    private static void forEachPage(String operation, PageCall call, Cancellation cancellation, PageConsumer consumer) {
        Set<String> seenTokens = new HashSet<>();
        String token = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            throwIfCancelled(cancellation, operation);
            JsonNode page = call.fetch(token);
            if (page == null || !page.isObject()) {
                throw ServiceCallException.badResponse(operation, "The response is not a JSON object.");
            }
            consumer.accept(page);
            JsonNode next = page.get("nextToken");
            if (next == null || next.isNull() || next.asText().isEmpty()) {
                return;
            }
            token = next.asText();
            if (!seenTokens.add(token)) {
                throw ServiceCallException.badResponse(
                        operation, "The service sent the same nextToken twice; stopped to avoid an endless listing.");
            }
        }
        throw ServiceCallException.badResponse(operation, "The listing did not end after " + MAX_PAGES + " pages.");
    }

    private static void throwIfCancelled(Cancellation cancellation, String operation) {
        if (cancellation.isCancelled()) {
            throw ServiceCallException.cancelled(operation);
        }
    }

    private static void add(Map<ConnectorKey, ConnectorSummary> byKey, ConnectorSummary summary) {
        if (summary != null) {
            byKey.merge(summary.key(), summary, ConnectorSummary::mergedWith);
        }
    }

    static ConnectorSummary fromConfiguration(String mapKey, JsonNode configuration) {
        if (configuration == null || !configuration.isObject()) {
            return new ConnectorSummary(ConnectorKey.amazon(mapKey), null, null, null, null, null);
        }
        String type = text(configuration, "connectorType");
        String label = text(configuration, "connectorLabel");
        // The map key is how the service names the type; the member may be absent or spelled differently.
        ConnectorKey key = label != null ? new ConnectorKey(mapKey, label) : ConnectorKey.amazon(mapKey);
        if (type != null && label != null) {
            key = new ConnectorKey(type, label);
        }
        return new ConnectorSummary(
                key,
                text(configuration, "connectorName"),
                text(configuration, "connectorDescription"),
                text(configuration, "connectorOwner"),
                bool(configuration, "canUseAsSource"),
                bool(configuration, "canUseAsDestination"));
    }

    static ConnectorSummary fromDetail(JsonNode detail) {
        String type = text(detail, "connectorType");
        if (type == null) {
            return null;
        }
        return new ConnectorSummary(
                new ConnectorKey(type, text(detail, "connectorLabel")),
                text(detail, "connectorName"),
                text(detail, "connectorDescription"),
                text(detail, "connectorOwner"),
                null,
                null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }
}
