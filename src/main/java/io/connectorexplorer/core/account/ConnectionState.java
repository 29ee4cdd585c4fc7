package io.connectorexplorer.core.account;

import io.connectorexplorer.core.error.ServiceCallException;

/** Where the connection to the active account stands; the window draws whichever state it is in. */
public sealed interface ConnectionState {

    record Idle() implements ConnectionState {}

    record Loading(String what) implements ConnectionState {}

    record Ready(int connectorCount) implements ConnectionState {}

    record NeedsSignIn(String reason) implements ConnectionState {}

    record Failed(ServiceCallException reason) implements ConnectionState {}

    /**
     * The target could not be reached ({@code reason}); what is shown is the history's, as the target was at
     * {@code asOf}: read-only until a call gets through.
     */
    record Offline(java.time.Instant asOf, ServiceCallException reason) implements ConnectionState {}
}
