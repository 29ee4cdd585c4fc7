package io.connectorexplorer.core.store;

/** What a snapshot is of. */
public enum SnapshotKind {
    /** A target's connectors: what DescribeConnectors and ListConnectors returned. */
    CONNECTOR_LIST,
    /** One connector's configuration: what DescribeConnector returned. */
    CONNECTOR_CONFIGURATION
}
