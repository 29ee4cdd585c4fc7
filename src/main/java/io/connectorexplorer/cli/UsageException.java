package io.connectorexplorer.cli;

/** Input rejected before any call is made: exit status 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
