package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.Objects;
import java.util.Optional;

/** One connector at one target: present (with its version and flags), absent, or not known because of the target. */
public sealed interface InventoryCell {

    /** The target has the connector. */
    record Present(ConnectorSummary connector) implements InventoryCell {
        public Present {
            Objects.requireNonNull(connector, "connector");
        }

        /** The {@code connectorVersion} the listing states (custom connectors), if any. */
        public Optional<String> version() {
            return connector.versionIfStated();
        }

        public Capability source() {
            return connector.source();
        }

        public Capability destination() {
            return connector.destination();
        }

        /** What a cell shows, for comparing targets: the version and both flags (not the name or description). */
        boolean sameAs(Present other) {
            return Objects.equals(connector.version(), other.connector.version())
                    && source() == other.source()
                    && destination() == other.destination();
        }
    }

    /** The target answered, and does not have the connector. */
    record Absent() implements InventoryCell {}

    /**
     * The target has not answered — queued, loading, failed, needing sign-in, or cancelled — so whether it has the
     * connector is not known; {@code state} says which.
     */
    record Unanswered(TargetState state) implements InventoryCell {
        public Unanswered {
            Objects.requireNonNull(state, "state");
        }
    }

    InventoryCell ABSENT = new Absent();

    /** Whether the target answered (present or absent). */
    default boolean isAnswered() {
        return !(this instanceof Unanswered);
    }
}
