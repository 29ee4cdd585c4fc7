package io.connectorexplorer.core.store;

/** What a snapshot is of. */
public enum SnapshotKind {
    /** A target's connectors: what DescribeConnectors and ListConnectors returned. */
    CONNECTOR_LIST,
    /** One connector's configuration: what DescribeConnector returned. */
    CONNECTOR_CONFIGURATION,
    /** One connector's connections: what DescribeConnectorProfiles returned for it, every page merged. */
    CONNECTIONS,
    /** A connection's entities (below a path, in an API version): ListConnectorEntities, every page merged. */
    ENTITIES,
    /** An entity's fields through a connection: what DescribeConnectorEntity returned. */
    FIELDS
}
