package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one target answered: its connectors in listing order (connector types, then custom connectors) and the account
 * behind it — null when STS could not tell, which costs the column its account ID and nothing else.
 */
public record TargetInventory(Target target, String accountId, List<ConnectorSummary> connectors) {

    public TargetInventory {
        Objects.requireNonNull(target, "target");
        connectors = List.copyOf(connectors);
    }

    public Optional<String> accountIdIfKnown() {
        return Optional.ofNullable(accountId);
    }

    public Optional<ConnectorSummary> connector(ConnectorKey key) {
        return connectors.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
