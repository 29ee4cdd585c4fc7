package io.connectorexplorer.core.search;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The connectors the app has seen per target in this run — each account opened in the window, each target of an
 * inventory — so "go to anything" can offer a connector of another account without asking it again. Thread-safe; the
 * latest list of a target replaces the one before.
 */
public final class SeenConnectors {

    /** A connector as seen in one target. */
    public record Sighting(Target target, ConnectorSummary connector) {}

    private final Map<Target, List<ConnectorSummary>> byTarget = new LinkedHashMap<>();

    public synchronized void saw(Target target, List<ConnectorSummary> connectors) {
        byTarget.remove(target);
        byTarget.put(target, List.copyOf(connectors));
    }

    /** Every sighting, the targets seen most recently last. */
    public synchronized List<Sighting> all() {
        List<Sighting> all = new ArrayList<>();
        byTarget.forEach((target, connectors) -> connectors.forEach(c -> all.add(new Sighting(target, c))));
        return all;
    }
}
