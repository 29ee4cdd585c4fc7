package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.task.TaskRunner;
import java.util.function.Consumer;

/**
 * A background task shown in the status bar. Cancelling it also ends its activity, since a cancelled
 * task's callbacks never run and the spinner would otherwise turn forever.
 */
public final class TrackedTask {

    private final StatusModel.Activity activity;
    private TaskRunner.Handle handle;

    private TrackedTask(StatusModel.Activity activity) {
        this.activity = activity;
    }

    /** Starts {@code work}; the callbacks get the activity to end with their own message. */
    public static <T> TrackedTask start(
            TaskRunner tasks,
            StatusModel status,
            String what,
            TaskRunner.Work<T> work,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        TrackedTask task = new TrackedTask(status.begin(what));
        task.handle = tasks.submit(
                work,
                result -> {
                    task.activity.done(null);
                    onSuccess.accept(result);
                },
                error -> {
                    task.activity.done(null);
                    onFailure.accept(error);
                });
        return task;
    }

    public void cancel() {
        handle.cancel();
        activity.done(null);
    }

    public static void cancel(TrackedTask task) {
        if (task != null) {
            task.cancel();
        }
    }
}
