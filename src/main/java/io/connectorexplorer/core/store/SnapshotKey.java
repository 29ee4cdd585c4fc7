package io.connectorexplorer.core.store;

import io.connectorexplorer.core.connector.ConnectorKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Which history a snapshot belongs to: an account and region (not a profile — two profiles reaching the same account
 * share its history), and for a configuration the connector. {@code connector} is null exactly for a connector list.
 */
public record SnapshotKey(String accountId, String region, SnapshotKind kind, ConnectorKey connector) {

    public SnapshotKey {
        requireText(accountId, "accountId");
        requireText(region, "region");
        Objects.requireNonNull(kind, "kind");
        if ((kind == SnapshotKind.CONNECTOR_CONFIGURATION) != (connector != null)) {
            throw new IllegalArgumentException(
                    kind == SnapshotKind.CONNECTOR_LIST
                            ? "A connector list is of a whole target, not of one connector"
                            : "A connector configuration needs its connector");
        }
    }

    /** The connectors of the account in the region. */
    public static SnapshotKey connectorList(String accountId, String region) {
        return new SnapshotKey(accountId, region, SnapshotKind.CONNECTOR_LIST, null);
    }

    /** One connector's configuration in the account and region. */
    public static SnapshotKey configuration(String accountId, String region, ConnectorKey connector) {
        return new SnapshotKey(
                accountId,
                region,
                SnapshotKind.CONNECTOR_CONFIGURATION,
                Objects.requireNonNull(connector, "connector"));
    }

    public Optional<ConnectorKey> connectorIfAny() {
        return Optional.ofNullable(connector);
    }

    /** "111122223333 · eu-west-1 · connectors" or "… · CustomConnector/acme-crm", for logs and messages. */
    @Override
    public String toString() {
        return accountId + " · " + region + " · " + (connector == null ? "connectors" : connector.displayId());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
