package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.task.TaskRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Background work on the threads the composition root gives it; outcomes delivered on the FX thread unless cancelled
 * first.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> Handle submit(
            Work<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure,
            Consumer<? super T> onDiscarded) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = executor.submit(() -> {
            try {
                T result = work.run(cancelled::get);
                if (cancelled.get()) {
                    onDiscarded.accept(result);
                    return;
                }
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    } else {
                        onDiscarded.accept(result);
                    }
                });
            } catch (Throwable error) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(error);
                    }
                });
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
