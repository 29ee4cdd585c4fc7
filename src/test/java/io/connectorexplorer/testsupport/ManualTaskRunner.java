package io.connectorexplorer.testsupport;

import io.connectorexplorer.core.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs nothing until the test says so: tasks queue up and the test completes them in any order, which is
 * how a slow answer for an old selection can be made to arrive after a newer one.
 */
public final class ManualTaskRunner implements TaskRunner {

    /** A queued task; {@link #complete()} runs its work and delivers the outcome as the FX thread would. */
    public final class Pending<T> implements Handle {
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private final Consumer<? super T> onDiscarded;
        private boolean cancelled;
        private boolean done;

        Pending(
                Work<T> work,
                Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure,
                Consumer<? super T> onDiscarded) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.onDiscarded = onDiscarded;
        }

        public void complete() {
            done = true;
            pending.remove(this);
            T result;
            try {
                result = work.run(() -> cancelled);
            } catch (Throwable error) {
                if (!cancelled) {
                    onFailure.accept(error);
                }
                return;
            }
            if (cancelled) {
                onDiscarded.accept(result);
            } else {
                onSuccess.accept(result);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isDone() {
            return done;
        }
    }

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> Handle submit(
            Work<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure,
            Consumer<? super T> onDiscarded) {
        Pending<T> p = new Pending<>(work, onSuccess, onFailure, onDiscarded);
        pending.add(p);
        return p;
    }

    @Override
    public void onUiThread(Runnable action) {
        submit(c -> null, ignored -> action.run(), error -> {}, ignored -> {});
    }

    public List<Pending<?>> pending() {
        return List.copyOf(pending);
    }

    /** Completes queued tasks, and those they queue, in order until none is left. */
    public void runAll() {
        int guard = 0;
        while (!pending.isEmpty()) {
            pending.get(0).complete();
            if (++guard > 10_000) {
                throw new IllegalStateException("tasks keep queueing more tasks");
            }
        }
    }
}
