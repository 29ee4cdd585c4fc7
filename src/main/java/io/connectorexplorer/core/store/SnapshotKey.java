package io.connectorexplorer.core.store;

import io.connectorexplorer.core.connection.ConnectionRead;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Which history a snapshot belongs to: an account and region (not a profile — two profiles reaching the same account
 * share its history); for a configuration or a connector's connections the connector; for a connection's entities or
 * an entity's fields the {@code subject}: the connection's name, the entities' path or the entity, and the API version
 * ({@link #entities}, {@link #fields}). {@code connector} is null for a connector list, entities and fields;
 * {@code subject} is null for all but entities and fields.
 */
public record SnapshotKey(String accountId, String region, SnapshotKind kind, ConnectorKey connector, String subject) {

    /** Between the parts of a subject: a character no name, path or version holds. */
    private static final String PART = "\u001f";

    public SnapshotKey {
        requireText(accountId, "accountId");
        requireText(region, "region");
        Objects.requireNonNull(kind, "kind");
        boolean needsConnector = kind == SnapshotKind.CONNECTOR_CONFIGURATION || kind == SnapshotKind.CONNECTIONS;
        if (needsConnector != (connector != null)) {
            throw new IllegalArgumentException(
                    needsConnector
                            ? "A connector configuration needs its connector"
                            : "A connector list is of a whole target, not of one connector");
        }
        boolean needsSubject = kind == SnapshotKind.ENTITIES || kind == SnapshotKind.FIELDS;
        if (needsSubject != (subject != null && !subject.isEmpty())) {
            throw new IllegalArgumentException(
                    needsSubject
                            ? "Entities and fields need their connection"
                            : "Only entities and fields have a subject");
        }
    }

    public SnapshotKey(String accountId, String region, SnapshotKind kind, ConnectorKey connector) {
        this(accountId, region, kind, connector, null);
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

    /** One connector's connections in the account and region. */
    public static SnapshotKey connections(String accountId, String region, ConnectorKey connector) {
        return new SnapshotKey(
                accountId, region, SnapshotKind.CONNECTIONS, Objects.requireNonNull(connector, "connector"));
    }

    /** A connection's entities below {@code entitiesPath} (null: the top), in {@code apiVersion} (null: the default). */
    public static SnapshotKey entities(
            String accountId, String region, String connection, String entitiesPath, String apiVersion) {
        return new SnapshotKey(
                accountId, region, SnapshotKind.ENTITIES, null, subject(connection, entitiesPath, apiVersion));
    }

    /** An entity's fields through a connection, in {@code apiVersion} (null: the default). */
    public static SnapshotKey fields(
            String accountId, String region, String connection, String entity, String apiVersion) {
        return new SnapshotKey(
                accountId,
                region,
                SnapshotKind.FIELDS,
                null,
                subject(connection, Objects.requireNonNull(entity, "entity"), apiVersion));
    }

    /** Where a connection-level answer read in the account and region is kept. */
    public static SnapshotKey of(String account, String region, ConnectionRead read) {
        if (read instanceof ConnectionRead.Connections c) {
            return SnapshotKey.connections(account, region, c.connector());
        }
        if (read instanceof ConnectionRead.Entities e) {
            return SnapshotKey.entities(
                    account,
                    region,
                    e.query().connectorProfileName(),
                    e.query().entitiesPath(),
                    e.query().apiVersion());
        }
        ConnectionRead.Fields f = (ConnectionRead.Fields) read;
        return SnapshotKey.fields(
                account,
                region,
                f.query().connectorProfileName(),
                f.entity(),
                f.query().apiVersion());
    }

    private static String subject(String connection, String what, String apiVersion) {
        requireText(connection, "connection");
        return connection + PART + (what == null ? "" : what) + PART + (apiVersion == null ? "" : apiVersion);
    }

    public Optional<ConnectorKey> connectorIfAny() {
        return Optional.ofNullable(connector);
    }

    /**
     * "111122223333 · eu-west-1 · connectors", "… · CustomConnector/acme-crm", "… · connections of Salesforce", "… ·
     * entities of sf-prod", "… · fields of Account in sf-prod", for logs and messages.
     */
    @Override
    public String toString() {
        String place = accountId + " · " + region + " · ";
        return switch (kind) {
            case CONNECTOR_LIST -> place + "connectors";
            case CONNECTOR_CONFIGURATION -> place + connector.displayId();
            case CONNECTIONS -> place + "connections of " + connector.displayId();
            case ENTITIES ->
                place + "entities of " + subjectParts()[0]
                        + (subjectParts()[1].isEmpty() ? "" : " in " + subjectParts()[1]);
            case FIELDS -> place + "fields of " + subjectParts()[1] + " in " + subjectParts()[0];
        };
    }

    /** The connection, the path or entity, and the API version of an entities or fields key ("" when not given). */
    public String[] subjectParts() {
        return subject == null ? new String[] {"", "", ""} : subject.split(PART, -1);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
