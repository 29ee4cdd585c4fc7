package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * How a {@link SnapshotKey} and a {@link SnapshotInfo} are kept in the snapshot table: the kind as a word, a missing
 * connector type or label as the empty string (so keys compare with {@code =}), times as epoch milliseconds. Entities
 * and fields, which are of a connection rather than a connector, keep their subject (connection, path or entity, API
 * version) in the label column with an empty type: one key shape, one index, one pruning rule for every kind.
 */
final class SnapshotRows {

    /** The columns a {@link #info} reads, for {@code snapshot s JOIN content c}. */
    static final String INFO_COLUMNS =
            "s.id, s.account_id, s.region, s.kind, s.connector_type, s.connector_label, s.profile_name, "
                    + "s.recorded_at, s.confirmed_at, c.raw_size";

    /** Matches one key: bind with {@link #bindKey}. */
    static final String KEY_MATCHES =
            "s.account_id = ? AND s.region = ? AND s.kind = ? AND s.connector_type = ? " + "AND s.connector_label = ?";

    /** Newest first; snapshots of the same millisecond in the order they were written. */
    static final String NEWEST_FIRST = "ORDER BY s.recorded_at DESC, s.id DESC";

    private static final String LIST = "list";
    private static final String CONFIGURATION = "configuration";
    private static final String CONNECTIONS = "connections";
    private static final String ENTITIES = "entities";
    private static final String FIELDS = "fields";

    private SnapshotRows() {}

    /** Binds the key's five columns from parameter {@code first}; answers the next parameter's index. */
    static int bindKey(PreparedStatement statement, int first, SnapshotKey key) throws SQLException {
        statement.setString(first, key.accountId());
        statement.setString(first + 1, key.region());
        statement.setString(first + 2, kindColumn(key.kind()));
        statement.setString(
                first + 3, key.connector() == null ? "" : key.connector().connectorType());
        statement.setString(
                first + 4,
                key.subject() != null
                        ? key.subject()
                        : key.connector() == null ? "" : key.connector().label().orElse(""));
        return first + 5;
    }

    static SnapshotInfo info(ResultSet row) throws SQLException {
        SnapshotKey key = key(
                row.getString("account_id"),
                row.getString("region"),
                row.getString("kind"),
                row.getString("connector_type"),
                row.getString("connector_label"));
        return new SnapshotInfo(
                row.getLong("id"),
                key,
                row.getString("profile_name"),
                Instant.ofEpochMilli(row.getLong("recorded_at")),
                Instant.ofEpochMilli(row.getLong("confirmed_at")),
                row.getLong("raw_size"));
    }

    static SnapshotKey key(String accountId, String region, String kind, String connectorType, String label)
            throws SQLException {
        return switch (kind) {
            case LIST -> SnapshotKey.connectorList(accountId, region);
            case CONFIGURATION -> SnapshotKey.configuration(accountId, region, new ConnectorKey(connectorType, label));
            case CONNECTIONS -> SnapshotKey.connections(accountId, region, new ConnectorKey(connectorType, label));
            case ENTITIES -> new SnapshotKey(accountId, region, SnapshotKind.ENTITIES, null, label);
            case FIELDS -> new SnapshotKey(accountId, region, SnapshotKind.FIELDS, null, label);
            default -> throw new SQLException("unknown snapshot kind " + kind, null, 11); // SQLITE_CORRUPT
        };
    }

    static String kindColumn(SnapshotKind kind) {
        return switch (kind) {
            case CONNECTOR_LIST -> LIST;
            case CONNECTOR_CONFIGURATION -> CONFIGURATION;
            case CONNECTIONS -> CONNECTIONS;
            case ENTITIES -> ENTITIES;
            case FIELDS -> FIELDS;
        };
    }
}
