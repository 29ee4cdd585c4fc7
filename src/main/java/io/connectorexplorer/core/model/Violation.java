package io.connectorexplorer.core.model;

import java.util.Objects;

/**
 * One way a request breaks the service model. {@code path} is a JSON Pointer into the checked value;
 * {@code message} is readable on its own beside that field ("is required", "at most 256 characters", "letters,
 * digits and _ only; no spaces") and never contains the value itself.
 *
 * @param detail   the technical rule behind the message for those who want it (the model's pattern), or "" when
 *                 the message says it all
 * @param aboutKey the violation is about the key of a map entry at {@code path}, not about its value
 */
public record Violation(String path, String message, String detail, boolean aboutKey) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        detail = detail == null ? "" : detail;
    }

    public Violation(String path, String message) {
        this(path, message, "", false);
    }

    public Violation(String path, String message, String detail) {
        this(path, message, detail, false);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
