package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.task.Cancellation;
import java.time.Duration;

/**
 * The pause between two polls of the device-code sign-in. Tests pass one that returns at once (and approves
 * the device, or cancels), so no test waits for real time to pass.
 */
@FunctionalInterface
public interface PollWaiter {

    /** Returns after {@code interval}, or earlier once {@code cancellation} reports the sign-in cancelled. */
    void await(Duration interval, Cancellation cancellation) throws InterruptedException;

    /** Really waits, looking at the cancellation a few times a second so that Cancel takes effect promptly. */
    static PollWaiter realTime() {
        return (interval, cancellation) -> {
            long deadline = System.nanoTime() + interval.toNanos();
            for (long left = interval.toNanos();
                    left > 0 && !cancellation.isCancelled();
                    left = deadline - System.nanoTime()) {
                Thread.sleep(Math.max(1, Math.min(200, left / 1_000_000)));
            }
        };
    }
}
