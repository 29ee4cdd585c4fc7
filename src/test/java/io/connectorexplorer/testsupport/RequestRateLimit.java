package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * An account's request quota, as AppFlow enforces one: at most {@code perSecond} requests are answered in any second
 * (a sliding window over every operation); the others get 429 ThrottlingException "Rate exceeded" and do not count.
 * Thread-safe: the endpoint answers requests on many threads.
 */
public final class RequestRateLimit implements RequestHook {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private final Deque<Long> answered = new ArrayDeque<>();
    private int answeredTotal;
    private int throttledTotal;

    public RequestRateLimit(int perSecond) {
        this.perSecond = perSecond;
    }

    @Override
    public Optional<CannedResponse> intercept(String operation, JsonNode body) {
        long now = System.nanoTime();
        synchronized (this) {
            while (!answered.isEmpty() && now - answered.peekFirst() >= SECOND) {
                answered.removeFirst();
            }
            if (answered.size() >= perSecond) {
                throttledTotal++;
                return Optional.of(CannedResponse.error(429, "ThrottlingException", "Rate exceeded"));
            }
            answered.addLast(now);
            answeredTotal++;
            return Optional.empty();
        }
    }

    /** Requests let through to the catalogue so far. */
    public synchronized int answered() {
        return answeredTotal;
    }

    /** Requests answered with ThrottlingException so far. */
    public synchronized int throttled() {
        return throttledTotal;
    }
}
