package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.task.TaskRunner;
import java.util.function.Consumer;

/**
 * Background work as a view model starts it, read as a sentence:
 *
 * <pre>{@code
 * BackgroundTask.of(c -> session.describe(key))
 *         .showing(status, "Describing " + key.displayId() + "…")
 *         .whileCurrent(selection.next())
 *         .onSuccess(tree::show)
 *         .onFailure(this::report)
 *         .executeWith(tasks);
 * }</pre>
 *
 * The status bar's activity ends however the task ends. With a stamp, an answer that arrives after the stamp was
 * superseded is dropped here — callbacks never check currency themselves — and a result dropped that way, or
 * discarded because the task was cancelled, goes to {@link #onDropped} (to close what it holds).
 */
public final class BackgroundTask<T> {

    /** Work without a result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final TaskRunner.Work<T> work;
    private StatusModel status;
    private String what;
    private Stamps.Stamp stamp;
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<? super Throwable> onFailure = error -> {};
    private Consumer<? super T> onDropped = result -> {};

    private BackgroundTask(TaskRunner.Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(TaskRunner.Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> of(Action action) {
        return new BackgroundTask<>(cancellation -> {
            action.run();
            return null;
        });
    }

    /** Shows {@code what} in the status bar, with the spinner, while the task runs. */
    public BackgroundTask<T> showing(StatusModel statusModel, String text) {
        this.status = statusModel;
        this.what = text;
        return this;
    }

    /** Drops the answer once {@code guard} is superseded; superseding it also cancels the task. */
    public BackgroundTask<T> whileCurrent(Stamps.Stamp guard) {
        this.stamp = guard;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Gets a result nobody takes any more (superseded or cancelled), so what it holds is closed. */
    public BackgroundTask<T> onDropped(Consumer<? super T> action) {
        this.onDropped = action;
        return this;
    }

    /** Starts the task; cancelling the handle (on the FX thread) also ends its status-bar activity. */
    public TaskRunner.Handle executeWith(TaskRunner tasks) {
        StatusModel.Activity activity = status == null ? null : status.begin(what);
        Runnable end = () -> {
            if (activity != null) {
                activity.done(null);
            }
        };
        TaskRunner.Handle handle = tasks.submit(
                work,
                result -> {
                    end.run();
                    if (isCurrent()) {
                        onSuccess.accept(result);
                    } else {
                        onDropped.accept(result);
                    }
                },
                error -> {
                    end.run();
                    if (isCurrent()) {
                        onFailure.accept(error);
                    }
                },
                onDropped);
        TaskRunner.Handle ending = new TaskRunner.Handle() {
            @Override
            public void cancel() {
                handle.cancel();
                // A cancelled task's callbacks never run: the spinner would otherwise turn forever.
                end.run();
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        if (stamp != null) {
            stamp.attach(ending);
        }
        return ending;
    }

    private boolean isCurrent() {
        return stamp == null || stamp.isCurrent();
    }
}
