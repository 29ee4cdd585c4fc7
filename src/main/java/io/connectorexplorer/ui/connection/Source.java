package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connection.ConnectionReads;
import io.connectorexplorer.core.connection.Connections;

/**
 * Where the Connections tab reads: {@code reads} — the account itself, or what the history kept of it when it cannot
 * be reached — and {@code live}, the account's own calls (ListFlows, ResetConnectorMetadataCache), null offline.
 */
record Source(Target target, ConnectionReads reads, Connections live) {

    static Source live(Target target, Connections connections) {
        return new Source(target, connections, connections);
    }

    static Source kept(Target target, ConnectionReads kept) {
        return new Source(target, kept, null);
    }

    boolean isLive() {
        return live != null;
    }

    /** "" live; " (offline, from the history)" otherwise — for titles. */
    String note() {
        return isLive() ? "" : " (offline, from the history)";
    }
}
