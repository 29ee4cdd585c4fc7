package io.connectorexplorer.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one bounded pool that service calls run on, for the window and the command line alike: however many accounts
 * are asked at once, at most {@value #THREADS} calls are in flight; the rest wait their turn. Idle threads end, and
 * all are daemons, so a finished command line never waits for them.
 */
final class ServiceCallThreads {

    static final int THREADS = 16;

    private ServiceCallThreads() {}

    static ExecutorService create() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), Daemon.threads("service-call"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
