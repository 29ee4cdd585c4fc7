package io.connectorexplorer.core.task;

import java.util.function.Consumer;

/**
 * Runs slow work away from the UI thread and hands the outcome back on it. Tests use a synchronous
 * runner, so view models are exercised without threads or the toolkit.
 */
public interface TaskRunner {

    /** Work that may look at its cancellation between steps. */
    @FunctionalInterface
    interface Work<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    /** A running task; {@link #cancel()} interrupts it and suppresses its callbacks. */
    interface Handle {
        void cancel();

        boolean isCancelled();
    }

    <T> Handle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs a small action on the UI thread, from any thread (to hand over what background work learned). */
    void onUiThread(Runnable action);
}
