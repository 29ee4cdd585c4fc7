package io.connectorexplorer.infra.store;

import static io.connectorexplorer.infra.store.SnapshotRows.INFO_COLUMNS;
import static io.connectorexplorer.infra.store.SnapshotRows.KEY_MATCHES;
import static io.connectorexplorer.infra.store.SnapshotRows.NEWEST_FIRST;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.HistorySettings;
import io.connectorexplorer.core.store.NoHistory;
import io.connectorexplorer.core.store.PruneOutcome;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The history in SQLite: {@code history.db} in the settings folder. One connection writes (its transactions queue on
 * {@code writeLock}), another reads, so a read of a large document never waits for a write; another Connector
 * Explorer on the same file shares it the same way. Opened with {@link #open}, off the FX thread. Problems are told
 * through {@link #status()} and {@link RecordOutcome.NotRecorded} only — logged at FINE, so the command line's
 * standard error does not say them a second time.
 */
public final class SqliteSnapshotStore implements SnapshotStore {

    private static final Logger LOG = Logger.getLogger(SqliteSnapshotStore.class.getName());

    /** Stops a little under the cap, so a store at its cap does not prune on every write. */
    private static final int PRUNE_TO_PERCENT = 90;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final Clock clock;
    private final long capBytes;
    private final Runnable beforeCommit;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private volatile StoreStatus status;
    private volatile boolean closed;

    SqliteSnapshotStore(
            Path file, Connection writer, Connection reader, Clock clock, long capBytes, Runnable beforeCommit) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.clock = clock;
        this.capBytes = capBytes;
        this.beforeCommit = beforeCommit;
        this.status = new StoreStatus.Ready(file);
    }

    /**
     * The history in {@code folder} (the settings folder, beside settings.properties), capped at the size the
     * settings give. Never throws: a file that cannot be used answers {@link NoHistory} with the reason. Slow the
     * first time in a JVM (SQLite's native library is loaded): call it off the FX thread.
     */
    public static SnapshotStore open(Path folder, Settings settings, Clock clock) {
        return StoreOpener.open(
                StoreOpener.Options.defaults(fileIn(folder), HistorySettings.capBytes(settings), clock));
    }

    /** Where the history is kept in the settings folder. */
    public static Path fileIn(Path folder) {
        return folder.resolve(StoreOpener.FILE_NAME);
    }

    @Override
    public StoreStatus status() {
        return status;
    }

    @Override
    public RecordOutcome record(SnapshotKey key, String profileName, JsonNode document) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(document, "document");
        if (unusable()) {
            return new RecordOutcome.NotRecorded(unusableReason());
        }
        DocumentCodec.Encoded encoded = DocumentCodec.encode(document);
        Instant now = clock.instant();
        RecordOutcome outcome;
        synchronized (writeLock) {
            try {
                outcome = inTransaction(() -> RecordWriter.write(writer, key, profileName, now, encoded));
            } catch (SQLException e) {
                return new RecordOutcome.NotRecorded(failed("record " + key, e));
            }
            if (outcome instanceof RecordOutcome.Recorded) {
                pruneWhenOverCap();
            }
        }
        return outcome;
    }

    @Override
    public Optional<String> accountOf(String profileName) {
        Objects.requireNonNull(profileName, "profileName");
        return reading("find the account of profile " + profileName, c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT account_id FROM profile_account WHERE profile_name = ?")) {
                p.setString(1, profileName);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    @Override
    public Optional<Snapshot> latest(SnapshotKey key) {
        return newest(key, null, 0);
    }

    @Override
    public Optional<Snapshot> asOf(SnapshotKey key, Instant time) {
        return newest(key, Objects.requireNonNull(time, "time"), 0);
    }

    @Override
    public Optional<Snapshot> previous(SnapshotKey key) {
        return newest(key, null, 1);
    }

    @Override
    public Optional<Snapshot> read(SnapshotInfo snapshot) {
        String sql = "SELECT " + INFO_COLUMNS + ", c.body FROM snapshot s JOIN content c ON c.id = s.content_id "
                + "WHERE s.id = ? AND " + KEY_MATCHES;
        return reading("read a snapshot", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, snapshot.id());
                SnapshotRows.bindKey(p, 2, snapshot.key());
                return withDocument(p);
            }
        });
    }

    @Override
    public List<SnapshotInfo> history(SnapshotKey key) {
        String sql = "SELECT " + INFO_COLUMNS + " FROM snapshot s JOIN content c ON c.id = s.content_id WHERE "
                + KEY_MATCHES + " " + NEWEST_FIRST;
        return reading("read a history", c -> {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        SnapshotRows.bindKey(p, 1, key);
                        List<SnapshotInfo> all = new ArrayList<>();
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                all.add(SnapshotRows.info(r));
                            }
                        }
                        return List.copyOf(all);
                    }
                })
                .orElse(List.of());
    }

    @Override
    public List<SnapshotKey> keys(String accountId, String region) {
        String sql = "SELECT DISTINCT kind, connector_type, connector_label FROM snapshot "
                + "WHERE account_id = ? AND region = ?";
        return reading("list what is kept", c -> {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setString(1, accountId);
                        p.setString(2, region);
                        List<SnapshotKey> keys = new ArrayList<>();
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                keys.add(SnapshotRows.key(
                                        accountId, region, r.getString(1), r.getString(2), r.getString(3)));
                            }
                        }
                        // The list first, then the connectors as the window sorts them.
                        keys.sort(Comparator.comparing(
                                SnapshotKey::connector, Comparator.nullsFirst(Comparator.naturalOrder())));
                        return List.copyOf(keys);
                    }
                })
                .orElse(List.of());
    }

    @Override
    public int forgetAccount(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return maintaining("forget account " + accountId, () -> Pruner.forgetAccount(writer, accountId), 0);
    }

    @Override
    public void clear() {
        maintaining("clear the history", () -> Pruner.clear(writer), 0);
    }

    @Override
    public long sizeBytes() {
        return Pruner.sizeOnDisk(file);
    }

    @Override
    public long capBytes() {
        return capBytes;
    }

    @Override
    public PruneOutcome pruneTo(long bytes) {
        return maintaining("prune the history", () -> Pruner.pruneTo(writer, bytes), PruneOutcome.NOTHING);
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                if (closed) {
                    return;
                }
                closed = true;
                closeQuietly(reader);
                // The last connection to close checkpoints the log into the file and removes it.
                closeQuietly(writer);
            }
        }
    }

    private Optional<Snapshot> newest(SnapshotKey key, Instant atOrBefore, int skip) {
        Objects.requireNonNull(key, "key");
        String sql = "SELECT " + INFO_COLUMNS + ", c.body FROM snapshot s JOIN content c ON c.id = s.content_id WHERE "
                + KEY_MATCHES + (atOrBefore == null ? "" : " AND s.recorded_at <= ?") + " " + NEWEST_FIRST
                + " LIMIT 1 OFFSET " + skip;
        return reading("read " + key, c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int next = SnapshotRows.bindKey(p, 1, key);
                if (atOrBefore != null) {
                    p.setLong(next, atOrBefore.toEpochMilli());
                }
                return withDocument(p);
            }
        });
    }

    private static Snapshot withDocument(PreparedStatement p) throws SQLException, DocumentCodec.DamagedBody {
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? new Snapshot(SnapshotRows.info(r), DocumentCodec.decode(r.getBytes("body"))) : null;
        }
    }

    private void pruneWhenOverCap() {
        try {
            if (Pruner.usedBytes(writer) > capBytes) {
                PruneOutcome pruned = Pruner.pruneTo(writer, capBytes / 100 * PRUNE_TO_PERCENT);
                LOG.log(Level.FINE, "History pruned to its cap: {0}", pruned);
            }
        } catch (SQLException e) {
            failed("prune the history", e);
        }
    }

    private interface Reading<T> {
        T run(Connection connection) throws SQLException, DocumentCodec.DamagedBody;
    }

    private <T> Optional<T> reading(String what, Reading<T> work) {
        if (unusable()) {
            return Optional.empty();
        }
        synchronized (readLock) {
            if (closed) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.run(reader));
            } catch (SQLException e) {
                failed(what, e);
            } catch (DocumentCodec.DamagedBody e) {
                turnUnavailable(StoreFailures.damaged(file), what, e);
            }
            return Optional.empty();
        }
    }

    private <T> T maintaining(String what, Transaction.Work<T> work, T fallback) {
        if (unusable()) {
            return fallback;
        }
        synchronized (writeLock) {
            if (closed) {
                return fallback;
            }
            try {
                return work.run();
            } catch (SQLException e) {
                failed(what, e);
                return fallback;
            }
        }
    }

    /** Runs {@code work} as one transaction on the writer; the caller holds {@code writeLock}. */
    private <T> T inTransaction(Transaction.Work<T> work) throws SQLException {
        if (closed) {
            throw new SQLException("The history store is closed.");
        }
        return Transaction.run(writer, work, beforeCommit);
    }

    /** Tells the failure: turns the store unavailable when the file can no longer be used; answers the reason. */
    private String failed(String what, SQLException error) {
        Optional<StoreStatus.Unavailable> lasting = StoreFailures.lasting(file, error);
        if (lasting.isPresent()) {
            turnUnavailable(lasting.get(), what, error);
            return lasting.get().message();
        }
        String reason = StoreFailures.notRecorded(file, error);
        LOG.log(Level.FINE, "History: could not {0}: {1}", new Object[] {what, error.getMessage()});
        return reason;
    }

    private void turnUnavailable(StoreStatus.Unavailable unavailable, String what, Exception error) {
        if (status.isReady()) {
            status = unavailable;
            LOG.log(Level.FINE, "History is off: could not {0} ({1}): {2}", new Object[] {
                what, error.getMessage(), unavailable.message()
            });
        }
    }

    private boolean unusable() {
        return closed || !status.isReady();
    }

    private String unusableReason() {
        return status instanceof StoreStatus.Unavailable u ? u.message() : "The history store is closed.";
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "History: close failed", e);
        }
    }
}
