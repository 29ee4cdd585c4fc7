package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.core.task.FanOut;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Every connector of one account: the connector types DescribeConnectors reports plus the custom
 * connectors ListConnectors reports, each paginated to the end. AppFlow has no SDK paginators, so the
 * {@code nextToken} loop lives here, once.
 */
public final class ConnectorCatalog {

    /** Describe calls in flight at once for one account's badges. */
    private static final int FLAG_CALLS = 8;

    private final AppFlowGateway gateway;
    private final ExecutorService serviceCalls;

    /** {@code serviceCalls}: the app's one bounded executor for service calls, shared by every account. */
    public ConnectorCatalog(AppFlowGateway gateway, ExecutorService serviceCalls) {
        this.gateway = gateway;
        this.serviceCalls = serviceCalls;
    }

    public AppFlowGateway gateway() {
        return gateway;
    }

    /** All connectors, Amazon-authored types first in the order the service gave them, then custom ones. */
    public List<ConnectorSummary> listAll(Cancellation cancellation) {
        return listAll(cancellation, (operation, page) -> {});
    }

    /** Pages as they came: for each page read, the operation that read it and the page. */
    public interface PageSink {
        void page(String operation, JsonNode page);
    }

    /** {@link #listAll(Cancellation)}, handing each page read to {@code pages} too (the history keeps them). */
    public List<ConnectorSummary> listAll(Cancellation cancellation, PageSink pages) {
        Map<ConnectorKey, ConnectorSummary> byKey = new LinkedHashMap<>();
        Pages.forEach("DescribeConnectors", gateway::describeConnectors, cancellation, page -> {
            pages.page("DescribeConnectors", page);
            JsonNode configs = page.path("connectorConfigurations");
            configs.fields().forEachRemaining(e -> add(byKey, fromConfiguration(e.getKey(), e.getValue())));
            page.path("connectors").forEach(detail -> add(byKey, fromDetail(detail)));
        });
        Pages.forEach("ListConnectors", gateway::listConnectors, cancellation, page -> {
            pages.page("ListConnectors", page);
            page.path("connectors").forEach(detail -> add(byKey, fromDetail(detail)));
        });
        return List.copyOf(byKey.values());
    }

    /**
     * The connectors a recorded listing names — {@code {"describeConnectors": {...}, "listConnectors": {...}}}, each the
     * operation's pages merged — in the order {@link #listAll(Cancellation)} gives them.
     */
    public static List<ConnectorSummary> summariesOf(JsonNode listing) {
        Map<ConnectorKey, ConnectorSummary> byKey = new LinkedHashMap<>();
        JsonNode described = listing.path("describeConnectors");
        described
                .path("connectorConfigurations")
                .fields()
                .forEachRemaining(e -> add(byKey, fromConfiguration(e.getKey(), e.getValue())));
        described.path("connectors").forEach(detail -> add(byKey, fromDetail(detail)));
        listing.path("listConnectors").path("connectors").forEach(detail -> add(byKey, fromDetail(detail)));
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

    /**
     * Fills the source and destination flags the listing left unknown — a custom connector whose ListConnectors entry
     * has no {@code connectorModes} — by describing each such connector, at most {@value #FLAG_CALLS} at a time on the
     * shared service-call executor. A connector that cannot be described keeps unknown flags: the list was read, and a
     * badge is no reason to fail it. Throttling is the SDK client's to meet by slowing down (see AppFlowAccounts).
     */
    public List<ConnectorSummary> withFlags(List<ConnectorSummary> connectors, Cancellation cancellation) {
        return withFlags(connectors, cancellation, this::describe);
    }

    /** As {@link #withFlags(List, Cancellation)}, describing through {@code describer} (a session's cache). */
    public List<ConnectorSummary> withFlags(
            List<ConnectorSummary> connectors,
            Cancellation cancellation,
            Function<ConnectorKey, ConnectorDescription> describer) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < connectors.size(); i++) {
            if (!connectors.get(i).flagsKnown()) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return connectors;
        }
        List<FanOut.Outcome<ConnectorDescription>> described =
                FanOut.run(serviceCalls, FLAG_CALLS, missing, cancellation, index -> {
                    throwIfCancelled(cancellation, "DescribeConnector");
                    return describer.apply(connectors.get(index).key());
                });
        if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw ServiceCallException.cancelled("DescribeConnector");
        }
        List<ConnectorSummary> result = new ArrayList<>(connectors);
        for (int i = 0; i < missing.size(); i++) {
            FanOut.Outcome<ConnectorDescription> outcome = described.get(i);
            if (outcome.succeeded()) {
                int index = missing.get(i);
                result.set(index, result.get(index).learnedFrom(outcome.value()));
            } else if (outcome.ran() && !(outcome.failure() instanceof ServiceCallException)) {
                // The gateway tells every failure as a ServiceCallException: anything else is a bug, not a badge.
                throw new IllegalStateException(outcome.failure());
            }
        }
        return List.copyOf(result);
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
            // Described (DescribeConnectors is a description of every type), yet nothing said.
            return new ConnectorSummary(
                    ConnectorKey.amazon(mapKey), null, null, null, Capability.NOT_STATED, Capability.NOT_STATED, null);
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
                ConnectorDescription.capability(configuration, "canUseAsSource", "SOURCE"),
                ConnectorDescription.capability(configuration, "canUseAsDestination", "DESTINATION"),
                text(configuration, "connectorVersion"));
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
                // Custom connectors declare their modes (SOURCE, DESTINATION) when registered; older ones may not.
                Capability.fromModes(detail.get("connectorModes"), "SOURCE"),
                Capability.fromModes(detail.get("connectorModes"), "DESTINATION"),
                text(detail, "connectorVersion"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }
}
