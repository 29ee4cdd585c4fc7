package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.store.PruneOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What takes history away — pruning to a size, forgetting an account, clearing — and gives the space back: freed
 * pages are returned to the disk (incremental vacuum) and the write-ahead log is emptied into the file, so the
 * file shrinks and deleted documents do not linger in the log. The caller holds the store's write lock.
 */
final class Pruner {

    /** Snapshots that are not the latest of their key, the longest unconfirmed first. */
    private static final String PRUNABLE = """
            SELECT id, content_id FROM (
                SELECT id, content_id, confirmed_at, row_number() OVER (
                    PARTITION BY account_id, region, kind, connector_type, connector_label
                    ORDER BY recorded_at DESC, id DESC) AS newness
                FROM snapshot)
            WHERE newness > 1
            ORDER BY confirmed_at, id""";

    private static final String ORPHANS =
            "DELETE FROM content WHERE NOT EXISTS (SELECT 1 FROM snapshot s WHERE s.content_id = content.id)";

    /** Sizes are checked after every few deletions: cheap, and close enough to the limit. */
    private static final int CHECK_EVERY = 8;

    private Pruner() {}

    static PruneOutcome pruneTo(Connection writer, long limitBytes) throws SQLException {
        long before = usedBytes(writer);
        if (before <= limitBytes) {
            return new PruneOutcome(0, before, before, true);
        }
        int removed = Transaction.run(writer, () -> {
            List<long[]> prunable = new ArrayList<>();
            try (Statement s = writer.createStatement();
                    ResultSet r = s.executeQuery(PRUNABLE)) {
                while (r.next()) {
                    prunable.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
            int count = 0;
            try (PreparedStatement snapshot = writer.prepareStatement("DELETE FROM snapshot WHERE id = ?");
                    PreparedStatement content = writer.prepareStatement("DELETE FROM content WHERE id = ? AND NOT "
                            + "EXISTS (SELECT 1 FROM snapshot WHERE content_id = ?)")) {
                for (long[] row : prunable) {
                    if (count % CHECK_EVERY == 0 && usedBytes(writer) <= limitBytes) {
                        break;
                    }
                    snapshot.setLong(1, row[0]);
                    snapshot.executeUpdate();
                    content.setLong(1, row[1]);
                    content.setLong(2, row[1]);
                    content.executeUpdate();
                    count++;
                }
            }
            return count;
        });
        compact(writer);
        long after = usedBytes(writer);
        return new PruneOutcome(removed, before, after, after <= limitBytes);
    }

    static int forgetAccount(Connection writer, String accountId) throws SQLException {
        int removed = Transaction.run(writer, () -> {
            int count;
            try (PreparedStatement p = writer.prepareStatement("DELETE FROM snapshot WHERE account_id = ?")) {
                p.setString(1, accountId);
                count = p.executeUpdate();
            }
            try (PreparedStatement p = writer.prepareStatement("DELETE FROM profile_account WHERE account_id = ?")) {
                p.setString(1, accountId);
                p.executeUpdate();
            }
            try (Statement s = writer.createStatement()) {
                s.executeUpdate(ORPHANS);
            }
            return count;
        });
        compact(writer);
        return removed;
    }

    static int clear(Connection writer) throws SQLException {
        int removed = Transaction.run(writer, () -> {
            try (Statement s = writer.createStatement()) {
                int count = s.executeUpdate("DELETE FROM snapshot");
                s.executeUpdate("DELETE FROM content");
                s.executeUpdate("DELETE FROM profile_account");
                return count;
            }
        });
        compact(writer);
        return removed;
    }

    /** The bytes the history's pages take in the file, free pages not counted. */
    static long usedBytes(Connection connection) throws SQLException {
        long pages = HistoryDatabase.intPragma(connection, "page_count");
        long free = HistoryDatabase.intPragma(connection, "freelist_count");
        return (pages - free) * HistoryDatabase.intPragma(connection, "page_size");
    }

    /** The file and its write-ahead log, as they take space on the disk. */
    static long sizeOnDisk(Path file) {
        return sizeOf(file) + sizeOf(file.resolveSibling(file.getFileName() + "-wal"));
    }

    private static void compact(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            // executeUpdate steps the pragma to its end; execute would free one page only.
            s.executeUpdate("PRAGMA incremental_vacuum");
            // A reader in the middle of a read keeps part of the log; the next checkpoint takes the rest.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
