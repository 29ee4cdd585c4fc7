package io.connectorexplorer.core.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connection.ConnectionRead;
import io.connectorexplorer.core.connector.ConnectorDescription;
import java.util.List;

/**
 * Told each connector list, configuration and connection-level answer a session read, as the service sent it: the history keeps them. Called
 * on the thread that made the call, after the answer is in; it must not hold that thread up (record elsewhere).
 */
public interface ReadListener {

    ReadListener NONE = new ReadListener() {
        @Override
        public void listed(AccountSession session, List<JsonNode> describePages, List<JsonNode> listPages) {}

        @Override
        public void described(AccountSession session, ConnectorDescription description) {}
    };

    /** A whole listing: the DescribeConnectors and the ListConnectors pages, in order. */
    void listed(AccountSession session, List<JsonNode> describePages, List<JsonNode> listPages);

    /** One DescribeConnector answer (not one from the session's cache). */
    void described(AccountSession session, ConnectorDescription description);

    /**
     * A connection-level answer, every page merged: {@code key} says what it is of (a connector's connections, a
     * connection's entities, an entity's fields — {@code SnapshotKey} without the account, which the listener knows).
     */
    default void connectionRead(AccountSession session, ConnectionRead read) {}

    /** A session was opened (on the thread that opened it): a listener that needs its account may ask ahead. */
    default void opened(AccountSession session) {}
}
