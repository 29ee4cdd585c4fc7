package io.connectorexplorer.core.model;

import java.util.Objects;

/**
 * One way a request breaks the service model. {@code path} is a JSON Pointer into the checked value;
 * {@code message} is readable on its own beside that field ("is required", "at most 256 characters") and
 * never contains the value itself.
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
