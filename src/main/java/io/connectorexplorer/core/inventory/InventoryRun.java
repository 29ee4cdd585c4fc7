package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One inventory on its way: the targets' states, the listener told of each change, and Cancel. Started by
 * {@link FleetInventory#start}; thread-safe.
 */
public final class InventoryRun {

    private final InventoryRequest request;
    private final SerialDelivery delivery;
    private final InventoryListener listener;
    private final AccountIds accountIds = new AccountIds();
    private final CompletableFuture<InventoryMatrix> finished = new CompletableFuture<>();
    /**
     * Guarded by this: each target's state (the matrix is built from them when asked: rebuilding it at each of a
     * hundred targets' three changes would cost more than the answers), which threads are loading which target, how
     * many are not final, whether cancelled.
     */
    private final Map<Target, TargetState> states = new HashMap<>();

    private final Map<Target, Thread> loading = new HashMap<>();
    private int unfinished;
    private boolean cancelled;

    InventoryRun(InventoryRequest request, SerialDelivery delivery, InventoryListener listener) {
        this.request = request;
        this.delivery = delivery;
        this.listener = listener;
        this.unfinished = request.targets().size();
        for (Target target : request.targets()) {
            states.put(target, TargetState.QUEUED);
            delivery.add(() -> listener.stateChanged(target, TargetState.QUEUED));
        }
        delivery.flush();
    }

    public InventoryRequest request() {
        return request;
    }

    /** What is known now. */
    public synchronized InventoryMatrix matrix() {
        return InventoryMatrix.of(request.targets(), states);
    }

    public synchronized InventoryProgress progress() {
        return InventoryProgress.of(states.values());
    }

    /**
     * Completes with the final matrix once every target is in a final state, after the listener was told
     * {@link InventoryListener#finished}; never completes exceptionally.
     */
    public CompletableFuture<InventoryMatrix> finished() {
        return finished;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Stops: targets still queued or loading are cancelled at once and the finished matrix is delivered; calls on their
     * way are interrupted, and what they still answer is dropped.
     */
    public void cancel() {
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            loading.values().forEach(Thread::interrupt);
            for (Target target : request.targets()) {
                if (!states.get(target).isFinal()) {
                    settle(target, TargetState.CANCELLED);
                }
            }
        }
        delivery.flush();
    }

    /**
     * Takes one target's inventory on the calling thread (a service-call thread): open a session, list, and learn who
     * answers there (asked on {@code serviceCalls} beside the listing, once per profile).
     */
    void load(Target target, AccountSessions sessions, Executor serviceCalls) {
        if (!begin(target)) {
            return;
        }
        TargetState outcome;
        try (AccountSession session = sessions.open(target)) {
            AccountIds.Pending account = accountIds.ask(session, serviceCalls);
            try {
                // ListConnectors and DescribeConnectors answer the whole matrix: nothing is described one by one.
                List<ConnectorSummary> connectors = session.listAll(this::isCancelled);
                outcome = new TargetState.Done(new TargetInventory(target, account.await(), connectors));
            } finally {
                if (account.asked()) {
                    // The identity call runs on this session's clients: they stay open until it is answered.
                    account.await();
                }
            }
        } catch (ServiceCallException e) {
            outcome = TargetState.failedWith(e);
        } catch (RuntimeException e) {
            // Not told as a ServiceCallException (a bug, or an SDK surprise): still this target's failure alone.
            outcome = new TargetState.Failed(ServiceCallException.from(e));
        } finally {
            end(target);
        }
        synchronized (this) {
            settle(target, outcome);
        }
        delivery.flush();
    }

    /** Never started (the executor would not take it): told it was cancelled. */
    void cancelBeforeStart(Target target) {
        synchronized (this) {
            settle(target, TargetState.CANCELLED);
        }
        delivery.flush();
    }

    private boolean begin(Target target) {
        synchronized (this) {
            if (cancelled) {
                return false;
            }
            loading.put(target, Thread.currentThread());
            states.put(target, TargetState.LOADING);
            delivery.add(() -> listener.stateChanged(target, TargetState.LOADING));
        }
        delivery.flush();
        return true;
    }

    private void end(Target target) {
        synchronized (this) {
            loading.remove(target);
            // An interrupt from cancel() that came as the calls ended must not reach the pool's next task.
            Thread.interrupted();
        }
    }

    /** Guarded by this. A target already final (cancelled while its calls were on their way) keeps its state. */
    private void settle(Target target, TargetState state) {
        if (states.get(target).isFinal()) {
            return;
        }
        states.put(target, state);
        delivery.add(() -> listener.stateChanged(target, state));
        if (--unfinished == 0) {
            InventoryMatrix last = InventoryMatrix.of(request.targets(), states);
            delivery.add(() -> {
                try {
                    listener.finished(last);
                } finally {
                    finished.complete(last);
                }
            });
        }
    }
}
