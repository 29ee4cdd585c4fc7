package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The local history of what was seen: every connector list and connector configuration read, as the wire JSON it
 * came as, keyed by account, region, connector and time, with the profile it was read through. Each distinct
 * document is stored once; a snapshot is added only when a key's content changes, and reading it again unchanged
 * moves the latest snapshot's {@code confirmedAt}. Past its size cap the oldest snapshots go first, never the latest
 * of a key.
 *
 * <p>It holds only what DescribeConnector, DescribeConnectors and ListConnectors return — never a key, token or
 * form value. Thread-safe (one writer and readers at once); every call may touch the disk, so none belongs on the
 * FX thread. Nothing here throws for a store that cannot be used: writes answer {@link RecordOutcome.NotRecorded},
 * reads answer empty, and {@link #status()} says why.
 */
public interface SnapshotStore extends AutoCloseable {

    /** Whether there is history; may turn {@link StoreStatus.Unavailable} while running (a file found damaged). */
    StoreStatus status();

    /** Records {@code document} for {@code key}, read through {@code profileName}, at the store clock's now. */
    RecordOutcome record(SnapshotKey key, String profileName, JsonNode document);

    /**
     * Records a target's connectors: the DescribeConnectors and ListConnectors results, as
     * {@link ConnectorListDocument} combines their pages.
     */
    default RecordOutcome recordConnectorList(String accountId, String region, String profileName, JsonNode list) {
        return record(SnapshotKey.connectorList(accountId, region), profileName, list);
    }

    /** Records a DescribeConnector response, {@code {"connectorConfiguration": {...}}}, for one connector. */
    default RecordOutcome recordConfiguration(
            String accountId, String region, ConnectorKey connector, String profileName, JsonNode response) {
        return record(SnapshotKey.configuration(accountId, region, connector), profileName, response);
    }

    /**
     * The account {@code profileName} reached when it was last read (any region): how a profile is found in the history
     * without asking AWS who it is.
     */
    Optional<String> accountOf(String profileName);

    /** The newest snapshot of the key. */
    Optional<Snapshot> latest(SnapshotKey key);

    /** The newest snapshot recorded at or before {@code time} ({@code --as-of}); empty when none is that old. */
    Optional<Snapshot> asOf(SnapshotKey key, Instant time);

    /** The snapshot before the latest: what the content was before it last changed. */
    Optional<Snapshot> previous(SnapshotKey key);

    /** The snapshot a history entry names, with its document; empty once pruned or forgotten. */
    Optional<Snapshot> read(SnapshotInfo snapshot);

    /** Every snapshot of the key, newest first. */
    List<SnapshotInfo> history(SnapshotKey key);

    /** The keys with snapshots in the account and region: its connector list and each connector described. */
    List<SnapshotKey> keys(String accountId, String region);

    /** Removes everything recorded for the account, in every region; answers how many snapshots went. */
    int forgetAccount(String accountId);

    /** Removes all history. */
    void clear();

    /** The store's size on disk, in bytes. */
    long sizeBytes();

    /** The size cap this store keeps to (from the settings, {@link HistorySettings}). */
    long capBytes();

    /** Removes the oldest snapshots, never the latest of a key, until the store takes at most {@code bytes}. */
    PruneOutcome pruneTo(long bytes);

    @Override
    void close();
}
