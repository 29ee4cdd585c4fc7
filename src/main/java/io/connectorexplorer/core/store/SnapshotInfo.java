package io.connectorexplorer.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot without its document, as a history lists it. {@code recordedAt}: when this content was first read
 * for the key; {@code confirmedAt}: when it was last read unchanged (the "as of" to show), never before
 * {@code recordedAt}. {@code profileName}: the profile it was first read through. {@code documentBytes}: the size of
 * the document as compact JSON.
 */
public record SnapshotInfo(
        long id, SnapshotKey key, String profileName, Instant recordedAt, Instant confirmedAt, long documentBytes) {

    public SnapshotInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
