package io.connectorexplorer.core.store;

import java.nio.file.Path;
import java.util.Objects;

/** Whether there is history: the state the window and the command line show, in one message when there is none. */
public sealed interface StoreStatus {

    /** History is kept in {@code file}. */
    record Ready(Path file) implements StoreStatus {
        public Ready {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * No history this run: what happened ({@code reason}, naming the file) and what to do next ({@code advice}). The
     * app works on without it.
     */
    record Unavailable(Path file, String reason, String advice) implements StoreStatus {
        public Unavailable {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(advice, "advice");
        }

        /** The one message to show: the reason, then the advice. */
        public String message() {
            return reason + " " + advice;
        }
    }

    default boolean isReady() {
        return this instanceof Ready;
    }
}
