package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The store when there is none: records nothing, finds nothing, and its status says why. */
public final class NoHistory implements SnapshotStore {

    private final StoreStatus.Unavailable status;

    public NoHistory(StoreStatus.Unavailable status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public StoreStatus status() {
        return status;
    }

    @Override
    public RecordOutcome record(SnapshotKey key, String profileName, JsonNode document) {
        return new RecordOutcome.NotRecorded(status.message());
    }

    @Override
    public Optional<String> accountOf(String profileName) {
        return Optional.empty();
    }

    @Override
    public Optional<Snapshot> latest(SnapshotKey key) {
        return Optional.empty();
    }

    @Override
    public Optional<Snapshot> asOf(SnapshotKey key, Instant time) {
        return Optional.empty();
    }

    @Override
    public Optional<Snapshot> previous(SnapshotKey key) {
        return Optional.empty();
    }

    @Override
    public Optional<Snapshot> read(SnapshotInfo snapshot) {
        return Optional.empty();
    }

    @Override
    public List<SnapshotInfo> history(SnapshotKey key) {
        return List.of();
    }

    @Override
    public List<SnapshotKey> keys(String accountId, String region) {
        return List.of();
    }

    @Override
    public int forgetAccount(String accountId) {
        return 0;
    }

    @Override
    public void clear() {
        // nothing kept
    }

    @Override
    public long sizeBytes() {
        return 0;
    }

    @Override
    public long capBytes() {
        return 0;
    }

    @Override
    public PruneOutcome pruneTo(long bytes) {
        return PruneOutcome.NOTHING;
    }

    @Override
    public void close() {
        // nothing open
    }
}
