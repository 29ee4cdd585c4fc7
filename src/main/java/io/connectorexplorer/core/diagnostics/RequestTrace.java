package io.connectorexplorer.core.diagnostics;

import java.util.function.Consumer;

/**
 * Each request and response as it happens, for {@code --debug}: method, URL, headers with every credential masked,
 * status, request ID, time, and the body of an error. Told to no one until someone follows it.
 */
public interface RequestTrace {

    /**
     * Tells {@code sink} each request and response from now until the returned following is closed, one block of
     * lines per call to {@code sink}; {@code sink} may be called from several threads at once.
     */
    Following follow(Consumer<String> sink);

    /** A sink being told the trace; closing it stops that. */
    interface Following extends AutoCloseable {
        @Override
        void close();
    }
}
