package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.task.Cancellation;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Where the Connections tab reads from: the account itself ({@link Connections}), or — when it cannot be reached — what
 * the history kept of it. Answers are as the AWS CLI prints them, every page merged. Slow: off the FX thread.
 */
public interface ConnectionReads {

    /** A connector's connections: {@code {"connectorProfileDetails": [...]}}. */
    ObjectNode profiles(ConnectorKey connector, Cancellation cancellation);

    /** A connection's entities below the query's path: {@code {"connectorEntityMap": {...}}}. */
    ObjectNode entities(EntityQuery query, Cancellation cancellation, IntConsumer pages);

    /** An entity's fields: {@code {"connectorEntityFields": [...]}}. */
    JsonNode fields(EntityQuery query, String entityName);

    /** Whether these are the account's answers now; false for the history's (read-only: nothing to refresh). */
    default boolean isLive() {
        return true;
    }

    /** For the history's answers: when the last one read was last seen in the account; empty for live ones. */
    default Optional<Instant> lastAsOf() {
        return Optional.empty();
    }
}
