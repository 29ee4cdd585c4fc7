package io.connectorexplorer.infra.store;

import static io.connectorexplorer.infra.store.SnapshotRows.INFO_COLUMNS;
import static io.connectorexplorer.infra.store.SnapshotRows.KEY_MATCHES;
import static io.connectorexplorer.infra.store.SnapshotRows.NEWEST_FIRST;

import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One recording, inside the caller's transaction: unchanged content moves the latest snapshot's confirmation time;
 * changed content adds a snapshot, pointing at the content row of the same hash when there is one (stored once, also
 * across keys and after A → B → A).
 */
final class RecordWriter {

    private static final String LATEST = "SELECT " + INFO_COLUMNS + ", c.hash FROM snapshot s JOIN content c "
            + "ON c.id = s.content_id WHERE " + KEY_MATCHES + " " + NEWEST_FIRST + " LIMIT 1";

    private RecordWriter() {}

    static RecordOutcome write(
            Connection writer, SnapshotKey key, String profileName, Instant now, DocumentCodec.Encoded document)
            throws SQLException {
        long millis = now.toEpochMilli();
        try (PreparedStatement p = writer.prepareStatement(
                "INSERT INTO profile_account (profile_name, account_id, seen_at) VALUES (?, ?, ?) ON CONFLICT"
                        + " (profile_name) DO UPDATE SET account_id = excluded.account_id, seen_at = excluded.seen_at")) {
            p.setString(1, profileName);
            p.setString(2, key.accountId());
            p.setLong(3, millis);
            p.executeUpdate();
        }
        Optional<SnapshotInfo> latest = Optional.empty();
        byte[] latestHash = null;
        try (PreparedStatement p = writer.prepareStatement(LATEST)) {
            SnapshotRows.bindKey(p, 1, key);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    latest = Optional.of(SnapshotRows.info(r));
                    latestHash = r.getBytes("hash");
                }
            }
        }
        if (latest.isPresent() && Arrays.equals(latestHash, document.hash())) {
            return new RecordOutcome.Confirmed(confirm(writer, latest.get(), millis));
        }
        if (latest.isPresent()) {
            // The clock may step back; the new snapshot must still come after what it follows was last seen.
            millis = Math.max(millis, latest.get().confirmedAt().toEpochMilli());
        }
        long contentId = contentId(writer, document);
        long id;
        try (PreparedStatement p = writer.prepareStatement("INSERT INTO snapshot (account_id, region, kind, "
                + "connector_type, connector_label, profile_name, recorded_at, confirmed_at, content_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = SnapshotRows.bindKey(p, 1, key);
            p.setString(next, profileName);
            p.setLong(next + 1, millis);
            p.setLong(next + 2, millis);
            p.setLong(next + 3, contentId);
            p.executeUpdate();
            id = lastInsertedId(writer);
        }
        Instant at = Instant.ofEpochMilli(millis);
        return new RecordOutcome.Recorded(new SnapshotInfo(id, key, profileName, at, at, document.rawBytes()), latest);
    }

    /** The clock may step back (a time zone or NTP change): the confirmation time never does. */
    private static SnapshotInfo confirm(Connection writer, SnapshotInfo latest, long millis) throws SQLException {
        long confirmed = Math.max(latest.confirmedAt().toEpochMilli(), millis);
        try (PreparedStatement p = writer.prepareStatement("UPDATE snapshot SET confirmed_at = ? WHERE id = ?")) {
            p.setLong(1, confirmed);
            p.setLong(2, latest.id());
            p.executeUpdate();
        }
        return new SnapshotInfo(
                latest.id(),
                latest.key(),
                latest.profileName(),
                latest.recordedAt(),
                Instant.ofEpochMilli(confirmed),
                latest.documentBytes());
    }

    private static long contentId(Connection writer, DocumentCodec.Encoded document) throws SQLException {
        try (PreparedStatement p = writer.prepareStatement("SELECT id FROM content WHERE hash = ?")) {
            p.setBytes(1, document.hash());
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement p =
                writer.prepareStatement("INSERT INTO content (hash, raw_size, body) VALUES (?, ?, ?)")) {
            p.setBytes(1, document.hash());
            p.setLong(2, document.rawBytes());
            p.setBytes(3, document.body());
            p.executeUpdate();
            return lastInsertedId(writer);
        }
    }

    private static long lastInsertedId(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement();
                ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
            r.next();
            return r.getLong(1);
        }
    }
}
