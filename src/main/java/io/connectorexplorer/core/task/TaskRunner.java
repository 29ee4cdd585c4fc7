package io.connectorexplorer.core.task;

import java.util.function.Consumer;

/**
 * Runs slow work away from the UI thread and hands the outcome back on it. Tests use a manual runner, so view models
 * are exercised without threads or the toolkit, finishing tasks in any order. View models do not call it directly
 * but through {@code ui.common.BackgroundTask}.
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

    /**
     * Runs {@code work} in the background; its result or failure goes to the callbacks on the UI thread unless the
     * task was cancelled first. A result that arrives for a cancelled task goes to {@code onDiscarded} instead (on
     * whichever thread notices), so what it holds — an open session — is closed rather than leaked.
     */
    <T> Handle submit(
            Work<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure,
            Consumer<? super T> onDiscarded);

    /** Runs a small action on the UI thread, from any thread (to hand over what background work learned). */
    void onUiThread(Runnable action);
}
