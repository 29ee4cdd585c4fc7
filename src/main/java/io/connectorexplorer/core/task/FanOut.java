package io.connectorexplorer.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs one call per item on the shared executor for service calls, at most {@code limit} at once — so one burst
 * never takes every thread that other accounts need — and answers the outcomes in item order. Call it from a thread
 * that is not the executor's own: it waits for the calls.
 */
public final class FanOut {

    /** How one item's call ended: its value, its failure, or not run because the work was cancelled first. */
    public record Outcome<R>(R value, RuntimeException failure, boolean ran) {

        public boolean succeeded() {
            return ran && failure == null;
        }
    }

    private FanOut() {}

    /**
     * Stops submitting once {@code cancellation} says so, and cancels (interrupting) what is still running when this
     * thread is interrupted; the items not run then have {@code ran == false}.
     */
    public static <T, R> List<Outcome<R>> run(
            ExecutorService executor, int limit, List<T> items, Cancellation cancellation, Function<T, R> call) {
        Semaphore slots = new Semaphore(limit);
        List<Future<R>> running = new ArrayList<>(items.size());
        try {
            for (T item : items) {
                if (cancellation.isCancelled()) {
                    break;
                }
                slots.acquire();
                running.add(executor.submit(() -> {
                    try {
                        return call.apply(item);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<Outcome<R>> outcomes = new ArrayList<>(items.size());
            for (Future<R> future : running) {
                outcomes.add(outcome(future));
            }
            while (outcomes.size() < items.size()) {
                outcomes.add(new Outcome<>(null, null, false));
            }
            return outcomes;
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            List<Outcome<R>> none = new ArrayList<>(items.size());
            items.forEach(item -> none.add(new Outcome<>(null, null, false)));
            return none;
        }
    }

    private static <R> Outcome<R> outcome(Future<R> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(), null, true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                return new Outcome<>(null, failure, true);
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
