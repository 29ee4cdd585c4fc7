package io.connectorexplorer.ui.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs tasks at the start of a pulse, before CSS and layout, each once however often it was asked for before then, and
 * at most every {@value #INTERVAL_MILLIS} ms: what arrived meanwhile is drawn in one go, so a hundred targets answering
 * within a second cost a few redraws of the matrix, not one per frame. UI thread only. The timer runs only while
 * something waits, so an idle window asks for no pulses.
 */
public final class NextPulse implements Executor {

    static final long INTERVAL_MILLIS = 120;

    private final List<Runnable> queued = new ArrayList<>();
    private long lastRun = Long.MIN_VALUE;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastRun != Long.MIN_VALUE && now - lastRun < INTERVAL_MILLIS * 1_000_000) {
                return;
            }
            lastRun = now;
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
