package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A snapshot with its document: the wire JSON as it was recorded, members in the order they came. */
public record Snapshot(SnapshotInfo info, JsonNode document) {

    public Snapshot {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
    }

    public SnapshotKey key() {
        return info.key();
    }
}
