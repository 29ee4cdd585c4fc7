package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;

/**
 * A connection-level answer a session read, as the service sent it (every page merged): a connector's connections, a
 * connection's entities, or an entity's fields. Only what DescribeConnectorProfiles, ListConnectorEntities and
 * DescribeConnectorEntity return — never a credential (they return none).
 */
public sealed interface ConnectionRead {

    JsonNode response();

    /** DescribeConnectorProfiles of one connector. */
    record Connections(ConnectorKey connector, JsonNode response) implements ConnectionRead {}

    /** ListConnectorEntities of a connection, below the query's path. */
    record Entities(EntityQuery query, JsonNode response) implements ConnectionRead {}

    /** DescribeConnectorEntity of one entity through a connection. */
    record Fields(EntityQuery query, String entity, JsonNode response) implements ConnectionRead {}
}
