package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of work in which only the newest counts — the account the window shows, the connector it describes. Each
 * {@link #next()} supersedes the stamp before it: the tasks started under the old stamp are cancelled, and an answer
 * of theirs that still arrives is dropped by {@link BackgroundTask}. FX thread only.
 */
public final class Stamps {

    private Stamp current = new Stamp();

    /** A new current stamp; the one before is superseded. */
    public Stamp next() {
        supersede();
        current = new Stamp();
        return current;
    }

    /** Supersedes the current stamp without starting anything under a new one (the window closes). */
    public void supersede() {
        current.supersede();
    }

    /** One piece of work's claim to be current, with the tasks running under it. */
    public static final class Stamp {

        private final List<TaskRunner.Handle> tasks = new ArrayList<>();
        private boolean superseded;

        private Stamp() {}

        public boolean isCurrent() {
            return !superseded;
        }

        void attach(TaskRunner.Handle task) {
            if (superseded) {
                task.cancel();
            } else {
                tasks.add(task);
            }
        }

        private void supersede() {
            superseded = true;
            tasks.forEach(TaskRunner.Handle::cancel);
            tasks.clear();
        }
    }
}
