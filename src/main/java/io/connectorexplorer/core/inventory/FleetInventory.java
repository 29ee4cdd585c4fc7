package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Takes the inventory of many targets at once. Each target is one task on the app's shared service-call executor —
 * open a session, DescribeConnectors then ListConnectors to the last page, and beside them (once per profile) STS
 * GetCallerIdentity — so a target has one or two calls in flight at a time, and a throttled one slows down by its own
 * client's adaptive retry (see infra's AppFlowAccounts) without holding up the rest. At most {@code concurrentTargets} targets
 * load at once over all the inventories this instance runs, leaving the executor's other threads to the window's own
 * calls; the rest wait their turn, first come first served. Each answer is told as it arrives; a target that fails,
 * hangs until its timeout, or needs a sign-in holds up only itself. Make one per app, so the bound is the app's.
 */
public final class FleetInventory {

    /** Targets loading at once: half the shared executor's 16 threads. */
    public static final int CONCURRENT_TARGETS = 8;

    private record Waiting(InventoryRun run, Target target) {}

    private final AccountSessions sessions;
    private final Executor serviceCalls;
    private final int concurrentTargets;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int loading;

    public FleetInventory(AccountSessions sessions) {
        this(sessions, sessions.serviceCalls(), CONCURRENT_TARGETS);
    }

    public FleetInventory(AccountSessions sessions, Executor serviceCalls, int concurrentTargets) {
        if (concurrentTargets < 1) {
            throw new IllegalArgumentException("concurrentTargets must be at least 1");
        }
        this.sessions = sessions;
        this.serviceCalls = serviceCalls;
        this.concurrentTargets = concurrentTargets;
    }

    /**
     * Starts the inventory and returns at once; {@code listener} is told of every change on {@code deliverOn} (the UI
     * thread's executor, or {@code Runnable::run} to be told on whichever thread the change happens).
     */
    public InventoryRun start(InventoryRequest request, Executor deliverOn, InventoryListener listener) {
        InventoryRun run = new InventoryRun(request, new SerialDelivery(deliverOn), listener);
        synchronized (waiting) {
            request.targets().forEach(target -> waiting.add(new Waiting(run, target)));
        }
        startWaiting();
        return run;
    }

    private void startWaiting() {
        List<Waiting> starting = new ArrayList<>();
        synchronized (waiting) {
            while (loading < concurrentTargets && !waiting.isEmpty()) {
                Waiting next = waiting.poll();
                if (next.run().isCancelled()) {
                    continue; // already told it was cancelled
                }
                loading++;
                starting.add(next);
            }
        }
        for (Waiting next : starting) {
            try {
                serviceCalls.execute(() -> load(next));
            } catch (RejectedExecutionException e) {
                // The app is shutting down: nothing will run any more.
                synchronized (waiting) {
                    loading--;
                }
                next.run().cancelBeforeStart(next.target());
            }
        }
    }

    private void load(Waiting next) {
        try {
            next.run().load(next.target(), sessions, serviceCalls);
        } finally {
            synchronized (waiting) {
                loading--;
            }
            startWaiting();
        }
    }
}
