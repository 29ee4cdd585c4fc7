package io.connectorexplorer.app;

import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The window's own {@link FxTaskRunner}, counting tasks that have not settled yet. A task settles when its callback
 * has run on the FX thread, or when its work has ended after it was cancelled (its callbacks then never run). So once
 * {@link #unsettled()} is zero, whatever a late answer could do to the window has been done — a test can then look
 * for a stale answer without sleeping.
 */
final class SettlingTaskRunner implements TaskRunner, AutoCloseable {

    private final FxTaskRunner delegate = new FxTaskRunner(TestThreads.background());
    private final AtomicInteger unsettled = new AtomicInteger();

    @Override
    public <T> Handle submit(
            Work<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure,
            Consumer<? super T> onDiscarded) {
        unsettled.incrementAndGet();
        AtomicBoolean settled = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        Runnable settle = () -> {
            if (settled.compareAndSet(false, true)) {
                unsettled.decrementAndGet();
            }
        };
        Handle handle = delegate.submit(
                cancellation -> {
                    try {
                        return work.run(cancellation);
                    } finally {
                        finished.set(true);
                        if (cancellation.isCancelled()) {
                            settle.run();
                        }
                    }
                },
                result -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        settle.run();
                    }
                },
                error -> {
                    try {
                        onFailure.accept(error);
                    } finally {
                        settle.run();
                    }
                },
                result -> {
                    try {
                        onDiscarded.accept(result);
                    } finally {
                        settle.run();
                    }
                });
        return new Handle() {
            @Override
            public void cancel() {
                handle.cancel();
                // Cancelled after its work ended but before its callback ran: that callback will not run now.
                if (finished.get()) {
                    settle.run();
                }
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
    }

    /** Tasks whose outcome has not reached the window yet, nor been dropped. */
    int unsettled() {
        return unsettled.get();
    }

    @Override
    public void onUiThread(Runnable action) {
        delegate.onUiThread(action);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
