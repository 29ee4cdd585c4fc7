package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connection.ConnectionReads;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A target's connections, entities and fields as the history last kept them, for when it cannot be reached: each read
 * answers the newest snapshot, or says plainly that it was never read here. Touches the disk: off the FX thread.
 */
public final class KeptConnections implements ConnectionReads {

    private final History history;
    private final Target target;
    private volatile Instant lastAsOf;

    public KeptConnections(History history, Target target) {
        this.history = history;
        this.target = target;
    }

    @Override
    public ObjectNode profiles(ConnectorKey connector, Cancellation cancellation) {
        return object(read(
                account -> SnapshotKey.connections(account, target.region(), connector),
                "The connections of " + connector.label().orElse(connector.connectorType())));
    }

    @Override
    public ObjectNode entities(EntityQuery query, Cancellation cancellation, IntConsumer pages) {
        return object(read(
                account -> SnapshotKey.entities(
                        account,
                        target.region(),
                        query.connectorProfileName(),
                        query.entitiesPath(),
                        query.apiVersion()),
                "The entities of " + query.connectorProfileName()
                        + (query.entitiesPath() == null ? "" : " in " + query.entitiesPath())));
    }

    @Override
    public JsonNode fields(EntityQuery query, String entityName) {
        return read(
                account -> SnapshotKey.fields(
                        account, target.region(), query.connectorProfileName(), entityName, query.apiVersion()),
                "The fields of " + entityName + " in " + query.connectorProfileName());
    }

    @Override
    public boolean isLive() {
        return false;
    }

    /** When the last answer read here was last seen in the account. */
    @Override
    public Optional<Instant> lastAsOf() {
        return Optional.ofNullable(lastAsOf);
    }

    private JsonNode read(Function<String, SnapshotKey> key, String what) {
        Snapshot kept = history.kept(target, key, null)
                .orElseThrow(() -> ServiceCallException.history(what + " were never read here while "
                        + target.displayName() + " could be reached, so the history has none. Retry once AWS can be"
                        + " reached."));
        lastAsOf = kept.info().confirmedAt();
        return kept.document();
    }

    private static ObjectNode object(JsonNode document) {
        if (!(document instanceof ObjectNode object)) {
            throw ServiceCallException.history("The history's snapshot is not a JSON object: the file may be damaged.");
        }
        return object;
    }
}
