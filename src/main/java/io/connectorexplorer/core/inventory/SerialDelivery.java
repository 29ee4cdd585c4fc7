package io.connectorexplorer.core.inventory;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Hands events to a listener on the caller's executor one at a time and in the order they were added, whichever
 * thread adds them: a listener never runs twice at once, even on a direct executor. Events added while a drain is on
 * its way go with it, so a UI thread gets a burst of answers in one run.
 */
final class SerialDelivery {

    private final Executor executor;
    private final Queue<Runnable> events = new ArrayDeque<>();
    private boolean draining;

    SerialDelivery(Executor executor) {
        this.executor = executor;
    }

    /** Queues an event; {@link #flush()} sends what is queued (callers add under their own lock, flush outside it). */
    void add(Runnable event) {
        synchronized (events) {
            events.add(event);
        }
    }

    void flush() {
        synchronized (events) {
            if (draining || events.isEmpty()) {
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            // The UI thread is gone (the window closed): nobody is listening any more.
            synchronized (events) {
                events.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (events) {
                next = events.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // A listener's bug must not stop the events after it; it is still told, as an uncaught exception.
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
            }
        }
    }
}
