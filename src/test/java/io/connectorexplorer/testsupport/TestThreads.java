package io.connectorexplorer.testsupport;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for tests, as the composition root makes them for the app: daemons, so a test run never waits for them. */
public final class TestThreads {

    /** The bounded executor for service calls that the app's sessions share, one for all tests. */
    public static final ExecutorService SERVICE_CALLS = Executors.newFixedThreadPool(8, daemons("test-service-call"));

    private TestThreads() {}

    /** A fresh pool for a window's background tasks (closed with its task runner). */
    public static ExecutorService background() {
        return Executors.newCachedThreadPool(daemons("test-background"));
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
