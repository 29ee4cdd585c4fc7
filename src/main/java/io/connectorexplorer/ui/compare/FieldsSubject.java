package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.store.KeptVersions;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.ui.common.Moments;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An entity's fields through a connection (DescribeConnectorEntity): the same connection name at another target, the
 * shown target's other connections of the connector, or the fields the history kept before — each side written as
 * {@code entity --json} prints it, so the diff keys the fields by {@code identifier} as {@code diff --entity} does.
 */
public final class FieldsSubject implements CompareSubject {

    /** How long the versions wait for the fields just read to be recorded. */
    private static final Duration RECORDED_WITHIN = Duration.ofSeconds(5);

    static final String OPERATION = "DescribeConnectorEntity";

    private final AccountSessions sessions;
    private final DescribeOutput output;
    private final History history;
    private final EntityQuery query;
    private final String entity;
    private final String entityShown;
    private final List<String> otherConnections;

    /**
     * {@code query}: the connection, its connector type and the API version; {@code entity}: the entity's name, shown
     * as {@code entityShown}; {@code otherConnections}: the names of the shown target's other connections of the
     * connector.
     */
    public FieldsSubject(
            AccountSessions sessions,
            DescribeOutput output,
            History history,
            EntityQuery query,
            String entity,
            String entityShown,
            List<String> otherConnections) {
        this.sessions = sessions;
        this.output = output;
        this.history = history;
        this.query = Objects.requireNonNull(query, "query");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.entityShown = entityShown == null || entityShown.isBlank() ? entity : entityShown;
        this.otherConnections = List.copyOf(otherConnections);
    }

    /** "Account in salesforce-prod". */
    @Override
    public String name() {
        return entityShown + " in " + query.connectorProfileName();
    }

    @Override
    public String fileStem() {
        return entity;
    }

    @Override
    public String memoryKey() {
        return "fields." + query.connectorProfileName() + "." + entity
                + (query.apiVersion() == null ? "" : "@" + query.apiVersion());
    }

    /** How a side through {@code connection} at {@code target} is named: "salesforce-prod · beta · eu-west-1". */
    static String sideName(String connection, Target target) {
        return connection + " · " + target.displayName();
    }

    /** The shown side's {@code about}, as {@code diff --entity --json} writes a side: the target's, and the connection. */
    static ObjectNode about(Target target, AccountSession session, String connection) {
        ObjectNode about = TargetSource.about(target, session);
        about.put("connection", connection);
        return about;
    }

    /** The fields as {@code entity --json} prints them. */
    JsonNode document(JsonNode response) {
        return output.response(OPERATION, response);
    }

    /** The side the Connections tab shows: {@code response}, as DescribeConnectorEntity answered, through the session. */
    public CompareSource shown(AccountSession session, JsonNode response) {
        return ShownSource.fields(session, query.connectorProfileName(), document(response));
    }

    /** Offline: the side the Connections tab shows, as the history kept it, last read at {@code asOf}. */
    public CompareSource shownKept(KeptTarget kept, java.time.Instant asOf, JsonNode response) {
        return ShownSource.keptFields(kept, query.connectorProfileName(), asOf, document(response));
    }

    @Override
    public CompareSource at(Target target) {
        return new Live(target, query);
    }

    @Override
    public List<CompareSource> besides(Target shown) {
        return otherConnections.stream()
                .filter(name -> !name.equals(query.connectorProfileName()))
                .map(name -> (CompareSource)
                        new Live(shown, new EntityQuery(name, query.connectorType(), null, query.apiVersion())))
                .toList();
    }

    @Override
    public List<CompareSource> earlier(Target shown, Cancellation cancellation) {
        history.awaitRecorded(RECORDED_WITHIN);
        return history
                .earlier(
                        shown,
                        account -> SnapshotKey.fields(
                                account, shown.region(), query.connectorProfileName(), entity, query.apiVersion()))
                .stream()
                .map(kept -> (CompareSource) new Kept(shown, kept))
                .toList();
    }

    @Override
    public String reading(String where) {
        return "Reading the fields of " + entityShown + " from " + where + "…";
    }

    @Override
    public String missingFrom(String where) {
        return where + " has no " + entityShown;
    }

    @Override
    public String whenMissing() {
        return "The connection may have another name there, or the entity may not exist in it: pick another"
                + " connection, profile or region (Ctrl+L).";
    }

    @Override
    public String toString() {
        return "FieldsSubject[" + memoryKey() + "]";
    }

    /** The fields through a connection at a target now: a session of its own, closed after. */
    private final class Live implements CompareSource {
        private final Target target;
        private final EntityQuery through;

        Live(Target target, EntityQuery through) {
            this.target = target;
            this.through = through;
        }

        @Override
        public String displayName() {
            return sideName(through.connectorProfileName(), target);
        }

        @Override
        public Side read(Cancellation cancellation) {
            try (AccountSession session = sessions.open(target)) {
                if (cancellation.isCancelled()) {
                    throw ServiceCallException.cancelled(OPERATION);
                }
                JsonNode fields = session.connections().fields(through, entity);
                return new Side(
                        displayName(), document(fields), about(target, session, through.connectorProfileName()));
            }
        }

        @Override
        public String toString() {
            return displayName();
        }
    }

    /** The fields as the history kept them at a time before the newest. */
    private final class Kept implements CompareSource {
        private final Target target;
        private final SnapshotInfo snapshot;

        Kept(Target target, SnapshotInfo snapshot) {
            this.target = target;
            this.snapshot = snapshot;
        }

        @Override
        public String displayName() {
            return sideName(query.connectorProfileName(), target) + ", " + Moments.shown(snapshot.recordedAt())
                    + " (history)";
        }

        @Override
        public Side read(Cancellation cancellation) {
            var kept = KeptVersions.read(history.store(), snapshot);
            ObjectNode about = TargetSource.about(target, null);
            about.put("accountId", snapshot.key().accountId());
            about.put("connection", query.connectorProfileName());
            about.put("recordedAt", snapshot.recordedAt().toString());
            about.put("confirmedAt", snapshot.confirmedAt().toString());
            return new Side(displayName(), document(kept.document()), about);
        }

        @Override
        public String toString() {
            return displayName();
        }
    }
}
