package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/** Keeps every event an inventory told, and notices a listener called twice at once. */
final class RecordingListener implements InventoryListener {

    record Event(Target target, TargetState state) {}

    private final List<Event> events = new ArrayList<>();
    private final AtomicBoolean inside = new AtomicBoolean();
    volatile boolean overlapped;
    volatile InventoryMatrix finished;
    final CountDownLatch done = new CountDownLatch(1);
    private int finishedCalls;

    @Override
    public void stateChanged(Target target, TargetState state) {
        enter();
        try {
            synchronized (events) {
                events.add(new Event(target, state));
                events.notifyAll();
            }
        } finally {
            inside.set(false);
        }
    }

    @Override
    public void finished(InventoryMatrix matrix) {
        enter();
        try {
            synchronized (events) {
                finishedCalls++;
            }
            finished = matrix;
            done.countDown();
        } finally {
            inside.set(false);
        }
    }

    private void enter() {
        if (!inside.compareAndSet(false, true)) {
            overlapped = true;
        }
        try {
            // Long enough for a second thread to arrive, were the calls not kept apart.
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    int finishedCalls() {
        synchronized (events) {
            return finishedCalls;
        }
    }

    List<Class<?>> statesOf(Target target) {
        return events().stream()
                .filter(e -> e.target().equals(target))
                .<Class<?>>map(e -> e.state().getClass())
                .toList();
    }

    /** Waits until an event matches. */
    boolean await(Predicate<Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (events) {
            while (events.stream().noneMatch(wanted)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(events, left);
            }
            return true;
        }
    }

    boolean awaitFinished() throws InterruptedException {
        return done.await(20, TimeUnit.SECONDS);
    }
}
