package io.connectorexplorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the app is doing and the latest problem, shared by every feature's view model. FX thread only. */
public final class StatusModel {

    private final List<Activity> running = new ArrayList<>();

    /** Marks work as started; call {@link Activity#done(String)} when it ends, however it ends. */
    public Activity begin(String what) {
        Activity activity = new Activity(what);
        running.add(activity);
        busy.set(true);
        message.set(what);
        return activity;
    }

    public void info(String text) {
        message.set(text);
    }

    public void report(Problem p) {
        problem.set(p);
    }

    public void clearProblem() {
        problem.set(null);
    }

    /** Clears the problem shown only if it is of {@code kind} (another may have replaced it meanwhile). */
    public void clearProblem(Problem.Kind kind) {
        if (problem.get() != null && problem.get().kind() == kind) {
            problem.set(null);
        }
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");

    /** The latest thing said: what is running, or what just happened. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Problem getProblem() {
        return problem.get();
    }

    /** One piece of work in flight. */
    public final class Activity {
        private final String what;
        private boolean finished;

        private Activity(String what) {
            this.what = what;
        }

        /**
         * Ends the work; {@code result}, when not null, is what the status line says next. Without one, a line that
         * still says this work is running gives way to work still running, or to nothing — never a stale "…ing".
         */
        public void done(String result) {
            if (finished) {
                return;
            }
            finished = true;
            running.remove(this);
            busy.set(!running.isEmpty());
            if (result != null) {
                message.set(result);
            } else if (what != null && what.equals(message.get())) {
                message.set(running.isEmpty() ? "" : running.get(running.size() - 1).what);
            }
        }
    }
}
