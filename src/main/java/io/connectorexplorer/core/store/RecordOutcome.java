package io.connectorexplorer.core.store;

import java.util.Objects;
import java.util.Optional;

/** What recording a document did. Recording never throws: a store that cannot write says why here. */
public sealed interface RecordOutcome {

    /**
     * A new snapshot: the first for its key, or content that differs from the latest ({@code previous}). Content seen
     * before under any key is not stored again; the snapshot points at it.
     */
    record Recorded(SnapshotInfo snapshot, Optional<SnapshotInfo> previous) implements RecordOutcome {
        public Recorded {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(previous, "previous");
        }
    }

    /** The same content as the latest snapshot of the key (members in another order count as the same): only its
     * {@code confirmedAt} moved. */
    record Confirmed(SnapshotInfo snapshot) implements RecordOutcome {
        public Confirmed {
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /** Nothing was written: the store is unavailable, or this write failed ({@code reason}, in words). */
    record NotRecorded(String reason) implements RecordOutcome {
        public NotRecorded {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
