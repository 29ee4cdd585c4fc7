package io.connectorexplorer.ui.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs tasks at the start of the next pulse, before CSS and layout, each once however often it was asked for before
 * then: what arrived between two frames is drawn in one go. UI thread only. The timer runs for one pulse at a time, so
 * an idle window asks for no pulses.
 */
public final class NextPulse implements Executor {

    private final List<Runnable> queued = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            List<Runnable> due = List.copyOf(queued);
            queued.clear();
            due.forEach(Runnable::run);
        }
    };

    @Override
    public void execute(Runnable task) {
        if (!queued.contains(task)) {
            queued.add(task);
        }
        timer.start();
    }
}
